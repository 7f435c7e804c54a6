// SPDX-License-Identifier: Apache-2.0
// The benchmark coordinator's comparison, SPEC §11 "Benchmark exchange": the publications of many
// municipalities merged into one comparison table — per municipality the distribution over the
// national steps, the share with growth potential and the movement shares — with totals, small-cell
// suppression applied to the merged table as well, and municipalities whose conformance makes them
// not comparable marked (they stay in the table; the totals are over every municipality, so a
// reader sees what they rest on).
//
// Grids (rows: municipalities in the order given, columns below; suppression.hpp):
// - steps: `1`…`6`, `not_filled` — a publication's placement row totals; row total its grand total.
// - growth: `with_gp`, `without_gp`, `gp_not_filled` on steps 1–5 (placement column totals; the
//   third less the clients on 6 and not filled).
// - movement: `rose`, `stayed`, `fell`, `left`, `other` (movement_summary).
// A count suppressed in a municipality's own publication is unknown here and stays suppressed; a
// total over an unknown count is unknown. Shares (whole percentages, half up) are computed from
// published counts only: a share whose count or denominator is suppressed is not shown.
#pragma once

#include "../reports/rounding.hpp"
#include "publication.hpp"
#include "suppression.hpp"

#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace pl::benchmark {

/// What the coordinator knows of one municipality: the published (suppressed) publication.
struct municipality_entry {
  std::string municipality;
  std::string reference_date;
  std::size_t records = 0, clients = 0;
  bool comparable = true;
  int pct_valid = 0;
  std::vector<conformance_reason> reasons;
  std::size_t comparability_warnings = 0;
  std::size_t converted_national = 0;
  /// Published tables: counts that were suppressed are std::nullopt.
  std::vector<count_grid> tables;

  const count_grid* table(std::string_view name) const {
    for (const auto& t : tables)
      if (t.name == name) return &t;
    return nullptr;
  }
};

/// What a publication shows: suppressed counts become unknown (a coordinator never sees them).
inline count_grid published(const suppressed_grid& g) {
  count_grid out;
  out.name = g.counts.name;
  out.rows = g.counts.rows;
  out.columns = g.counts.columns;
  out.cells.resize(out.rows.size());
  for (std::size_t i = 0; i < out.rows.size(); ++i)
    for (std::size_t j = 0; j < out.columns.size(); ++j) out.cells[i].push_back(g.cell(i, j));
  for (std::size_t i = 0; i < out.rows.size(); ++i) out.row_totals.push_back(g.row_total(i));
  for (std::size_t j = 0; j < out.columns.size(); ++j) out.column_totals.push_back(g.column_total(j));
  out.grand_total = g.grand_total();
  return out;
}

inline municipality_entry entry_of(const publication& p) {
  municipality_entry e;
  e.municipality = p.municipality;
  e.reference_date = p.reference.iso();
  e.records = p.records;
  e.clients = p.clients;
  e.comparable = p.conformance.comparable;
  e.pct_valid = p.conformance.pct_valid;
  e.reasons = p.conformance.reasons;
  e.comparability_warnings = p.conformance.comparability.size();
  e.converted_national = p.converted_national;
  for (const auto& t : p.tables) e.tables.push_back(published(t));
  return e;
}

struct comparison {
  std::vector<municipality_entry> municipalities;
  suppression_rule rule;
  suppressed_grid steps, growth, movement;  ///< merged, suppressed again; column totals over every municipality
  std::vector<std::string> notes_nl, notes_en;  ///< e.g. differing reference dates
};

