// SPDX-License-Identifier: Apache-2.0
// Movement on the ladder between two measurement moments, SPEC §10 fifth bullet, over the
// histories of SPEC §7.
//
// Definitions (docs/reports.md):
// - each client's state at a date is its latest measurement on or before that date (as-of, as in
//   every report); "in the caseload" means that measurement is not on 9.
// - the matrix covers the clients in the caseload at the from-date or at the to-date.
//   rows (state at from): `new` (new inflow: no measurement on or before the from-date, or on 9
//   then — re-entry, SPEC §7), `0`…`6`, `not_filled`;
//   columns (state at to): `0`…`6`, `not_filled`, `left` (on 9 at the to-date).
// - a client in the caseload at the from-date with no measurement after it up to the to-date has
//   no second measurement: it is listed (`without_second_measurement`) and kept out of the matrix
//   and the shares, which would otherwise count "not measured" as "stayed".
// - rose: both states are ladder steps 1–6 and the to-step is higher. 0 → 3 is placement, not a
//   rise.
// - growth potential at the first moment: SPEC §5 effective flag of the from-measurement; share
//   that rose = rose / clients with growth potential (and a second measurement).
// - instrument at the first moment: field 22 or 23 yes on the from-measurement; share that rose
//   or left = (rose + left) / clients with an instrument (and a second measurement).
#pragma once

#include "../extensions.hpp"
#include "../history.hpp"
#include "../record.hpp"
#include "characteristics.hpp"
#include "rounding.hpp"
#include "table.hpp"

#include <algorithm>
#include <span>
#include <string>
#include <vector>

namespace pl::reports {

struct movement_report {
  date from, to;
  std::vector<std::string> from_keys{"new", "0", "1", "2", "3", "4", "5", "6", "not_filled"};
  std::vector<std::string> to_keys{"0", "1", "2", "3", "4", "5", "6", "not_filled", "left"};
  std::vector<std::vector<std::size_t>> matrix;  ///< [from row][to column]
  std::size_t inflow = 0;                ///< clients in row `new`
  std::size_t outflow = 0;               ///< clients in column `left`
  std::size_t rose = 0;                  ///< clients whose step rose
  std::size_t fell = 0;                  ///< clients whose step fell
  std::size_t gp_clients = 0, gp_rose = 0;
  std::size_t instrument_clients = 0, instrument_rose_or_left = 0;
  std::vector<std::string> without_second_measurement;  ///< client ids (vendor keys, no personal data)

  std::size_t cell(std::string_view from_key, std::string_view to_key) const {
    const auto r = std::find(from_keys.begin(), from_keys.end(), from_key);
    const auto c = std::find(to_keys.begin(), to_keys.end(), to_key);
    if (r == from_keys.end() || c == to_keys.end()) return 0;
    return matrix[static_cast<std::size_t>(r - from_keys.begin())][static_cast<std::size_t>(c - to_keys.begin())];
  }
};

/// Movement from `from` to `to` (from < to; the caller checks, see reports/report.hpp).
inline movement_report movement_between(std::span<const record> records, const date& from, const date& to) {
  movement_report out;
  out.from = from;
  out.to = to;
  out.matrix.assign(out.from_keys.size(), std::vector<std::size_t>(out.to_keys.size(), 0));
  auto index = [](const std::vector<std::string>& keys, const std::string& k) {
    return static_cast<std::size_t>(std::find(keys.begin(), keys.end(), k) - keys.begin());
  };
  for (const auto& h : build_histories(records)) {
    if (h.client_id.empty()) continue;
    const auto a = h.latest_on_or_before(records, from);
    const auto b = h.latest_on_or_before(records, to);
    const bool in_a = a && records[*a].step != step::left;
    const bool in_b = b && records[*b].step != step::left;
    if (!in_a && !in_b) continue;
    if (in_a && b == a) {
      out.without_second_measurement.push_back(h.client_id);
      continue;
    }
    const auto sa = in_a ? counted_step(records[*a]) : std::nullopt;
    const auto sb = counted_step(records[*b]);
    const std::string row = in_a ? step_key(sa) : "new";
    const bool left = !in_b;
    const std::string col = left ? "left" : step_key(sb);
    ++out.matrix[index(out.from_keys, row)][index(out.to_keys, col)];
    if (!in_a) { ++out.inflow; continue; }
    if (left) ++out.outflow;
    const bool both_on_ladder = !left && sa && sb && is_ladder_step(*sa) && is_ladder_step(*sb);
    const bool rose = both_on_ladder && to_int(*sb) > to_int(*sa);
    if (rose) ++out.rose;
    if (both_on_ladder && to_int(*sb) < to_int(*sa)) ++out.fell;
    if (counted_growth(records[*a]) == growth::potential) {
      ++out.gp_clients;
      if (rose) ++out.gp_rose;
    }
    if (characteristics::has_instrument(records[*a])) {
      ++out.instrument_clients;
      if (rose || left) ++out.instrument_rose_or_left;
    }
  }
  return out;
}

/// Columns `from,0,…,6,not_filled,left,total`; rows `new`, `0`…`6`, `not_filled`, `total`.
inline table to_table(const movement_report& m, lang l) {
  table t;
  t.name = "movement";
  const bool nl = l == lang::nl;
  t.columns.push_back("from");
  t.column_labels.push_back(nl ? "van \\ naar" : "from \\ to");
  for (const auto& k : m.to_keys) {
    t.columns.push_back(k);
    t.column_labels.push_back(k == "left" ? (nl ? "uit (9)" : "left (9)") : k == "not_filled" ? (nl ? "leeg" : "empty") : k);
  }
  t.columns.push_back("total");
  t.column_labels.push_back(nl ? "totaal" : "total");
  std::vector<std::size_t> col_total(m.to_keys.size(), 0);
  std::size_t all = 0;
  for (std::size_t r = 0; r < m.from_keys.size(); ++r) {
    std::vector<cell> row{str(m.from_keys[r])};
    std::size_t sum = 0;
    for (std::size_t c = 0; c < m.to_keys.size(); ++c) {
      row.push_back(num(m.matrix[r][c]));
      sum += m.matrix[r][c];
      col_total[c] += m.matrix[r][c];
    }
    all += sum;
    row.push_back(num(sum));
    t.rows.push_back(std::move(row));
    t.row_labels.push_back(key_label(m.from_keys[r], l));
  }
  std::vector<cell> total{str("total")};
  for (auto n : col_total) total.push_back(num(n));
  total.push_back(num(all));
  t.rows.push_back(std::move(total));
  t.row_labels.push_back(nl ? "totaal" : "total");
  std::string ids;
  for (const auto& id : m.without_second_measurement) ids += (ids.empty() ? "" : " ") + id;
  t.summary = {{"from", str(m.from.iso())},
               {"to", str(m.to.iso())},
               {"new_inflow", num(m.inflow)},
               {"left", num(m.outflow)},
               {"rose", num(m.rose)},
               {"fell", num(m.fell)},
               {"with_gp", num(m.gp_clients)},
               {"with_gp_rose", num(m.gp_rose)},
               {"pct_with_gp_rose", num(percent(m.gp_rose, m.gp_clients))},
               {"with_instrument", num(m.instrument_clients)},
               {"with_instrument_rose_or_left", num(m.instrument_rose_or_left)},
               {"pct_with_instrument_rose_or_left", num(percent(m.instrument_rose_or_left, m.instrument_clients))},
               {"without_second_measurement", num(m.without_second_measurement.size())},
               {"without_second_measurement_ids", str(ids)}};
  return t;
}

}  // namespace pl::reports
