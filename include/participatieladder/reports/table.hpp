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
  lang language = lang::nl;                 ///< the language of the labels (set by reports::report)

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
/// `s` without leading blanks (a sub-step's indent).
inline std::string_view trim_view(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  return s;
}
}  // namespace detail

/// Labels people read for the summary keys of every table (SPEC §10) — one table, so no output
/// for people shows an internal key. A key missing here shows as itself (and fails the
/// "no internal keys" tests).
struct summary_key_label {
  std::string_view key;
  text label;
};
inline constexpr summary_key_label summary_key_labels[] = {
    {"reference_date", {"peildatum", "reference date"}},
    {"intake", {"nog niet geplaatst (trede 0)", "not yet placed (step 0)"}},
    {"left", {"uitgestroomd (9)", "left (9)"}},
    {"unknown_gp", {"groeipotentieel onbekend", "growth potential unknown"}},
    {"not_comparable_clients", {"klanten op een subtrede met een andere landelijke trede", "clients on a sub-step with another national step"}},
    {"not_comparable_sub_steps", {"subtreden met een andere landelijke trede (subtrede>trede:klanten)", "sub-steps on another national step (sub-step>step:clients)"}},
    {"comparability_note", {"vergelijkbaarheid", "comparability"}},
    {"population", {"klanten op trede 1-5", "clients on steps 1-5"}},
    {"from", {"van", "from"}},
    {"to", {"tot en met", "to"}},
    {"new_inflow", {"nieuwe instroom", "new inflow"}},
    {"reentry", {"terugstroom (na uitstroom)", "re-entry (after leaving)"}},
    {"left_work", {"uitgestroomd naar werk", "left to work"}},
    {"left_education", {"uitgestroomd naar opleiding", "left to education"}},
    {"left_moved", {"uitgestroomd: verhuisd", "left: moved"}},
    {"left_other_benefit", {"uitgestroomd: andere uitkering", "left: other benefit"}},
    {"left_deceased", {"uitgestroomd: overleden", "left: deceased"}},
    {"left_other", {"uitgestroomd: overig", "left: other"}},
    {"left_unknown", {"uitgestroomd: reden onbekend", "left: reason unknown"}},
    {"left_no_reason", {"uitgestroomd zonder uitstroomreden", "left without an exit reason"}},
    {"stayed", {"gelijk gebleven", "stayed"}},
    {"group_by", {"per", "grouped by"}},
    {"rose", {"gestegen", "rose"}},
    {"fell", {"gedaald", "fell"}},
    {"with_gp", {"met groeipotentieel", "with growth potential"}},
    {"with_gp_rose", {"met groeipotentieel en gestegen", "with growth potential that rose"}},
    {"pct_with_gp_rose", {"% met groeipotentieel dat steeg", "% with growth potential that rose"}},
    {"with_instrument", {"met instrument", "with an instrument"}},
    {"with_instrument_rose_or_left", {"met instrument, gestegen of uitgestroomd naar werk of opleiding",
                                      "with an instrument, rose or left to work or education"}},
    {"pct_with_instrument_rose_or_left", {"% met instrument dat steeg of uitstroomde naar werk of opleiding",
                                          "% with an instrument that rose or left to work or education"}},
    {"with_instrument_left_other", {"met instrument, anders uitgestroomd (geen succes)", "with an instrument, left otherwise (not a success)"}},
    {"without_second_measurement", {"zonder tweede meting", "without a second measurement"}},
    {"without_second_measurement_ids", {"klantnummers zonder tweede meting", "client ids without a second measurement"}},
    {"clients_income_part", {"klanten ten laste van het inkomensdeel", "clients charged to the income part"}},
    {"clients_income_part_partly", {"klanten deels ten laste van het inkomensdeel", "clients partly charged to the income part"}},
    {"clients_participation_budget", {"klanten ten laste van het participatiebudget", "clients charged to the participation budget"}},
    {"not_attributable", {"niet toe te rekenen (trede onbekend of geen regel)", "not attributable (step unknown or no rule)"}},
    {"budget_config", {"budgetverdeling", "budget attribution"}},
    {"total_cost_income_part", {"kosten inkomensdeel per jaar (€)", "cost to the income part per year (€)"}},
    {"total_cost_participation_budget", {"kosten participatiebudget per jaar (€)", "cost to the participation budget per year (€)"}},
};

