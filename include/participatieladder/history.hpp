// SPDX-License-Identifier: Apache-2.0
// Measurements and history, SPEC §7: every placement is a measurement with a date; history is
// kept (a new measurement never overwrites the previous one). A client's history is its
// measurements ordered by date; movement is the difference between consecutive measurements.
#pragma once

#include "record.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace pl {

/// All measurements of one client, ordered by measured_on (records without a date last, in input
/// order). Holds indices into the record set it was built from.
struct client_history {
  std::string client_id;
  std::vector<std::size_t> measurements;  ///< indices into the record span, date order

  /// The latest measurement on or before `as_of` ("as of" semantics of SPEC §10).
  std::optional<std::size_t> latest_on_or_before(std::span<const record> records, const date& as_of) const {
    std::optional<std::size_t> best;
    for (auto i : measurements)
      if (records[i].measured_on && *records[i].measured_on <= as_of) best = i;
    return best;
  }

  /// The measurement before / after position `pos` in this history.
  std::optional<std::size_t> previous(std::size_t pos) const {
    if (pos == 0 || pos >= measurements.size()) return std::nullopt;
    return measurements[pos - 1];
  }
  std::optional<std::size_t> next(std::size_t pos) const {
    if (pos + 1 >= measurements.size()) return std::nullopt;
    return measurements[pos + 1];
  }
};

/// Group records by client_id into histories (SPEC §7). Order of clients: by client_id. Stable
/// within a date, so two measurements on one date keep their input order (PL020 finds them).
inline std::vector<client_history> build_histories(std::span<const record> records) {
  std::map<std::string, std::vector<std::size_t>> by_client;
  for (std::size_t i = 0; i < records.size(); ++i) by_client[records[i].client_id].push_back(i);
  std::vector<client_history> out;
  out.reserve(by_client.size());
  for (auto& [id, idx] : by_client) {
    std::stable_sort(idx.begin(), idx.end(), [&](std::size_t a, std::size_t b) {
      const auto& da = records[a].measured_on;
      const auto& db = records[b].measured_on;
      if (da && db) return *da < *db;
      return da.has_value() && !db.has_value();
    });
    out.push_back({id, std::move(idx)});
  }
  return out;
}

/// SPEC §6 (revised), leaving as columns: `records` followed by the step-9 measurement that each
/// record with an `exit_date` also stands for (record::leaving), so the histories, the as-of view
/// and movement see the client leave on that date with its exit_reason. The records themselves
/// keep their indexes. Empty when no record has an exit_date (use `records` as they are).
inline std::vector<record> with_leaving(std::span<const record> records) {
  std::vector<record> out;
  std::size_t leaving = 0;
  for (const auto& r : records) leaving += r.exit_date ? 1 : 0;
  if (leaving == 0) return out;
  out.reserve(records.size() + leaving);
  out.assign(records.begin(), records.end());
  for (const auto& r : records)
    if (auto l = r.leaving()) out.push_back(std::move(*l));
  return out;
}

/// A movement between two consecutive measurements of one client (SPEC §7).
struct movement {
  std::size_t from;  ///< index of the earlier measurement
  std::size_t to;    ///< index of the later measurement
};

/// Consecutive pairs of a history with both steps filled.
inline std::vector<movement> movements(std::span<const record> records, const client_history& h) {
  std::vector<movement> out;
  for (std::size_t i = 1; i < h.measurements.size(); ++i) {
    const auto a = h.measurements[i - 1], b = h.measurements[i];
    if (records[a].step && records[b].step) out.push_back({a, b});
  }
  return out;
}

}  // namespace pl
