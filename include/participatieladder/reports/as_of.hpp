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
#include "../caseload_store.hpp"
#include "../record.hpp"

#include <cstddef>
#include <optional>
#include <span>
#include <vector>

namespace pl::reports {

struct as_of_selection {
  date reference;
  std::vector<std::size_t> caseload;  ///< row indices: latest measurement per client, not on 9
  std::vector<std::size_t> left;      ///< row indices: latest measurement per client is on 9
  std::size_t not_yet_measured = 0;   ///< clients whose every dated measurement is after the reference date
};

/// The latest measurement of `history` (row indexes in date order, caseload.hpp) on or before
/// `as_of` ("as of" semantics of SPEC §10); of two on that date the later in input order.
inline std::optional<std::size_t> latest_on_or_before(std::span<const measurement> rows, std::span<const std::uint32_t> history,
                                                      const date& as_of) {
  const auto day = as_of.days();
  std::optional<std::size_t> best;
  for (const auto i : history) {
    const auto& on = rows[i].measured_on;
    if (!on || on.days() > day) break;  // date order, undated last
    best = i;
  }
  return best;
}

/// Client `client`'s measurement as of `reference` when the client is in the caseload then (a
/// measurement on or before it, the latest not on 9); nullptr otherwise. `left`, when given, counts
/// a client whose latest measurement is on 9. What every table's tally asks of one client.
inline const measurement* in_caseload_as_of(const pl::caseload_store& cl, std::uint32_t client, const date& reference,
                                            std::size_t* left = nullptr) {
  const auto rows = cl.rows();
  const auto latest = latest_on_or_before(rows, cl.history(client), reference);
  if (!latest) return nullptr;
  if (rows[*latest].step == step::left) {
    if (left) ++*left;
    return nullptr;
  }
  return &rows[*latest];
}

/// The state of every client as of `reference` (clients in client_id order).
inline as_of_selection select_as_of(const pl::caseload_store& cl, const date& reference) {
  as_of_selection out;
  out.reference = reference;
  const auto rows = cl.rows();
  for (std::uint32_t c = 0; c < cl.clients(); ++c) {
    const auto h = cl.history(c);
    const std::optional<std::size_t> latest = latest_on_or_before(rows, h, reference);
    if (!latest) {
      if (!h.empty() && rows[h.front()].measured_on) ++out.not_yet_measured;
      continue;
    }
    if (rows[*latest].step == step::left) out.left.push_back(*latest);
    else out.caseload.push_back(*latest);
  }
  return out;
}

/// The same over records (a store of them is built first).
inline as_of_selection select_as_of(std::span<const record> records, const date& reference) {
  return select_as_of(pl::caseload_store::of(records), reference);
}

}  // namespace pl::reports