namespace detail {
inline std::optional<std::size_t> at(const count_grid* g, std::string_view row, std::string_view col) {
  if (!g) return std::nullopt;
  for (std::size_t i = 0; i < g->rows.size(); ++i)
    if (g->rows[i] == row)
      for (std::size_t j = 0; j < g->columns.size(); ++j)
        if (g->columns[j] == col) return g->cells[i][j];
  return std::nullopt;
}
inline std::optional<std::size_t> row_total(const count_grid* g, std::string_view row) {
  if (!g) return std::nullopt;
  for (std::size_t i = 0; i < g->rows.size(); ++i)
    if (g->rows[i] == row && i < g->row_totals.size()) return g->row_totals[i];
  return std::nullopt;
}
inline std::optional<std::size_t> column_total(const count_grid* g, std::string_view col) {
  if (!g) return std::nullopt;
  for (std::size_t j = 0; j < g->columns.size(); ++j)
    if (g->columns[j] == col && j < g->column_totals.size()) return g->column_totals[j];
  return std::nullopt;
}
inline std::optional<std::size_t> minus(std::optional<std::size_t> a, std::optional<std::size_t> b) {
  if (!a || !b || *b > *a) return std::nullopt;
  return *a - *b;
}

/// Municipalities × columns; the column totals are over every municipality.
inline count_grid merged_grid(std::string name, const std::vector<municipality_entry>& ms, std::vector<std::string> cols,
                              const std::function<std::optional<std::size_t>(const municipality_entry&, std::size_t)>& value,
                              const std::function<std::optional<std::size_t>(const municipality_entry&)>& total) {
  count_grid g;
  g.name = std::move(name);
  g.columns = std::move(cols);
  for (const auto& m : ms) {
    g.rows.push_back(m.municipality);
    std::vector<std::optional<std::size_t>> row;
    for (std::size_t j = 0; j < g.columns.size(); ++j) row.push_back(value(m, j));
    g.cells.push_back(std::move(row));
    g.row_totals.push_back(total(m));
  }
  // column totals and the grand total: completed by suppress() as sums over every municipality
  // (unknown when one summand is unknown), so the published equations are exact
  return g;
}
}  // namespace detail

/// Merge the publications of `entries` into the coordinator's comparison.
inline comparison merge(std::vector<municipality_entry> entries, suppression_rule rule = {}) {
  comparison c;
  c.rule = rule;
  c.municipalities = std::move(entries);
  const auto& ms = c.municipalities;
  const std::vector<std::string> step_cols{"1", "2", "3", "4", "5", "6", "not_filled"};
  c.steps = suppress(detail::merged_grid(
                         "steps", ms, step_cols,
                         [&](const municipality_entry& m, std::size_t j) { return detail::row_total(m.table("placement"), step_cols[j]); },
                         [](const municipality_entry& m) { return m.table("placement") ? m.table("placement")->grand_total : std::nullopt; }),
                     rule);
  const std::vector<std::string> gp_cols{"with_gp", "without_gp", "gp_not_filled"};
  auto gp = [](const municipality_entry& m, std::size_t j) -> std::optional<std::size_t> {
    const auto* p = m.table("placement");
    if (j == 0) return detail::column_total(p, "with_gp");
    if (j == 1) return detail::column_total(p, "without_gp");
    return detail::minus(detail::minus(detail::column_total(p, "gp_not_filled"), detail::row_total(p, "6")), detail::row_total(p, "not_filled"));
  };
  c.growth = suppress(detail::merged_grid("growth", ms, gp_cols, gp, [&](const municipality_entry& m) -> std::optional<std::size_t> {
                        std::optional<std::size_t> s = 0;
                        for (std::size_t j = 0; j < 3; ++j) {
                          const auto v = gp(m, j);
                          s = s && v ? std::optional<std::size_t>(*s + *v) : std::nullopt;
                        }
                        return s;
                      }),
                      rule);
  const std::vector<std::string> mv_cols{"rose", "stayed", "fell", "left", "other"};
  c.movement = suppress(detail::merged_grid(
                            "movement", ms, mv_cols,
                            [&](const municipality_entry& m, std::size_t j) { return detail::at(m.table("movement_summary"), "all", mv_cols[j]); },
                            [](const municipality_entry& m) { return detail::row_total(m.table("movement_summary"), "all"); }),
                        rule);
  for (std::size_t i = 1; i < ms.size(); ++i)
    if (ms[i].reference_date != ms[0].reference_date) {
      c.notes_nl.push_back("peildata verschillen: " + ms[0].municipality + " " + ms[0].reference_date + ", " + ms[i].municipality + " " + ms[i].reference_date);
      c.notes_en.push_back("reference dates differ: " + ms[0].municipality + " " + ms[0].reference_date + ", " + ms[i].municipality + " " + ms[i].reference_date);
    }
  return c;
}

/// A published count as a share of a published total, or nothing.
inline std::optional<int> share(std::optional<std::size_t> part, std::optional<std::size_t> whole) {
  if (!part || !whole) return std::nullopt;
  return reports::percent(*part, *whole);
}

}  // namespace pl::benchmark
