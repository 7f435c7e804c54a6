// SPDX-License-Identifier: Apache-2.0
// Small-cell suppression of published tables, SPEC §11: counts 1–4 (the default rule) are not
// published (primary suppression), and a second cell is suppressed wherever a total would reveal
// the first (secondary suppression).
//
// A grid is R × C counts with its row totals, column totals and grand total; the published table
// holds all of them. The totals give R + C + 2 equations (each row, each column, the row totals
// and the column totals each add up to the grand total). Rules (docs/benchmark-exchange.md):
// 1. primary: every count (cell or total) in [min, max]; a count unknown already (suppressed in a
//    municipality's own publication, when the coordinator merges) counts as suppressed.
// 2. secondary: while an equation has exactly one suppressed member, suppress one more member of
//    it: the smallest non-zero published inner cell, else a published inner zero, else the smallest
//    non-zero published total, else a zero total (totals are what readers use most, so they go
//    last). Repeat until no equation has exactly one.
// 3. audit: a suppressed count is still recomputable when the equations fix it (its unit vector
//    lies in the row space of the equations over the suppressed members: linear algebra — one
//    reduced row echelon form — not only one equation at a time). Such a count gets one more suppressed cell in its row (else its
//    column), and rules 2–3 run again. `recomputable` is public so tests can audit any grid.
// A zero is never primary-suppressed: a published zero reveals nothing about another cell.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace pl::benchmark {

/// SPEC §11 default: counts 1–4 are small.
struct suppression_rule {
  std::size_t min = 1;
  std::size_t max = 4;
  bool small(std::size_t n) const noexcept { return n >= min && n <= max; }
};

enum class cell_state : unsigned char {
  published,  ///< the count is shown
  primary,    ///< a small count (or unknown at the source)
  secondary,  ///< suppressed so that no total reveals a primary one
};

/// A table of counts. Unknown counts (std::nullopt) were suppressed upstream.
struct count_grid {
  std::string name;                  ///< placement, target, movement, comparison
  std::vector<std::string> rows;     ///< row keys
  std::vector<std::string> columns;  ///< column keys
  std::vector<std::vector<std::optional<std::size_t>>> cells;  ///< [row][column]
  /// Totals; when not given they are the sums (unknown when a summand is unknown).
  std::vector<std::optional<std::size_t>> row_totals, column_totals;
  std::optional<std::size_t> grand_total;

  /// Fill missing totals with the sums of known cells (unknown if any summand is unknown).
  void complete_totals() {
    const std::size_t R = rows.size(), C = columns.size();
    auto sum = [](std::optional<std::size_t> a, std::optional<std::size_t> b) -> std::optional<std::size_t> {
      if (!a || !b) return std::nullopt;
      return *a + *b;
    };
    if (row_totals.size() != R) {
      row_totals.assign(R, std::optional<std::size_t>(0));
      for (std::size_t i = 0; i < R; ++i)
        for (std::size_t j = 0; j < C; ++j) row_totals[i] = sum(row_totals[i], cells[i][j]);
    }
    if (column_totals.size() != C) {
      column_totals.assign(C, std::optional<std::size_t>(0));
      for (std::size_t j = 0; j < C; ++j)
        for (std::size_t i = 0; i < R; ++i) column_totals[j] = sum(column_totals[j], cells[i][j]);
    }
    if (!grand_total) {
      std::optional<std::size_t> g = 0;
      for (const auto& t : row_totals) g = sum(g, t);
      if (!g) {
        g = 0;
        for (const auto& t : column_totals) g = sum(g, t);
      }
      grand_total = g;
    }
  }
};

/// A grid after suppression: the counts and, per count, whether it is published.
struct suppressed_grid {
  count_grid counts;  ///< true counts (unknown where unknown at the source); never publish a suppressed one
  std::vector<std::vector<cell_state>> cell_states;
  std::vector<cell_state> row_total_states, column_total_states;
  cell_state grand_total_state = cell_state::published;
  suppression_rule rule;

  static std::optional<std::size_t> shown(const std::optional<std::size_t>& v, cell_state s) {
    return s == cell_state::published ? v : std::nullopt;
  }
  /// The published value, or nothing when suppressed.
  std::optional<std::size_t> cell(std::size_t i, std::size_t j) const { return shown(counts.cells[i][j], cell_states[i][j]); }
  std::optional<std::size_t> row_total(std::size_t i) const { return shown(counts.row_totals[i], row_total_states[i]); }
  std::optional<std::size_t> column_total(std::size_t j) const { return shown(counts.column_totals[j], column_total_states[j]); }
  std::optional<std::size_t> grand_total() const { return shown(counts.grand_total, grand_total_state); }

