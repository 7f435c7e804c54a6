// SPDX-License-Identifier: Apache-2.0
// Comparison between caseworkers (team leader view), SPEC §10 fourth bullet: per caseworker (or
// team) the step distribution, the share with growth potential, instruments per step and
// exemptions — as percentages, so caseloads of different size compare.
//
// Interpretations (docs/reports.md):
// - population: the caseload as of the reference date (as reports/caseload.hpp), one row per
//   group in key order plus an `all` row as the baseline the team leader compares against.
// - pct_step_N: share of the group's clients on step N (0 = not yet placed); the shares of 0–6
//   and not filled add up to about 100.
// - pct_with_gp: of the group's clients on steps 1–5 (SPEC §5 effective flag).
// - pct_instrument_step_N: of the group's clients on step N, the share with an instrument in use
//   or deployed (fields 22/23).
// - pct_work_obligation_exemption / pct_integration_exemption: of all the group's clients.
#pragma once

#include "caseload.hpp"
#include "characteristics.hpp"
#include "rounding.hpp"
#include "table.hpp"

#include <span>
#include <string>
#include <vector>

namespace pl::reports {

struct comparison_row {
  std::string key;  ///< caseworker or team; `all` for the baseline
  characteristics c;
};

struct comparison_report {
  date reference;
  group_by by = group_by::caseworker;
  std::vector<comparison_row> rows;
};

/// The comparison of a caseload overview (counted without sub-steps): each group's `all` scope.
inline comparison_report comparison_of(const caseload_report& cl) {
  comparison_report out;
  out.reference = cl.reference;
  out.by = cl.by;
  for (const auto& g : cl.groups) out.rows.push_back({g.key, g.scopes.front().c});
  return out;
}

inline comparison_report comparison(const pl::caseload_store& store, const date& reference, group_by by) {
  return comparison_of(caseload(store, reference, by));
}

inline comparison_report comparison(std::span<const record> records, const date& reference, group_by by) {
  return comparison(pl::caseload_store::of(records), reference, by);
}

inline table to_table(const comparison_report& r, lang l) {
  table t;
  t.name = "comparison";
  const bool nl = l == lang::nl;
  t.columns = {std::string(to_string(r.by)), "clients"};
  t.column_labels = {std::string(group_label(r.by, l)), nl ? "klanten" : "clients"};
  for (int s = 0; s <= 6; ++s) {
    t.columns.push_back("pct_step_" + std::to_string(s));
    t.column_labels.push_back("% " + std::string(nl ? "trede " : "step ") + std::to_string(s));
  }
  t.columns.push_back("pct_step_not_filled");
  t.column_labels.push_back(nl ? "% leeg" : "% empty");
  t.columns.push_back("pct_with_gp");
  t.column_labels.push_back(nl ? "% met gp (1-5)" : "% with gp (1-5)");
  for (int s = 1; s <= 6; ++s) {
    t.columns.push_back("pct_instrument_step_" + std::to_string(s));
    t.column_labels.push_back((nl ? "% instr. trede " : "% instr. step ") + std::to_string(s));
  }
  t.columns.push_back("pct_work_obligation_exemption");
  t.column_labels.push_back(nl ? "% vrijst. arbeidsplicht" : "% work-obl. exemption");
  t.columns.push_back("pct_integration_exemption");
  t.column_labels.push_back(nl ? "% vrijst. inburgering" : "% integr. exemption");
  for (const auto& row : r.rows) {
    const auto& c = row.c;
    std::vector<cell> cells{str(row.key), num(c.clients)};
    for (auto n : c.on_step) cells.push_back(num(percent(n, c.clients)));
    cells.push_back(num(percent(c.step_not_filled, c.clients)));
    cells.push_back(num(percent(c.with_gp, c.on_1_5)));
    for (std::size_t s = 1; s <= 6; ++s) cells.push_back(num(percent(c.instrument_on_step[s], c.on_step[s])));
    cells.push_back(num(percent(c.work_obligation_exemption, c.clients)));
    cells.push_back(num(percent(c.integration_exemption, c.clients)));
    t.rows.push_back(std::move(cells));
    t.row_labels.push_back(row.key == "all" || row.key.empty() ? group_label(row.key, l) : "");
  }
  t.summary = {{"reference_date", str(r.reference.iso())}};
  return t;
}

}  // namespace pl::reports
