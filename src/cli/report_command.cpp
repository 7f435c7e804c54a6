// SPDX-License-Identifier: Apache-2.0
// `pladder report FILE... --reference-date D --table T` — management information (SPEC §10) over
// base-data-set files (SPEC §6), with an optional SPEC §9 extension set. Every figure comes from
// pl::reports::report (docs/reports.md); this file only reads options and files, and prints the
// table as text, CSV (the stable column/row layout) or JSON. `--html FILE` writes the
// self-contained HTML report (report_html library).
//
// Exit codes: 0 = report written, 2 = usage error, an unreadable file or extension configuration.
// Unreadable values in a file are not fatal: those values count as empty, and the number of such
// input findings is reported on stderr (`pladder check` lists them).
#include "command_registry.hpp"
#include "json_output.hpp"

#include <participatieladder/extensions_file.hpp>
#include <participatieladder/io/file_reader.hpp>
#include <participatieladder/report_html.hpp>
#include <participatieladder/reports.hpp>

#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace pl::cli {
namespace {

struct report_cli_options {
  std::vector<std::string> files;
  std::string reference_date;
  std::string table;
  std::string from;
  std::string to;
  std::string by = "caseworker";
  std::string extensions;
  std::string format = "text";
  std::string lang = "nl";
  std::string html;
};

int usage_error(const std::string& message) {
  std::cerr << "pladder report: " << message << '\n';
  return exit_usage;
}

json::Value cell_json(const reports::cell& c) {
  if (const auto* i = std::get_if<std::int64_t>(&c)) return json::number(static_cast<double>(*i));
  if (const auto* s = std::get_if<std::string>(&c)) return json::string(*s);
  return json::null();
}

/// One JSON object: {"table", "columns", "rows": [{column: value}], "summary": {key: value}}.
std::string table_json(const reports::table& t) {
  std::vector<json::Value> columns, rows;
  for (const auto& c : t.columns) columns.push_back(json::string(c));
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    json::object row;
    for (std::size_t i = 0; i < t.rows[r].size() && i < t.columns.size(); ++i) row.set(t.columns[i], cell_json(t.rows[r][i]));
    if (r < t.row_labels.size()) row.set("label", json::string(t.row_labels[r]));
    rows.push_back(row.value());
  }
  json::object summary;
  for (const auto& [k, v] : t.summary) summary.set(k, cell_json(v));
  return json::object()
      .set("table", json::string(t.name))
      .set("columns", json::list(std::move(columns)))
      .set("rows", json::list(std::move(rows)))
      .set("summary", summary.value())
      .line();
}

std::optional<std::string> parse_optional_date(const std::string& text, const char* option, std::optional<date>& out) {
  if (text.empty()) return std::nullopt;
  auto d = parse_date(text);
  if (!d) return std::string(option) + ": " + d.error().message;
  out = d.value();
  return std::nullopt;
}

int run_report(const report_cli_options& o) {
  if (o.table.empty() && o.html.empty()) return usage_error("give --table TABLE and/or --html FILE");
  reports::report_options ro;
  ro.language = parse_lang(o.lang).value();
  auto reference = parse_date(o.reference_date);
  if (!reference) return usage_error("--reference-date: " + reference.error().message);
  ro.reference = reference.value();
  if (auto e = parse_optional_date(o.from, "--from", ro.from)) return usage_error(*e);
  if (auto e = parse_optional_date(o.to, "--to", ro.to)) return usage_error(*e);
  auto by = reports::parse_group_by(o.by);
  if (!by) return usage_error("--by: " + by.error().message);
  ro.by = by.value();

  std::optional<extension_set> extensions;
  if (!o.extensions.empty()) {
    auto set = read_extension_set(o.extensions);
    if (!set) return usage_error(set.error().message);
    extensions = std::move(set).value();
    ro.extensions = &*extensions;
  }

  // Records of all files together form the histories (SPEC §7).
  std::vector<record> records;
  std::size_t input_findings = 0;
  for (std::size_t i = 0; i < o.files.size(); ++i) {
    auto r = read_file(o.files[i], static_cast<std::uint32_t>(i));
    if (!r) return usage_error(r.error().message);
    input_findings += r.value().findings.size();
    std::move(r.value().records.begin(), r.value().records.end(), std::back_inserter(records));
  }
  if (input_findings > 0)
    std::cerr << "pladder report: " << input_findings
              << " value(s) or row(s) could not be read and count as empty; run `pladder check` for the list\n";

  if (!o.html.empty()) {
    auto page = render_html_report(records, ro);
    if (!page) return usage_error(page.error().message);
    std::ofstream out(o.html, std::ios::binary | std::ios::trunc);
    out << page.value();
    out.close();
    if (!out) return usage_error(o.html + ": cannot write the HTML report");
    if (o.table.empty()) return exit_ok;
  }

  auto kind = reports::parse_report_kind(o.table);
  if (!kind) return usage_error("--table: " + kind.error().message);
  ro.kind = kind.value();
  auto t = reports::report(records, ro);
  if (!t) return usage_error(t.error().message);
  if (o.format == "csv") std::cout << reports::to_csv(t.value());
  else if (o.format == "json") std::cout << table_json(t.value()) << '\n';
  else std::cout << reports::to_text(t.value());
  return exit_ok;
}

const bool registered = register_command({"report", 30, [](CLI::App& app) {
  auto o = std::make_shared<report_cli_options>();
  app.description("Management information (SPEC §10) over base-data-set files: placement, target, caseload, "
                  "comparison, movement, kpi or budget table, or a self-contained HTML report");
  app.add_option("files", o->files, "CSV or JSON Lines files (SPEC §6)")->required()->check(CLI::ExistingFile);
  app.add_option("--reference-date", o->reference_date, "Reference date YYYY-MM-DD: each client counts at its latest measurement on or before it")
      ->required();
  app.add_option("--table", o->table, "Report table")
      ->check(CLI::IsMember({"placement", "target", "caseload", "comparison", "movement", "kpi", "budget"}));
  app.add_option("--from", o->from, "movement: first date (default 12 months before --to); kpi: first calendar year");
  app.add_option("--to", o->to, "movement: second date (default the reference date); kpi: last calendar year");
  app.add_option("--by", o->by, "caseload/comparison: group by caseworker or team")->check(CLI::IsMember({"caseworker", "team"}));
  app.add_option("--extensions", o->extensions, "Extension set JSON (SPEC §9 sub-steps), e.g. examples/extensions/heemskerk.json");
  app.add_option("--format", o->format, "Output format")->check(CLI::IsMember({"text", "csv", "json"}));
  app.add_option("--lang", o->lang, "Language of labels (nl or en); keys and numbers never change")->check(CLI::IsMember({"nl", "en"}));
  app.add_option("--html", o->html, "Also write the self-contained HTML report (tables and charts) to this file");
  return std::function<int()>([o] { return run_report(*o); });
}});

}  // namespace
}  // namespace pl::cli