  std::size_t count(cell_state s) const {
    std::size_t n = 0;
    for (const auto& r : cell_states) n += static_cast<std::size_t>(std::count(r.begin(), r.end(), s));
    n += static_cast<std::size_t>(std::count(row_total_states.begin(), row_total_states.end(), s));
    n += static_cast<std::size_t>(std::count(column_total_states.begin(), column_total_states.end(), s));
    return n + (grand_total_state == s ? 1 : 0);
  }
};

namespace detail {

/// Members of the grid as one flat list: R*C cells, then R row totals, C column totals, the grand total.
struct flat_grid {
  std::size_t R, C;
  std::size_t cell(std::size_t i, std::size_t j) const { return i * C + j; }
  std::size_t row_total(std::size_t i) const { return R * C + i; }
  std::size_t column_total(std::size_t j) const { return R * C + R + j; }
  std::size_t grand() const { return R * C + R + C; }
  std::size_t size() const { return R * C + R + C + 1; }
  bool inner(std::size_t k) const { return k < R * C; }

  /// Every equation as (members with +1, the total member with −1).
  std::vector<std::vector<std::pair<std::size_t, int>>> equations() const {
    std::vector<std::vector<std::pair<std::size_t, int>>> eq;
    for (std::size_t i = 0; i < R; ++i) {
      std::vector<std::pair<std::size_t, int>> e;
      for (std::size_t j = 0; j < C; ++j) e.emplace_back(cell(i, j), 1);
      e.emplace_back(row_total(i), -1);
      eq.push_back(std::move(e));
    }
    for (std::size_t j = 0; j < C; ++j) {
      std::vector<std::pair<std::size_t, int>> e;
      for (std::size_t i = 0; i < R; ++i) e.emplace_back(cell(i, j), 1);
      e.emplace_back(column_total(j), -1);
      eq.push_back(std::move(e));
    }
    std::vector<std::pair<std::size_t, int>> rows_e, cols_e;
    for (std::size_t i = 0; i < R; ++i) rows_e.emplace_back(row_total(i), 1);
    rows_e.emplace_back(grand(), -1);
    for (std::size_t j = 0; j < C; ++j) cols_e.emplace_back(column_total(j), 1);
    cols_e.emplace_back(grand(), -1);
    eq.push_back(std::move(rows_e));
    eq.push_back(std::move(cols_e));
    return eq;
  }
};

/// The columns of `m` whose variable the equations m·x = b fix (for any b that has a solution):
/// reduced row echelon form; a variable is fixed when its column is a pivot column whose row has
/// no entry in a free column (then the null space is 0 in that component). One elimination for all
/// columns: entries are small integers, partial pivoting, a tolerance for the zero test.
inline std::vector<bool> determined_columns(std::vector<std::vector<double>> m, std::size_t cols) {
  std::vector<std::size_t> pivot_col;
  std::size_t r = 0;
  for (std::size_t c = 0; c < cols && r < m.size(); ++c) {
    std::size_t p = r;
    for (std::size_t i = r; i < m.size(); ++i)
      if (std::fabs(m[i][c]) > std::fabs(m[p][c])) p = i;
    if (std::fabs(m[p][c]) < 1e-9) continue;
    std::swap(m[p], m[r]);
    const double lead = m[r][c];
    for (std::size_t k = c; k < cols; ++k) m[r][k] /= lead;
    for (std::size_t i = 0; i < m.size(); ++i) {
      if (i == r) continue;
      const double f = m[i][c];
      if (std::fabs(f) > 1e-12)
        for (std::size_t k = c; k < cols; ++k) m[i][k] -= f * m[r][k];
    }
    pivot_col.push_back(c);
    ++r;
  }
  std::vector<bool> is_pivot(cols, false);
  for (const auto c : pivot_col) is_pivot[c] = true;
  std::vector<bool> out(cols, false);
  for (std::size_t i = 0; i < pivot_col.size(); ++i) {
    bool fixed = true;
    for (std::size_t k = 0; k < cols && fixed; ++k)
      if (!is_pivot[k] && std::fabs(m[i][k]) > 1e-9) fixed = false;
    out[pivot_col[i]] = fixed;
  }
  return out;
}

}  // namespace detail

