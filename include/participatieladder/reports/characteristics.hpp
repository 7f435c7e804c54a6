// SPDX-License-Identifier: Apache-2.0
// The client characteristics of the SPEC §10 caseload overview and comparison, counted over a set
// of records (one per client, as of the reference date): step distribution, growth potential,
// integration obligation/need, low literacy, start qualification, income groups, exemptions,
// instruments, not yet placed (0).
#pragma once

#include "../extensions.hpp"
#include "../record.hpp"

#include <array>
#include <cstddef>

namespace pl::reports {

struct characteristics {
  std::size_t clients = 0;
  std::array<std::size_t, 7> on_step{};   ///< index = step 0..6 (0 = not yet placed)
  std::size_t step_not_filled = 0;
  std::size_t on_1_5 = 0;                 ///< clients on steps 1–5 (the growth population)
  std::size_t with_gp = 0, without_gp = 0, unknown_gp = 0;  ///< on steps 1–5 (SPEC §5 effective flag)
  std::size_t integration_obligation = 0; ///< field 17 yes
  std::size_t integration_need = 0;       ///< field 18 yes
  std::size_t low_literacy = 0;           ///< field 19 yes
  std::size_t start_qualification = 0;    ///< field 16 yes
  std::size_t no_start_qualification = 0; ///< field 16 no
  std::array<std::size_t, 4> income{};    ///< field 15: a, b, c, d
  std::size_t income_not_filled = 0;
  std::size_t work_obligation_exemption = 0;  ///< field 20 yes (or a municipal code)
  std::size_t integration_exemption = 0;      ///< field 21 yes
  std::size_t with_instrument = 0;        ///< field 22 or 23 yes: an instrument in use or deployed
  std::array<std::size_t, 7> instrument_on_step{};  ///< with_instrument per step 0..6

  template <class Record>  // pl::record or the store's pl::measurement
  void add(const Record& r) {
    ++clients;
    const auto s = counted_step(r);
    if (!s) ++step_not_filled;
    else if (to_int(*s) <= 6) ++on_step[static_cast<std::size_t>(to_int(*s))];
    if (s && can_grow(*s)) {
      ++on_1_5;
      const auto g = counted_growth(r);
      if (g == growth::potential) ++with_gp;
      else if (g == growth::none) ++without_gp;
      else ++unknown_gp;
    }
    if (r.integration_obligation == true) ++integration_obligation;
    if (r.integration_need == true) ++integration_need;
    if (r.low_literacy == true) ++low_literacy;
    if (r.start_qualification == true) ++start_qualification;
    if (r.start_qualification == false) ++no_start_qualification;
    if (r.income_situation) ++income[static_cast<std::size_t>(*r.income_situation)];
    else ++income_not_filled;
    if (r.work_obligation_exemption == true) ++work_obligation_exemption;
    if (r.integration_exemption == true) ++integration_exemption;
    if (has_instrument(r)) {
      ++with_instrument;
      if (s && to_int(*s) <= 6) ++instrument_on_step[static_cast<std::size_t>(to_int(*s))];
    }
  }

  /// SPEC §6 fields 22/23: a participation instrument in use or (newly) deployed.
  template <class Record>
  static bool has_instrument(const Record& r) { return r.instrument_in_use == true || r.instrument_deployed == true; }
};

}  // namespace pl::reports
