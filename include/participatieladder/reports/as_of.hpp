// SPDX-License-Identifier: Apache-2.0
// "As of" selection of SPEC §10 (reports take a set of measurements and a reference date) over the
// histories of SPEC §7.
//
// Each client counts once, at its latest measurement on or before the reference date. A client
// whose latest measurement is on 9 (left the ladder) is out of the caseload and reported as left.
// Step 0 (intake) and an empty step are in the caseload. Measurements after the reference date,
// without a date or without a client_id cannot be placed in time and are not counted (PL006 and
// PL012 report them).
#pragma once

#include "../date.hpp"
#include "../history.hpp"
#include "../record.hpp"

#include <cstddef>
#include <optional>
#include <span>
#include <vector>

namespace pl::reports {

struct as_of_selection {
  date reference;
  std::vector<std::size_t> caseload;  ///< record indices: latest measurement per client, not on 9
  std::vector<std::size_t> left;      ///< record indices: latest measurement per client is on 9
  std::size_t not_yet_measured = 0;   ///< clients whose every dated measurement is after the reference date
};

/// The state of every client as of `reference` (clients in client_id order).
inline as_of_selection select_as_of(std::span<const record> records, const date& reference) {
  as_of_selection out;
  out.reference = reference;
  for (const auto& h : build_histories(records)) {
    if (h.client_id.empty()) continue;
    const std::optional<std::size_t> latest = h.latest_on_or_before(records, reference);
    if (!latest) {
      for (auto i : h.measurements)
        if (records[i].measured_on) { ++out.not_yet_measured; break; }
      continue;
    }
    if (records[*latest].step == step::left) out.left.push_back(*latest);
    else out.caseload.push_back(*latest);
  }
  return out;
}

}  // namespace pl::reports
