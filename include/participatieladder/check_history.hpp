// SPDX-License-Identifier: Apache-2.0
// What the history checks of SPEC §8 (PL019–PL021) need to know about a record's place in its
// client's history (SPEC §7), computed once for a whole record set: the records grouped by client
// (no sort at all for a file already in client and date order), one scan, no per-record allocation. The predicates in check_rules.hpp then look at one record at a time.
//
// A history here is every record with the same non-empty client_id and a filled measured_on.
// Records without a client_id or a date are not part of any history (PL006 reports them); they
// must not be merged into one pseudo-client.
#pragma once

#include "date.hpp"
#include "record.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <numeric>
#include <optional>
#include <span>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace pl {

struct history_facts {
  static constexpr std::size_t none = static_cast<std::size_t>(-1);

  /// measured_on of the client's next measurement with a *later* date (PL019), if any.
  std::optional<date> next_later_measurement;
  /// Index of the first measurement of this client on the same date, when this record is a
  /// second (third, …) one: input order decides which is "first" (PL020, one finding per duplicate).
  std::size_t duplicate_of = none;
  /// True for the client's latest measurement on or before the reference date (PL021). Of two on
  /// the latest date the later in input order counts.
  bool latest_as_of_reference = false;
};

namespace check_history_detail {

/// SPEC §7's order of the records in a history: client, then date, ties in input order.
inline bool before(std::span<const record> records, std::size_t a, std::size_t b) noexcept {
  const auto& ra = records[a];
  const auto& rb = records[b];
  if (const int c = ra.client_id.compare(rb.client_id); c != 0) return c < 0;
  if (*ra.measured_on != *rb.measured_on) return *ra.measured_on < *rb.measured_on;
  return a < b;
}

/// The records of `order` (input order, each with a client_id and a measured_on) regrouped so that
/// every client's records are together, in date order, ties in input order; `begin` receives where
/// each client's run starts (and, last, order.size()). Which client comes first does not matter to
/// the facts: each is computed within one client's run.
/// A file already in that order (grouped by client as the CSV exports write it, client ids
/// ascending, dates ascending) is recognised in one pass and not sorted at all; any other file is
/// grouped by a hash of the client ids (first appearance order) and each client's few records
/// sorted by date — never one sort of all records by their client id strings.
inline void group_by_client(std::span<const record> records, std::vector<std::size_t>& order, std::vector<std::size_t>& begin) {
  begin.clear();
  const bool sorted = std::is_sorted(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return before(records, a, b); });
  if (!sorted) {
    std::unordered_map<std::string_view, std::uint32_t> client_of;
    client_of.reserve(order.size() / 2 + 1);
    std::vector<std::uint32_t> client(order.size());
    std::vector<std::size_t> count;
    for (std::size_t k = 0; k < order.size(); ++k) {
      const auto [it, fresh] = client_of.try_emplace(records[order[k]].client_id, static_cast<std::uint32_t>(count.size()));
      if (fresh) count.push_back(0);
      client[k] = it->second;
      ++count[it->second];
    }
    // counting sort by client (stable: input order within a client), then each client's run by date
    std::vector<std::size_t> at(count.size() + 1, 0);
    for (std::size_t c = 0; c < count.size(); ++c) at[c + 1] = at[c] + count[c];
    begin.assign(at.begin(), at.end());
    std::vector<std::size_t> grouped(order.size());
    for (std::size_t k = 0; k < order.size(); ++k) grouped[at[client[k]]++] = order[k];
    order = std::move(grouped);
    for (std::size_t c = 0; c + 1 < begin.size(); ++c)
      std::stable_sort(order.begin() + static_cast<std::ptrdiff_t>(begin[c]), order.begin() + static_cast<std::ptrdiff_t>(begin[c + 1]),
                       [&](std::size_t a, std::size_t b) { return *records[a].measured_on < *records[b].measured_on; });
    return;
  }
  for (std::size_t k = 0; k < order.size(); ++k)
    if (k == 0 || records[order[k]].client_id != records[order[k - 1]].client_id) begin.push_back(k);
  begin.push_back(order.size());
}

}  // namespace check_history_detail

/// One entry per record, same order as `records`.
inline std::vector<history_facts> build_history_facts(std::span<const record> records, const date& reference) {
  std::vector<history_facts> facts(records.size());
  std::vector<std::size_t> order;
  order.reserve(records.size());
  for (std::size_t i = 0; i < records.size(); ++i)
    if (!records[i].client_id.empty() && records[i].measured_on) order.push_back(i);
  // SPEC §7: a client's measurements ordered by date; ties keep input order.
  std::vector<std::size_t> clients;
  check_history_detail::group_by_client(records, order, clients);
  for (std::size_t c = 0; c + 1 < clients.size(); ++c) {
    const std::size_t begin = clients[c];
    const std::size_t end = clients[c + 1];
    // duplicates and the latest as of the reference date (forward)
    std::size_t latest = history_facts::none;
    for (std::size_t k = begin; k < end; ++k) {
      const std::size_t i = order[k];
      const date d = *records[i].measured_on;
      if (k > begin && *records[order[k - 1]].measured_on == d)
        facts[i].duplicate_of = facts[order[k - 1]].duplicate_of != history_facts::none ? facts[order[k - 1]].duplicate_of : order[k - 1];
      if (d <= reference) latest = i;
    }
    if (latest != history_facts::none) facts[latest].latest_as_of_reference = true;
    // the next measurement with a later date (backward)
    std::optional<date> later;
    for (std::size_t k = end; k-- > begin;) {
      const std::size_t i = order[k];
      const date d = *records[i].measured_on;
      facts[i].next_later_measurement = later;
      if (k == begin || *records[order[k - 1]].measured_on != d) later = d;
    }
  }
  return facts;
}

}  // namespace pl
