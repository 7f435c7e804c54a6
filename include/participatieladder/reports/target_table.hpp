// SPDX-License-Identifier: Apache-2.0
// Target table (doeltredetabel), SPEC §10 second bullet, with the target notation of SPEC §5.
//
// Interpretations (docs/reports.md):
// - population: clients on steps 1–5 in the caseload as of the reference date (the placement
//   table's `total_1_5`). Steps 6, 0 and 9 carry no target (SPEC §2, §5) and an empty step cannot
//   have one, so they are not in the table.
// - a client counts under `target_key(target_step, target_growth)`: `1-` … `5+`, `6`; an unsigned
//   target below 6 counts as `-` (SPEC §5). No target step (or the status codes 0/9 as a target)
//   is `not_filled`.
// - % of the population, rounded half up; rows in the fixed order below.
// - the horizon (SPEC §5 revised): `one_year` counts the targets for one year (an empty horizon is
//   one year), `longer` those for five years or "ever", each with its % of the population; the
//   two add up to `clients` (empty on `not_filled`: no target, no horizon).
#pragma once

#include "../extensions.hpp"
#include "../growth.hpp"
#include "../record.hpp"
#include "as_of.hpp"
#include "as_of_tally.hpp"
#include "rounding.hpp"
#include "table.hpp"

#include <array>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace pl::reports {

/// The rows of the target table, in order.
inline constexpr std::array<std::string_view, 12> target_keys{"1-", "1+", "2-", "2+", "3-", "3+", "4-", "4+",
                                                              "5-", "5+", "6", "not_filled"};

struct target_row {
  std::string key;  ///< one of target_keys
  std::size_t clients = 0;
  std::optional<int> pct;
  std::size_t one_year = 0, longer = 0;  ///< by the target's horizon (SPEC §5)
};

struct target_report {
  date reference;
  std::vector<target_row> rows;
  std::size_t population = 0;  ///< clients on steps 1–5
};

/// The target key of one record: `3+`, `6`, or `not_filled`.
template <class Record>  // pl::record or the store's pl::measurement
std::string target_row_key(const Record& r) {
  if (!r.target_step || !is_ladder_step(*r.target_step)) return "not_filled";
  return target_key(*r.target_step, r.target_growth);
}

/// The target table counted a client at a time (issue 25; as placement_tally): add(), then finish().
class target_tally : public as_of_tally<target_tally> {
 public:
  explicit target_tally(const date& reference) : as_of_tally(reference) {}

  target_report finish() const {
    auto out = new_report<target_report>();
    out.population = population_;
    for (std::size_t k = 0; k < target_keys.size(); ++k)
      out.rows.push_back({std::string(target_keys[k]), clients_[k], percent(clients_[k], population_), one_year_[k], longer_[k]});
    return out;
  }

 private:
  friend as_of_tally;
  void count(const pl::caseload_store&, const measurement& r) {
    const auto s = counted_step(r);
    if (!s || !can_grow(*s)) return;
    ++population_;
    const auto key = target_row_key(r);
    for (std::size_t k = 0; k < target_keys.size(); ++k)
      if (target_keys[k] == key) {
        ++clients_[k];
        ++(is_one_year(r.target_horizon) ? one_year_ : longer_)[k];
      }
  }

  std::size_t population_ = 0;
  std::array<std::size_t, target_keys.size()> clients_{}, one_year_{}, longer_{};
};

inline target_report target_table(const pl::caseload_store& cl, const date& reference) {
  return target_tally::of(cl, reference);
}

/// Columns exactly `target,clients,pct,one_year,pct_one_year,longer,pct_longer`.
inline target_report target_table(std::span<const record> records, const date& reference) {
  return target_table(pl::caseload_store::of(records), reference);
}

inline table to_table(const target_report& r, lang l) {
  table t;
  t.name = "target";
  t.columns = {"target", "clients", "pct", "one_year", "pct_one_year", "longer", "pct_longer"};
  t.column_labels = l == lang::nl
                        ? std::vector<std::string>{"doeltrede", "klanten", "%", "binnen 1 jaar", "% binnen 1 jaar",
                                                   "termijn 5 jaar of ooit", "% 5 jaar of ooit"}
                        : std::vector<std::string>{"target", "clients", "%", "within 1 year", "% within 1 year",
                                                   "5 years or ever", "% 5 years or ever"};
  for (const auto& row : r.rows) {
    const bool none = row.key == "not_filled";
    t.rows.push_back({str(row.key), num(row.clients), num(row.pct), none ? cell() : num(row.one_year),
                      none ? cell() : num(percent(row.one_year, r.population)), none ? cell() : num(row.longer),
                      none ? cell() : num(percent(row.longer, r.population))});
    t.row_labels.push_back(row.key == "not_filled" ? key_label(row.key, l) : "");
  }
  t.summary = {{"reference_date", str(r.reference.iso())}, {"population", num(r.population)}};
  return t;
}

}  // namespace pl::reports
