// SPDX-License-Identifier: Apache-2.0
// SPEC §10 (revised): a figure that needs a column the source does not have is "niet beschikbaar"
// (not available), never 0 or 0%. One table, read like the SPEC: per report table, the columns,
// rows or summary figures that rest on §6 columns, and which columns those are. A need is a group:
// it is met when the file has at least one of the group's columns (instruments: in use or deployed).
//
// The absent columns are a mask over field_table (fields.hpp): bit i = field_table[i] is absent
// from every source. The report entry (report.hpp) applies this table to every table it makes, so
// text, CSV, JSON, HTML and XLSX all show the same "niet beschikbaar".
#pragma once

#include "../fields.hpp"
#include "../lang.hpp"
#include "table.hpp"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace pl::reports {

/// A set of §6 columns as a mask over field_table.
using column_mask = std::uint64_t;
static_assert(field_table.size() <= 64, "a column mask holds every field of the table");

/// The bit of a §6 key (0 for an unknown key: never absent).
constexpr column_mask column_bit(std::string_view key) noexcept {
  for (std::size_t i = 0; i < field_table.size(); ++i)
    if (field_table[i].key == key) return column_mask{1} << i;
  return 0;
}

/// True when `absent` leaves none of the group's columns: the group's need is not met.
constexpr bool need_unmet(column_mask group, column_mask absent) noexcept { return group != 0 && (group & ~absent) == 0; }

/// What people read in a cell whose figure is not available.
constexpr text not_available_text{"niet beschikbaar", "not available"};

namespace availability_detail {
constexpr column_mask instruments = column_bit("instrument_in_use") | column_bit("instrument_deployed");
}

/// Where a figure sits: a column of every row (`column`), or the cells `cells` of the rows whose
/// key (first cell; for the KPI table the indicator) starts with `row_prefix`, or a summary key.
struct figure_need {
  std::string_view table;
  enum class where : unsigned char { column, row, summary } at;
  std::string_view name;                    ///< column key, row-key prefix or summary key
  std::array<std::string_view, 3> cells{};  ///< for rows: the columns of the row that rest on the need
  column_mask needs;                        ///< met when at least one of these columns is present
};

using w = figure_need::where;
/// SPEC §10: caseload overview, comparison, movement, performance indicators.
inline constexpr figure_need figure_needs[] = {
    {"caseload", w::column, "integration_obligation", {}, column_bit("integration_obligation")},
    {"caseload", w::column, "integration_need", {}, column_bit("integration_need")},
    {"caseload", w::column, "low_literacy", {}, column_bit("low_literacy")},
    {"caseload", w::column, "start_qualification", {}, column_bit("start_qualification")},
    {"caseload", w::column, "no_start_qualification", {}, column_bit("start_qualification")},
    {"caseload", w::column, "income_a", {}, column_bit("income_situation")},
    {"caseload", w::column, "income_b", {}, column_bit("income_situation")},
    {"caseload", w::column, "income_c", {}, column_bit("income_situation")},
    {"caseload", w::column, "income_d", {}, column_bit("income_situation")},
    {"caseload", w::column, "income_not_filled", {}, column_bit("income_situation")},
    {"caseload", w::column, "work_obligation_exemption", {}, column_bit("work_obligation_exemption")},
    {"caseload", w::column, "integration_exemption", {}, column_bit("integration_exemption")},
    {"caseload", w::column, "with_instrument", {}, availability_detail::instruments},
    {"caseload", w::column, "pct_with_instrument", {}, availability_detail::instruments},
    {"comparison", w::column, "pct_instrument_step_", {}, availability_detail::instruments},
    {"comparison", w::column, "pct_work_obligation_exemption", {}, column_bit("work_obligation_exemption")},
    {"comparison", w::column, "pct_integration_exemption", {}, column_bit("integration_exemption")},
    {"movement", w::column, "from_pct_integration_obligation", {}, column_bit("integration_obligation")},
    {"movement", w::column, "to_pct_integration_obligation", {}, column_bit("integration_obligation")},
    {"movement", w::column, "from_pct_low_literacy", {}, column_bit("low_literacy")},
    {"movement", w::column, "to_pct_low_literacy", {}, column_bit("low_literacy")},
    {"movement", w::column, "from_pct_no_start_qualification", {}, column_bit("start_qualification")},
    {"movement", w::column, "to_pct_no_start_qualification", {}, column_bit("start_qualification")},
    {"movement", w::summary, "with_instrument", {}, availability_detail::instruments},
    {"movement", w::summary, "with_instrument_rose_or_left", {}, availability_detail::instruments},
    {"movement", w::summary, "pct_with_instrument_rose_or_left", {}, availability_detail::instruments},
    {"movement", w::summary, "with_instrument_left_other", {}, availability_detail::instruments},
    {"kpi", w::row, "gp_with_instrument", {"numerator", "pct"}, availability_detail::instruments},
    {"kpi", w::row, "rose_or_left_after_instrument", {"numerator", "denominator", "pct"}, availability_detail::instruments},
    {"kpi", w::row, "left_other_after_instrument", {"numerator", "denominator", "pct"}, availability_detail::instruments},
    {"kpi", w::row, "put_on_trajectory", {"numerator", "denominator", "pct"}, availability_detail::instruments},
};

/// Every figure of `t` that rests on a column in `absent` becomes "niet beschikbaar" (in t.language).
inline void mark_not_available(table& t, column_mask absent) {
  if (absent == 0) return;
  const std::string na(not_available_text(t.language));
  const int indicator = t.column("indicator");
  for (const auto& n : figure_needs) {
    if (n.table != t.name || !need_unmet(n.needs, absent)) continue;
    switch (n.at) {
      case w::column:
        for (std::size_t c = 0; c < t.columns.size(); ++c) {
          if (t.columns[c].rfind(n.name, 0) != 0) continue;
          for (auto& row : t.rows)
            if (c < row.size()) row[c] = na;
        }
        break;
      case w::row:
        for (auto& row : t.rows) {
          const std::size_t k = indicator >= 0 ? static_cast<std::size_t>(indicator) : 0;
          if (k >= row.size() || to_string(row[k]).rfind(n.name, 0) != 0) continue;
          for (const auto col : n.cells) {
            const int c = col.empty() ? -1 : t.column(col);
            if (c >= 0 && static_cast<std::size_t>(c) < row.size()) row[static_cast<std::size_t>(c)] = na;
          }
        }
        break;
      case w::summary:
        for (auto& [key, value] : t.summary)
          if (key == n.name) value = na;
        break;
    }
  }
}

}  // namespace pl::reports
