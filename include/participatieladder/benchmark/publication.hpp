// SPDX-License-Identifier: Apache-2.0
// A municipality's aggregated benchmark publication, SPEC §11 "Benchmark exchange": the placement
// and target tables and the movement matrix on national steps (SPEC §9, national.hpp), with the
// municipality's name, reference date, record and client counts and its conformance summary —
// every table small-cell suppressed (suppression.hpp). The figures come from the SPEC §10 reports
// (reports/placement.hpp, target_table.hpp, movement.hpp) over the national view; only their counts
// are taken, never a client id (the movement report's list of ids without a second measurement is
// not published).
//
// Grids (rows × columns; totals are part of the published table):
// - placement: rows `1`…`6`, `not_filled`; columns `without_gp`, `with_gp`, `gp_not_filled`
//   (steps 1–5 without flag or one-year target; every client on 6 or not filled, where a flag does
//   not apply). Row totals are the clients per step.
// - target: rows `1-` … `5+`, `6`, `not_filled` (target_table.hpp); columns `one_year`, `longer`,
//   `no_target`.
// - movement: the transition matrix from the state 12 months before the reference date to the
//   reference date (rows `new`, `reentry`, `0`…`6`, `not_filled`; columns `0`…`6`, `not_filled`,
//   `left`), clients with a second measurement.
// - movement_summary: one row `all`, columns `rose`, `stayed`, `fell`, `left`, `other` (the
//   matrix's clients by direction; `other` = new inflow, re-entry, and moves from or to 0 or
//   not filled).
#pragma once

#include "../record.hpp"
#include "../reports/movement.hpp"
#include "../reports/placement.hpp"
#include "../reports/target_table.hpp"
#include "conformance.hpp"
#include "national.hpp"
#include "suppression.hpp"

#include <span>
#include <string>
#include <vector>

namespace pl::benchmark {

struct publication_options {
  std::string municipality;                   ///< required: the name published
  date reference;                             ///< the reference date of every table
  const extension_set* extensions = nullptr;  ///< SPEC §9: sub-steps → national steps
  suppression_rule rule;                      ///< SPEC §11 default 1–4
  conformance_thresholds thresholds;
};

struct publication {
  std::string municipality;
  date reference, movement_from, movement_to;
  std::size_t records = 0, clients = 0;
  std::size_t converted_national = 0;  ///< records counted on another national step (SPEC §9)
  data_conformance conformance;        ///< published as its summary (verdict, reasons, shares)
  suppression_rule rule;
  std::vector<suppressed_grid> tables;  ///< placement, target, movement, movement_summary

  const suppressed_grid* table(std::string_view name) const {
    for (const auto& t : tables)
      if (t.counts.name == name) return &t;
    return nullptr;
  }
};

namespace detail {
inline count_grid make_grid(std::string name, std::vector<std::string> rows, std::vector<std::string> cols) {
  count_grid g;
  g.name = std::move(name);
  g.cells.assign(rows.size(), std::vector<std::optional<std::size_t>>(cols.size(), std::optional<std::size_t>(0)));
  g.rows = std::move(rows);
  g.columns = std::move(cols);
  return g;
}
}  // namespace detail

inline count_grid placement_grid(const reports::placement_report& p) {
  auto g = detail::make_grid("placement", {"1", "2", "3", "4", "5", "6", "not_filled"}, {"without_gp", "with_gp", "gp_not_filled"});
  for (std::size_t i = 0; i < g.rows.size(); ++i) {
    const auto* r = p.row(g.rows[i]);
    if (!r) continue;
    const std::size_t without = r->without_gp.value_or(0), with = r->with_gp.value_or(0);
    g.cells[i] = {without, with, r->clients - without - with};
  }
  return g;
}

inline count_grid target_grid(const reports::target_report& t) {
  std::vector<std::string> rows(reports::target_keys.begin(), reports::target_keys.end());
  auto g = detail::make_grid("target", rows, {"one_year", "longer", "no_target"});
  for (std::size_t i = 0; i < g.rows.size(); ++i)
    for (const auto& r : t.rows)
      if (r.key == g.rows[i]) g.cells[i] = r.key == "not_filled" ? std::vector<std::optional<std::size_t>>{0, 0, r.clients}
                                                                  : std::vector<std::optional<std::size_t>>{r.one_year, r.longer, 0};
  return g;
}

inline count_grid movement_grid(const reports::movement_report& m) {
  auto g = detail::make_grid("movement", m.from_keys, m.to_keys);
  for (std::size_t i = 0; i < m.from_keys.size(); ++i)
    for (std::size_t j = 0; j < m.to_keys.size(); ++j) g.cells[i][j] = m.matrix[i][j];
  return g;
}

inline count_grid movement_summary_grid(const reports::movement_report& m) {
  auto g = detail::make_grid("movement_summary", {"all"}, {"rose", "stayed", "fell", "left", "other"});
  std::size_t all = 0;
  for (const auto& row : m.matrix)
    for (const auto n : row) all += n;
  const std::size_t directed = m.rose + m.stayed + m.fell + m.outflow;
  g.cells[0] = {m.rose, m.stayed, m.fell, m.outflow, all >= directed ? all - directed : 0};
  return g;
}

/// The publication of `records` (with the readers' `input` findings).
inline publication make_publication(std::span<const record> records, std::span<const finding> input, const publication_options& o) {
  publication p;
  p.municipality = o.municipality;
  p.reference = o.reference;
  p.rule = o.rule;
  p.conformance = assess_conformance(records, input, o.reference, o.extensions, o.thresholds);
  p.records = p.conformance.records;
  p.clients = p.conformance.clients;
  const auto national = to_national(records, o.extensions);
  p.converted_national = national.converted;
  p.movement_to = o.reference;
  p.movement_from = o.reference.add_months(-12);
  const auto& nr = national.records;
  const auto m = reports::movement_between(nr, p.movement_from, p.movement_to);
  p.tables.push_back(suppress(placement_grid(reports::placement(nr, o.reference)), o.rule));
  p.tables.push_back(suppress(target_grid(reports::target_table(nr, o.reference)), o.rule));
  p.tables.push_back(suppress(movement_grid(m), o.rule));
  p.tables.push_back(suppress(movement_summary_grid(m), o.rule));
  return p;
}

}  // namespace pl::benchmark