/// The suppressed members (flat indices, see detail::flat_grid) whose value the published counts
/// and the totals' equations still determine exactly. Empty: no suppressed count can be recomputed.
/// Members unknown at the source are suppressed but never "recomputable" by this table alone
/// when the equations leave them free.
inline std::vector<std::size_t> recomputable(const suppressed_grid& g) {
  const detail::flat_grid f{g.counts.rows.size(), g.counts.columns.size()};
  std::vector<bool> hidden(f.size(), false);
  for (std::size_t i = 0; i < f.R; ++i)
    for (std::size_t j = 0; j < f.C; ++j) hidden[f.cell(i, j)] = g.cell_states[i][j] != cell_state::published;
  for (std::size_t i = 0; i < f.R; ++i) hidden[f.row_total(i)] = g.row_total_states[i] != cell_state::published;
  for (std::size_t j = 0; j < f.C; ++j) hidden[f.column_total(j)] = g.column_total_states[j] != cell_state::published;
  hidden[f.grand()] = g.grand_total_state != cell_state::published;
  std::vector<std::size_t> unknowns;
  std::vector<std::size_t> col_of(f.size(), 0);
  for (std::size_t k = 0; k < f.size(); ++k)
    if (hidden[k]) { col_of[k] = unknowns.size(); unknowns.push_back(k); }
  if (unknowns.empty()) return {};
  std::vector<std::vector<double>> a;
  for (const auto& e : f.equations()) {
    std::vector<double> row(unknowns.size(), 0.0);
    bool any = false;
    for (const auto& [k, sign] : e)
      if (hidden[k]) { row[col_of[k]] = sign; any = true; }
    if (any) a.push_back(std::move(row));
  }
  const auto fixed = detail::determined_columns(std::move(a), unknowns.size());
  std::vector<std::size_t> out;
  for (std::size_t u = 0; u < unknowns.size(); ++u)
    if (fixed[u]) out.push_back(unknowns[u]);
  return out;
}

/// Apply SPEC §11 suppression to `grid` (totals completed first when not given).
inline suppressed_grid suppress(count_grid grid, suppression_rule rule = {}) {
  grid.complete_totals();
  suppressed_grid g;
  g.rule = rule;
  const detail::flat_grid f{grid.rows.size(), grid.columns.size()};
  std::vector<std::optional<std::size_t>> value(f.size());
  for (std::size_t i = 0; i < f.R; ++i)
    for (std::size_t j = 0; j < f.C; ++j) value[f.cell(i, j)] = grid.cells[i][j];
  for (std::size_t i = 0; i < f.R; ++i) value[f.row_total(i)] = grid.row_totals[i];
  for (std::size_t j = 0; j < f.C; ++j) value[f.column_total(j)] = grid.column_totals[j];
  value[f.grand()] = grid.grand_total;

  std::vector<cell_state> state(f.size(), cell_state::published);
  for (std::size_t k = 0; k < f.size(); ++k)
    if (!value[k] || rule.small(*value[k])) state[k] = cell_state::primary;

  // The member of `candidates` to suppress next: non-zero inner cells, inner zeros, non-zero totals,
  // zero totals; the smallest value; the first in table order.
  auto pick = [&](const std::vector<std::size_t>& candidates) -> std::optional<std::size_t> {
    std::optional<std::size_t> best;
    auto rank_of = [&](std::size_t k) { return std::pair{(f.inner(k) ? 0 : 2) + (*value[k] == 0 ? 1 : 0), *value[k]}; };
    for (const auto k : candidates) {
      if (state[k] != cell_state::published) continue;
      if (!best || rank_of(k) < rank_of(*best)) best = k;
    }
    return best;
  };
  const auto equations = f.equations();
  for (;;) {
    bool changed = false;
    for (const auto& e : equations) {
      std::size_t hidden = 0;
      std::vector<std::size_t> members;
      for (const auto& [k, sign] : e) {
        (void)sign;
        members.push_back(k);
        if (state[k] != cell_state::published) ++hidden;
      }
      if (hidden != 1) continue;
      if (const auto k = pick(members)) {
        state[*k] = cell_state::secondary;
        changed = true;
      }
    }
    if (changed) continue;
    // audit: suppressed counts that several equations together still determine
    g.counts = grid;
    g.cell_states.assign(f.R, std::vector<cell_state>(f.C));
    for (std::size_t i = 0; i < f.R; ++i)
      for (std::size_t j = 0; j < f.C; ++j) g.cell_states[i][j] = state[f.cell(i, j)];
    g.row_total_states.resize(f.R);
    for (std::size_t i = 0; i < f.R; ++i) g.row_total_states[i] = state[f.row_total(i)];
    g.column_total_states.resize(f.C);
    for (std::size_t j = 0; j < f.C; ++j) g.column_total_states[j] = state[f.column_total(j)];
    g.grand_total_state = state[f.grand()];
    const auto leak = recomputable(g);
    bool fixed = false;
    for (const auto k : leak) {
      if (!value[k]) continue;  // unknown at the source: nothing to reveal
      std::vector<std::size_t> near;
      if (f.inner(k)) {
        const std::size_t i = k / f.C, j = k % f.C;
        for (std::size_t c = 0; c < f.C; ++c) near.push_back(f.cell(i, c));
        if (!pick(near))
          for (std::size_t r = 0; r < f.R; ++r) near.push_back(f.cell(r, j));
      } else {
        for (std::size_t m = 0; m < f.size(); ++m) near.push_back(m);
      }
      if (const auto m = pick(near)) {
        state[*m] = cell_state::secondary;
        fixed = true;
        break;
      }
    }
    if (!fixed) break;
  }
  return g;
}

}  // namespace pl::benchmark
