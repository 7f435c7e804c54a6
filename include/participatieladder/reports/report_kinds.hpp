// SPDX-License-Identifier: Apache-2.0
// The SPEC §10 report tables, listed once. Per table: its name (the CLI's `--table` value, the
// `name` of the computed table, REPORT_KIND_<NAME> in proto/participatieladder/v1/report.proto),
// the number of that proto enum value, the other spellings `--table` accepts (Dutch), the title
// people read (the XLSX report's sheet) and whether it can be grouped by caseworker, team or
// department. The CLI, the messages, the pipeline, the HTML and XLSX reports and the tests go over
// this table or look a kind up in it; none keeps a list of its own.
#pragma once

#include "../error.hpp"
#include "../lang.hpp"

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

namespace pl::reports {

enum class report_kind { placement, target, caseload, comparison, movement, kpi, budget };

struct report_kind_info {
  report_kind kind;
  std::string_view name;                         ///< `--table`, table::name, REPORT_KIND_<NAME>
  int proto_number;                              ///< participatieladder.v1.ReportKind's number (checked: report_message.cpp)
  std::array<std::string_view, 2> other_names;   ///< other spellings `--table` accepts, Dutch first; "" = none
  text title;                                    ///< the XLSX sheet (Excel: at most 31 characters, no []:*?/\)
  bool groupable;  ///< SPEC §10: grouped by caseworker, team or department; asking another table is refused
};

/// In the order of report_kind (the HTML and XLSX reports and `--help` list them in this order).
inline constexpr report_kind_info report_kinds[] = {
    {report_kind::placement, "placement", 1, {"plaatsing", "treden"}, {"Plaatsing", "Placement"}, false},
    {report_kind::target, "target", 2, {"doel", "doeltrede"}, {"Doelen", "Targets"}, false},
    {report_kind::caseload, "caseload", 3, {"klantenbestand", "bestand"}, {"Caseload", "Caseload"}, true},
    {report_kind::comparison, "comparison", 4, {"vergelijking", ""}, {"Vergelijking", "Comparison"}, true},
    {report_kind::movement, "movement", 5, {"beweging", "doorstroom"}, {"Beweging", "Movement"}, true},
    {report_kind::kpi, "kpi", 6, {"prestatie-indicatoren", "indicatoren"}, {"Indicatoren", "Indicators"}, false},
    {report_kind::budget, "budget", 7, {"begroting", ""}, {"Budget", "Budget"}, false},
};

namespace report_kinds_detail {
constexpr bool in_enum_order() {
  for (std::size_t i = 0; i < std::size(report_kinds); ++i)
    if (report_kinds[i].kind != static_cast<report_kind>(i)) return false;
  return static_cast<std::size_t>(report_kind::budget) + 1 == std::size(report_kinds);
}
}  // namespace report_kinds_detail
static_assert(report_kinds_detail::in_enum_order(), "report_kinds: one row per report_kind, in the enum's order");

constexpr const report_kind_info& kind_info(report_kind k) noexcept { return report_kinds[static_cast<std::size_t>(k)]; }

constexpr std::string_view to_string(report_kind k) noexcept { return kind_info(k).name; }

/// The tables that can be grouped by caseworker, team or department (SPEC §10: caseload overview,
/// comparison between caseworkers, movement — the team's second measurement). Asking another table
/// for a grouping is refused, never silently ignored.
constexpr bool groupable(report_kind k) noexcept { return kind_info(k).groupable; }

/// The names of the tables (only the groupable ones when asked) for people: "a, b, c" with
/// `last_joiner` before the last ("placement, ..., kpi or budget").
inline std::string report_kind_list(std::string_view last_joiner, bool only_groupable = false) {
  std::string out;
  std::size_t left = 0;
  for (const auto& k : report_kinds) left += !only_groupable || k.groupable;
  for (const auto& k : report_kinds) {
    if (only_groupable && !k.groupable) continue;
    out += k.name;
    --left;
    if (left > 1) out += ", ";
    else if (left == 1) out += last_joiner;
  }
  return out;
}

inline result<report_kind> parse_report_kind(std::string_view s) {
  for (const auto& k : report_kinds)
    if (k.name == s) return k.kind;
  return fail(errc::invalid_argument, "unknown report table '" + std::string(s) + "' (expected " + report_kind_list(" or ") + ")");
}

}  // namespace pl::reports
