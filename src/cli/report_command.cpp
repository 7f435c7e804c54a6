// SPDX-License-Identifier: Apache-2.0
// `pladder report FILE... --reference-date D --table T` — management information (SPEC §10) over
// base-data-set files (SPEC §6), with an optional SPEC §9 extension set. Every figure comes from
// pl::reports::report (docs/reports.md); this file only reads options and files, and prints the
// table as text, CSV (the stable column/row layout) or JSON. `--html FILE` writes the
// self-contained HTML report (report_html library).
//
// Exit codes: 0 = report written and nothing read is lost (records after the reference date are
// outside the period, counted in the data-quality block); 1 = report written, but values could not
// be read, rows were skipped or records have no readable client id or measurement date (said on
// standard error for every output; the data-quality block says what and why; `pladder check` lists
// them); 2 = usage error, an unreadable file or extension configuration.
#include "cli_text.hpp"
#include "command_registry.hpp"
#include "csv_dialect.hpp"
#include "read_inputs.hpp"

#include "messages/json.hpp"
#include "messages/report_message.hpp"
#include "pipeline/report.hpp"
#include "pipeline/report_stream.hpp"
#include "progress.hpp"
#include "support/output_file.hpp"

#include <participatieladder/extensions_file.hpp>

#include "messages/budget_message.hpp"
#include <participatieladder/reports.hpp>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pl::cli {
namespace {

struct report_cli_options {
  std::vector<std::string> files;
  std::string reference_date;
  std::string table;
  std::string from;
  std::string to;
  std::string by;
  std::string extensions;
  std::string budget;
  std::string format = "text";
  std::string lang = "nl";
  std::string html;
  std::string xlsx;
  std::string csv;
  std::string title;         ///< HTML/XLSX title
  std::string municipality;  ///< HTML/XLSX/data quality
  input_options input;  ///< --encoding, --columns (SPEC §6)
  bool stream = false;  ///< --stream: a file grouped by client, a part of complete clients at a time (issue 25)
  std::size_t part_records = pipeline::client_part_settings{}.part_records;
  std::size_t block_kib = pipeline::client_part_settings{}.block_bytes / 1024;
};

int usage_error(const std::string& message) {
  std::cerr << "pladder report: " << message << '\n';
  return exit_usage;
}

/// The exit status of a report written (SPEC §6 "nothing is lost silently"): 1 when something
/// read is not in the figures, and then what, on standard error, whatever the output (--table,
/// --html, --xlsx); 0 otherwise — records after the reference date are outside the period (SPEC §8
/// "Checks inside a report", revised) and counted in the data-quality block, not a failure. A file
/// without records says so.
int report_status(const reports::data_quality& q, const pipeline::reference_date& reference) {
  const bool nl = ui_dutch();
  if (q.records == 0)
    std::cerr << "pladder report: " << (nl ? "de invoer bevat geen records; er is niets geteld" : "the input holds no records; nothing is counted")
              << (reference.day ? "" : nl ? " (en er is geen peildatum)" : " (and there is no reference date)") << '\n';
  else if (!reference.day)
    std::cerr << "pladder report: " << (nl ? "geen enkel record heeft een leesbare meetdatum; geef --reference-date\n"
                                           : "no record has a readable measurement date; give --reference-date\n");
  if (!q.lost()) return exit_ok;
  std::cerr << "pladder report: " << (nl ? "niet alles is meegeteld: " : "not everything is counted: ") << reports::lost_summary(q, ui_language())
            << (nl ? " (zie gegevenskwaliteit; de lijst per record: pladder check)\n" : " (see data quality; the list per record: pladder check)\n");
  return exit_findings;
}

int run_report(const report_cli_options& o) {
  if (o.table.empty() && o.html.empty() && o.xlsx.empty()) return usage_error(say(msg::report_needs_output, ui_language()));
  const lang language = parse_lang(o.lang).value();
  pipeline::report_settings settings;
  settings.reference_date = o.reference_date;
  settings.from_date = o.from;
  settings.to_date = o.to;
  settings.title = o.title;
  settings.municipality = o.municipality;
  if (!o.by.empty()) {
    auto by = reports::parse_group_by(o.by);
    if (!by) return usage_error("--by: " + text_of(by.error()));
    settings.by = by.value();
  }
  if (!o.table.empty()) {
    auto kind = reports::parse_report_kind(o.table);
    if (!kind) return usage_error("--table: " + text_of(kind.error()));
    settings.kind = kind.value();
  }
  std::optional<extension_set> extensions;
  if (!o.extensions.empty()) {
    auto set = read_extension_set(o.extensions);
    if (!set) return usage_error(text_of(set.error()));
    extensions = std::move(set).value();
    settings.extensions = &*extensions;
  }
  std::optional<reports::budget_config> budget;
  if (!o.budget.empty()) {
    auto config = messages::read_budget_config(o.budget);
    if (!config) return usage_error(text_of(config.error()));
    budget = std::move(config).value();
    settings.budget = &*budget;
  }

  auto how = load_input_options(o.input, "report");
  if (!how) return exit_usage;
  result<pipeline::report_outcome> outcome = pipeline::report_outcome{};
  if (o.stream) {
    // one table over one grouped CSV file, a part of complete clients at a time (issue 25)
    if (o.table.empty() || !o.html.empty() || !o.xlsx.empty()) return usage_error(say(msg::report_stream_table_only, ui_language()));
    if (o.files.size() != 1 || pipeline::resolve_format(pipeline::input_format::automatic, o.files.front()) != pipeline::input_format::csv)
      return usage_error(say(msg::report_stream_one_csv, ui_language()));
    std::error_code ec;
    const auto size = std::filesystem::file_size(o.files.front(), ec);
    progress_meter meter("report", ec ? 0 : static_cast<std::size_t>(size), o.input.quiet);
    if (meter.on()) how->progress = [&](std::size_t done, std::size_t, std::size_t records) { meter.update(done, records); };
    outcome = pipeline::report_stream(o.files.front(), settings, *how, {.part_records = o.part_records, .block_bytes = o.block_kib * 1024});
    meter.finish();
    if (!outcome) return usage_error(in_flags(text_of(outcome.error())));
  } else {
    // Tables and the HTML page read the caseload store only; the workbook's worklist needs the checks.
    auto set = read_inputs(o.files, "report", *how, o.input.quiet, o.xlsx.empty());
    if (!set) return exit_usage;

    if (!o.html.empty()) {
      auto page = pipeline::report_html(*set, settings, language);
      if (!page) return usage_error(in_flags(text_of(page.error())));
      if (auto written = support::write_output_file(o.html, page.value(), "HTML report"); !written)
        return usage_error(text_of(written.error()));
    }
    if (!o.xlsx.empty()) {
      auto book = pipeline::report_xlsx(*set, settings, language, check_config{});
      if (!book) return usage_error(in_flags(text_of(book.error())));
      if (auto written = support::write_output_file(o.xlsx, book.value(), "workbook"); !written)
        return usage_error(text_of(written.error()));
    }
    if (o.table.empty()) {
      auto reference = pipeline::resolve_reference_date(settings.reference_date, *pipeline::caseload_of(*set), "reference_date");
      if (!reference) return usage_error(in_flags(text_of(reference.error())));
      return report_status(pipeline::assess(*set, reference.value().value()), reference.value());
    }

    outcome = pipeline::report(*set, settings);
    if (!outcome) return usage_error(in_flags(text_of(outcome.error())));
  }
  const auto& result = outcome.value();
  const reports::table& t = language == lang::en ? result.en : result.nl;
  const auto quality = reports::data_quality_lines(result.quality, language);
  const bool nl = language == lang::nl;
  if (o.format == "json") {
    // The ReportResponse of the v1 schema: the same bytes pl_report_file_json gives for this input.
    auto json = messages::to_json(messages::to_message(result));
    if (!json) return usage_error(text_of(json.error()));
    std::cout << json.value() << '\n';
  } else if (o.format == "csv") {
    const csv_dialect d = dialect_for(o.csv, language);
    if (o.csv == "rfc4180") {
      std::cout << reports::to_csv(t);  // the stable layout: column and row keys (docs/reports.md)
    } else {
      csv_out csv(std::cout, d);  // for people: labels, and the data-quality block below the table
      csv.row(t.column_labels.size() == t.columns.size() ? t.column_labels : t.columns);
      for (std::size_t r = 0; r < t.rows.size(); ++r) {
        std::vector<std::string> cells;
        for (std::size_t c = 0; c < t.rows[r].size(); ++c) cells.push_back(c == 0 ? std::string(detail::trim(reports::row_display(t, r))) : reports::cell_display(t, r, c));
        csv.row(cells);
      }
      for (const auto& [k, v] : t.summary) csv.row({reports::summary_label(k, language), reports::to_string(v)});
      csv.row({});
      csv.row({nl ? "gegevenskwaliteit" : "data quality"});
      for (const auto& line : quality) csv.row({line});
    }
  } else {
    std::cout << reports::to_text(t) << '\n' << (nl ? "gegevenskwaliteit\n" : "data quality\n");
    for (const auto& line : quality) std::cout << "  " << line << '\n';
  }
  return report_status(result.quality, result.reference);
}

/// `--table`: every report table (reports/report_kinds.hpp) with its other spellings.
std::vector<choice> table_choices() {
  std::vector<choice> out;
  for (const auto& k : reports::report_kinds) {
    choice c{std::string(k.name), {}};
    for (const auto name : k.other_names)
      if (!name.empty()) c.spellings.emplace_back(name);
    out.push_back(std::move(c));
  }
  return out;
}

const bool registered = register_command({"report", 30, [](CLI::App& app) {
  auto o = std::make_shared<report_cli_options>();
  app.description("Management information (SPEC §10) over base-data-set files: " + reports::report_kind_list(" or ") +
                  " table, or a self-contained HTML report");
  app.add_option("files", o->files, "CSV or JSON Lines files (SPEC §6); - reads standard input")->required();
  app.add_option("--reference-date", o->reference_date,
                 "Reference date YYYY-MM-DD: each client counts at its latest measurement on or before it; default: the latest "
                 "measured_on in the input (as pladder check; never the system clock)");
  app.add_option("--table", o->table, "Report table")
      ->transform(choices(table_choices()));
  app.add_option("--from", o->from, "movement: first date (default 12 months before --to); kpi: first calendar year");
  app.add_option("--to", o->to, "movement: second date (default the reference date); kpi: last calendar year");
  app.add_option("--by", o->by, "caseload/comparison: group by caseworker, team or department (default caseworker); movement: one row per group with its transitions and characteristics; other tables refuse it")->transform(choices({{"caseworker", {"klantmanager", "medewerker", "consulent"}}, {"team", {}}, {"department", {"afdeling"}}}));
  app.add_option("--budget", o->budget, "Budget configuration JSON (SPEC §10: per step and income situation the budgets, share, cost per client-year); default: the Sneek table");
  app.add_option("--extensions", o->extensions, "Extension set JSON (SPEC §9 sub-steps), e.g. examples/extensions/heemskerk.json");
  add_input_options(app, o->input);
  add_csv_option(app, o->csv);
  app.add_option("--format", o->format, "Output format: text, csv (rfc4180: the stable key layout), json (the v1 ReportResponse)")
      ->transform(choices({{"text", {"tekst"}}, {"csv", {}}, {"json", {}}}))
      ->capture_default_str();
  app.add_option("--lang", o->lang, "Language of labels (nl or en); keys and numbers never change")
      ->check(CLI::IsMember({"nl", "en"}))
      ->capture_default_str();
  app.add_option("--html", o->html, "Also write the self-contained HTML report (tables and charts) to this file");
  app.add_option("--xlsx", o->xlsx,
                 "Also write an Excel workbook to this file: a sheet per table, the findings (with caseworker, team and a "
                 "filter) and the data quality");
  app.add_option("--title", o->title, "Title of the HTML report and the workbook (default: Participatieladder — rapportage)");
  app.add_option("--municipality", o->municipality, "Municipality whose report it is: in the HTML header, the workbook and the data-quality block");
  app.add_flag("--stream", o->stream,
               "Make the table (--table) over one large CSV file a part at a time in bounded memory; the file must be grouped "
               "by client (every client's rows together) and --reference-date given. The output is the same as without --stream; "
               "--html and --xlsx go without it");
  app.add_option("--part-records", o->part_records, "With --stream: records counted (and held in memory) at a time")
      ->check(CLI::Range(std::size_t{1}, std::size_t{1} << 30))
      ->capture_default_str();
  app.add_option("--block-kib", o->block_kib, "With --stream: KiB of the file read at a time")
      ->check(CLI::Range(std::size_t{1}, std::size_t{1} << 20))
      ->capture_default_str();
  return std::function<int()>([o] { return run_report(*o); });
}});

}  // namespace
}  // namespace pl::cli