inline std::string summary_label(std::string_view key, lang l) {
  for (const auto& s : summary_key_labels)
    if (s.key == key) return std::string(s.label(l));
  return std::string(key);
}

/// Labels of coded cell values people read (the cells themselves keep the stable codes).
struct value_code_label {
  std::string_view column;
  std::string_view code;
  text label;
};
inline constexpr value_code_label value_code_labels[] = {
    {"income_part", "yes", {"ja", "yes"}},           {"income_part", "partly", {"deels", "partly"}},
    {"income_part", "no", {"nee", "no"}},            {"participation_budget", "yes", {"ja", "yes"}},
    {"participation_budget", "partly", {"deels", "partly"}}, {"participation_budget", "no", {"nee", "no"}},
    {"scope", "all", {"alle treden", "all steps"}},         {"scope", "not_filled", {"trede niet gevuld", "step not filled"}},
};

/// Columns whose cell is the key of the row's label (the KPI table's `indicator`: `gp_with_instrument`).
/// People read the label in that column (never the key), and the first column keeps its own value
/// alone (the year).
inline constexpr std::string_view labelled_key_columns[] = {"indicator"};

/// The column of `t` that holds the key of each row's label, or npos.
inline std::size_t labelled_key_column(const table& t) {
  for (std::size_t c = 1; c < t.columns.size(); ++c)
    for (const auto k : labelled_key_columns)
      if (t.columns[c] == k) return c;
  return static_cast<std::size_t>(-1);
}

/// Cell `c` of row `r` as people read it in the table's language.
inline std::string cell_display(const table& t, std::size_t r, std::size_t c) {
  if (c != 0 && c == labelled_key_column(t) && r < t.row_labels.size() && !t.row_labels[r].empty()) return t.row_labels[r];
  const std::string v = to_string(t.rows[r][c]);
  if (c < t.columns.size())
    for (const auto& x : value_code_labels)
      if (x.column == t.columns[c] && x.code == v) return std::string(x.label(t.language));
  return v;
}

/// Row `r` as people read it: a step or sub-step key with its label (`2  Sociale contacten…`,
/// a sub-step indented), else the label alone (`niet gevuld`, not `not_filled`); the key when there
/// is no label.
inline std::string row_display(const table& t, std::size_t r) {
  const std::string key = t.rows[r].empty() ? std::string() : to_string(t.rows[r][0]);
  const std::string label = r < t.row_labels.size() ? t.row_labels[r] : std::string();
  if (label.empty() || labelled_key_column(t) != static_cast<std::size_t>(-1)) return key;  // the label is in its own column
  const bool numeric = !key.empty() && key.find_first_not_of("0123456789.") == std::string::npos;
  const int level = r < t.row_levels.size() ? t.row_levels[r] : 0;
  return std::string(2 * static_cast<std::size_t>(level), ' ') + (numeric ? key + "  " + label : label);
}

/// Aligned plain text for people: a header of column labels, the rows (row_display, then the cells
/// as cell_display), then the summary lines with their labels.
inline std::string to_text(const table& t) {
  std::vector<std::vector<std::string>> grid;
  const auto& heads = t.column_labels.size() == t.columns.size() ? t.column_labels : t.columns;
  grid.push_back(heads);
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    std::vector<std::string> line;
    for (std::size_t i = 0; i < t.rows[r].size(); ++i) line.push_back(i == 0 ? row_display(t, r) : cell_display(t, r, i));
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
      if (i) l += "  ";
      if (i == 0) l += line[i] + std::string(pad, ' ');
      else l += std::string(pad, ' ') + line[i];
    }
    while (!l.empty() && l.back() == ' ') l.pop_back();
    out += l + '\n';
  }
  for (const auto& [k, v] : t.summary) out += summary_label(k, t.language) + ": " + (to_string(v).empty() ? "-" : to_string(v)) + '\n';
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
  if (key == "reentry") return l == lang::nl ? "terugstroom (na uitstroom)" : "re-entry (after leaving)";
  if (key == "left") return l == lang::nl ? "uitgestroomd (9)" : "left (9)";
  if (key == "all") return l == lang::nl ? "alle klanten" : "all clients";
  int v = 0;
  if (pl::detail::parse_uint(key, v))
    if (auto s = step_from_int(v)) return std::string(label(*s, l));
  return "";
}

}  // namespace pl::reports
