// SPDX-License-Identifier: Apache-2.0
// The one shape every SPEC §10 report is rendered through: a table of named columns and rows of
// cells (empty, whole number, or text), plus a summary of key/value pairs. CLI text/CSV/JSON, the
// HTML report, the C ABI and Python all render these same rows, so no front end re-computes a
// figure. Row keys and column names are stable (they are the CSV layout); labels are per language.
#pragma once

#include <participatieladder/csv_field.hpp>

#include "../lang.hpp"
#include "../step.hpp"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace pl::reports {

/// One value: empty (not applicable), a whole number (count or rounded percentage), or text.
using cell = std::variant<std::monostate, std::int64_t, std::string>;

inline cell num(std::size_t v) { return static_cast<std::int64_t>(v); }
inline cell num(std::optional<int> v) { return v ? cell(static_cast<std::int64_t>(*v)) : cell(); }
inline cell num(std::optional<std::size_t> v) { return v ? num(*v) : cell(); }
inline cell str(std::string_view v) { return std::string(v); }

inline std::string to_string(const cell& c) {
  if (const auto* i = std::get_if<std::int64_t>(&c)) return std::to_string(*i);
  if (const auto* s = std::get_if<std::string>(&c)) return *s;
  return "";
}

struct table {
  std::string name;                         ///< placement, target, caseload, comparison, movement, kpi, budget
  std::vector<std::string> columns;         ///< stable column keys (the CSV header)
  std::vector<std::string> column_labels;   ///< the same, in the report language
  std::vector<std::vector<cell>> rows;      ///< cells in column order; the first column is the row key
  std::vector<std::string> row_labels;      ///< per row, in the report language (text and HTML only)
  std::vector<int> row_levels;              ///< per row: 1 for a sub-step row under its base step, else 0 (empty: all 0)
  std::vector<std::pair<std::string, cell>> summary;  ///< figures outside the grid (not in CSV)

  /// The row whose first cell is `key`, or nullptr.
  const std::vector<cell>* row(std::string_view key) const {
    for (const auto& r : rows)
      if (!r.empty() && to_string(r.front()) == key) return &r;
    return nullptr;
  }
  /// Column index by key, or -1.
  int column(std::string_view key) const {
    for (std::size_t i = 0; i < columns.size(); ++i)
      if (columns[i] == key) return static_cast<int>(i);
    return -1;
  }
  /// The cell at row `key`, column `col` (empty when either is missing).
  cell at(std::string_view key, std::string_view col) const {
    const auto* r = row(key);
    const int c = column(col);
    if (!r || c < 0 || static_cast<std::size_t>(c) >= r->size()) return {};
    return (*r)[static_cast<std::size_t>(c)];
  }
  const cell* summary_value(std::string_view key) const {
    for (const auto& [k, v] : summary)
      if (k == key) return &v;
    return nullptr;
  }
};

/// RFC 4180 CSV: header of column keys, then the rows; `,` separated, CRLF-free (`\n`), fields
/// with a comma, quote or line break quoted. Empty cells are empty fields.
inline std::string to_csv(const table& t) {
  auto field = [](const std::string& s) { return csv_field(s, ','); };
  std::string out;
  for (std::size_t i = 0; i < t.columns.size(); ++i) out += (i ? "," : "") + field(t.columns[i]);
  out += '\n';
  for (const auto& r : t.rows) {
    for (std::size_t i = 0; i < r.size(); ++i) out += (i ? "," : "") + field(to_string(r[i]));
    out += '\n';
  }
  return out;
}

namespace detail {
/// Display width in code points (UTF-8 continuation bytes do not count).
inline std::size_t display_width(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}
}  // namespace detail

/// Aligned plain text: a header of column labels, the rows (row label after the key when there is
/// one; a sub-step's label indented), then the summary lines.
inline std::string to_text(const table& t) {
  const bool with_labels = !t.row_labels.empty();
  std::vector<std::vector<std::string>> grid;
  std::vector<std::string> header;
  const auto& heads = t.column_labels.size() == t.columns.size() ? t.column_labels : t.columns;
  for (std::size_t i = 0; i < heads.size(); ++i) {
    header.push_back(heads[i]);
    if (i == 0 && with_labels) header.emplace_back("");
  }
  grid.push_back(header);
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    std::vector<std::string> line;
    for (std::size_t i = 0; i < t.rows[r].size(); ++i) {
      line.push_back(to_string(t.rows[r][i]));
      if (i == 0 && with_labels) {
        const int level = r < t.row_levels.size() ? t.row_levels[r] : 0;
        line.push_back(r < t.row_labels.size() ? std::string(2 * static_cast<std::size_t>(level), ' ') + t.row_labels[r] : "");
      }
    }
    grid.push_back(line);
  }
  std::vector<std::size_t> width;
  for (const auto& line : grid)
    for (std::size_t i = 0; i < line.size(); ++i) {
      if (width.size() <= i) width.push_back(0);
      width[i] = std::max(width[i], detail::display_width(line[i]));
    }
  std::string out;
  for (const auto& line : grid) {
    std::string l;
    for (std::size_t i = 0; i < line.size(); ++i) {
      const std::size_t pad = width[i] - detail::display_width(line[i]);
      const bool left_align = i == 0 || (with_labels && i == 1);
      if (i) l += "  ";
      if (left_align) l += line[i] + std::string(pad, ' ');
      else l += std::string(pad, ' ') + line[i];
    }
    while (!l.empty() && l.back() == ' ') l.pop_back();
    out += l + '\n';
  }
  for (const auto& [k, v] : t.summary) out += k + ": " + (to_string(v).empty() ? "-" : to_string(v)) + '\n';
  return out;
}

/// Row keys for a counted step: "0".."6", "9", and "not_filled" for an empty step.
inline std::string step_key(std::optional<step> s) { return s ? to_string(*s) : "not_filled"; }

/// Labels of the fixed row keys shared by the reports.
inline std::string key_label(std::string_view key, lang l) {
  if (key == "not_filled") return l == lang::nl ? "niet gevuld" : "not filled";
  if (key == "total_1_5") return l == lang::nl ? "totaal trede 1-5" : "total steps 1-5";
  if (key == "grand_total") return l == lang::nl ? "totaal" : "grand total";
  if (key == "new") return l == lang::nl ? "nieuwe instroom" : "new inflow";
  if (key == "left") return l == lang::nl ? "uitgestroomd (9)" : "left (9)";
  if (key == "all") return l == lang::nl ? "alle klanten" : "all clients";
  int v = 0;
  if (pl::detail::parse_uint(key, v))
    if (auto s = step_from_int(v)) return std::string(label(*s, l));
  return "";
}

}  // namespace pl::reports
