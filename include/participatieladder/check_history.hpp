// SPDX-License-Identifier: Apache-2.0
// What the history checks of SPEC §8 (PL019–PL021) need to know about a record's place in its
// client's history (SPEC §7), computed once for a whole record set: one sort of indices, one scan,
// no per-record allocation. The predicates in check_rules.hpp then look at one record at a time.
//
// A history here is every record with the same non-empty client_id and a filled measured_on.
// Records without a client_id or a date are not part of any history (PL006 reports them); they
// must not be merged into one pseudo-client.
#pragma once

#include "date.hpp"
#include "record.hpp"

#include <algorithm>
#include <cstddef>
#include <numeric>
#include <optional>
#include <span>
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

/// One entry per record, same order as `records`.
inline std::vector<history_facts> build_history_facts(std::span<const record> records, const date& reference) {
  std::vector<history_facts> facts(records.size());
  std::vector<std::size_t> order;
  order.reserve(records.size());
  for (std::size_t i = 0; i < records.size(); ++i)
    if (!records[i].client_id.empty() && records[i].measured_on) order.push_back(i);
  // SPEC §7: a client's measurements ordered by date; ties keep input order.
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const auto& ra = records[a];
    const auto& rb = records[b];
    if (const int c = ra.client_id.compare(rb.client_id); c != 0) return c < 0;
    if (*ra.measured_on != *rb.measured_on) return *ra.measured_on < *rb.measured_on;
    return a < b;
  });
  for (std::size_t begin = 0; begin < order.size();) {
    const auto& client = records[order[begin]].client_id;
    std::size_t end = begin + 1;
    while (end < order.size() && records[order[end]].client_id == client) ++end;
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
    begin = end;
  }
  return facts;
}

}  // namespace pl
