// SPDX-License-Identifier: Apache-2.0
// `pladder check FILE...` — read base-data-set files (SPEC §6) and run the consistency checks
// (SPEC §8) over all their records together (a client's history may span files, SPEC §7).
// Unreadable values are `input` findings from the readers; everything else comes from
// pl::run_checks. This file only reads options, calls the library and prints.
//
// Exit codes: 0 = no error-severity finding, 1 = error findings present, 2 = usage error, an
// unreadable file or configuration.
#include "cli_text.hpp"
#include "command_registry.hpp"
#include "findings_output.hpp"
#include "progress.hpp"
#include "read_inputs.hpp"

#include "messages/check_message.hpp"
#include "messages/json.hpp"
#include "pipeline/check.hpp"
#include "pipeline/check_stream.hpp"

#include <participatieladder/checks.hpp>
#include <participatieladder/config/check_config_json.hpp>
#include <participatieladder/extensions_file.hpp>
#include <participatieladder/report_xlsx.hpp>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <set>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace pl::cli {
namespace {

struct check_options {
  std::vector<std::string> files;
  std::string reference_date;
  std::string config;
  std::string extensions;  ///< SPEC §9 extension set (PL014), the file `pladder report --extensions` takes
  std::string format = "text";
  std::string lang = "nl";
  input_options input;  ///< --encoding, --columns (SPEC §6)
  std::string csv;      ///< --csv dialect ("" = by language)
  std::string by = "client";
  bool stream = false;  ///< --stream: a file grouped by client, checked a part at a time (issue 13)
  std::size_t part_records = pipeline::stream_settings{}.part_records;
  std::size_t block_kib = pipeline::stream_settings{}.block_bytes / 1024;
  bool current = false;  ///< --current: each client's current measurement only (SPEC §8 revised)
  std::string split;     ///< --split caseworker|team: one worklist file per caseworker or team
  std::string out_dir;   ///< --out-dir DIR for --split
};

int usage_error(const std::string& message);

/// A file name for a worklist of `group`: letters, digits, `-`, `_` and `.` kept, other characters `_`.
std::string worklist_file_name(const std::string& group, bool nl, const std::string& extension) {
  std::string name;
  for (const unsigned char c : group) name += (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c >= 0x80) ? static_cast<char>(c) : '_';
  if (name.empty()) name = nl ? "niet-ingevuld" : "not-filled";
  return (nl ? "werklijst-" : "worklist-") + name + extension;
}

/// `--split`: one worklist file per caseworker or team in `dir` (XLSX, or Excel CSV with --format
/// csv), then a summary of the counts per file on standard output. Findings about a whole file or a
/// record without a caseworker/team go to the "niet ingevuld" list.
int write_split(const pipeline::check_outcome& outcome, const check_options& o, lang l) {
  const bool nl = l == lang::nl;
  const bool by_team = o.split == "team";
  std::error_code ec;
  std::filesystem::create_directories(o.out_dir, ec);
  if (ec) return usage_error("--out-dir " + o.out_dir + ": " + ec.message());
  std::map<std::string, std::vector<finding>> groups;
  for (const auto& f : outcome.findings) groups[by_team ? f.team : f.caseworker].push_back(f);
  const bool csv = o.format == "csv";
  std::size_t files = 0;
  std::cout << (nl ? (by_team ? "werklijsten per team in " : "werklijsten per klantmanager in ")
                   : (by_team ? "worklists per team in " : "worklists per caseworker in "))
            << o.out_dir << '\n';
  for (const auto& [group, list] : groups) {
    const std::string file = (std::filesystem::path(o.out_dir) / worklist_file_name(group, nl, csv ? ".csv" : ".xlsx")).string();
    if (csv) {
      std::ofstream out(file, std::ios::binary);
      print_findings_csv(list, l, dialect_for(o.csv, l), out);
      if (!out) return usage_error(file + ": " + (nl ? "kan niet schrijven" : "cannot write"));
    } else {
      const std::string title = std::string(nl ? "Werklijst " : "Worklist ") + (group.empty() ? (nl ? "(niet ingevuld)" : "(not filled)") : group);
      auto written = write_xlsx_worklist(file, list, l, title, outcome.reference.value());
      if (!written) return usage_error(written.error().message);
    }
    std::size_t errors = 0, warnings = 0, infos = 0, clients = 0;
    std::set<std::string> seen;
    for (const auto& f : list) {
      (f.severity == severity::error ? errors : f.severity == severity::warning ? warnings : infos)++;
      if (!f.client_id.empty() && seen.insert(f.client_id).second) ++clients;
    }
    ++files;
    std::cout << "  " << std::filesystem::path(file).filename().string() << ": " << list.size() << (nl ? " bevindingen (" : " findings (")
              << errors << (nl ? " fouten, " : " errors, ") << warnings << (nl ? " waarschuwingen, " : " warnings, ") << infos << " info) "
              << (nl ? "over " : "about ") << clients << (nl ? " klanten\n" : " clients\n");
  }
  std::cout << (nl ? "samenvatting: " : "summary: ") << files << (nl ? " werklijsten, " : " worklists, ") << outcome.findings.size()
            << (nl ? " bevindingen" : " findings") << '\n';
  print_name_variants(outcome, l);
  return outcome.errors > 0 ? exit_findings : exit_ok;
}

int usage_error(const std::string& message) {
  std::cerr << "pladder check: " << message << '\n';
  return exit_usage;
}

int run_check(const check_options& o) {
  const lang l = parse_lang(o.lang).value();
  check_config config;
  if (!o.config.empty()) {
    auto c = load_check_config(o.config);
    if (!c) return usage_error(text_of(c.error()));
    config = std::move(c).value();
  }
  std::optional<extension_set> extensions;
  if (!o.extensions.empty()) {
    auto set = read_extension_set(o.extensions);
    if (!set) return usage_error(text_of(set.error()));
    extensions = std::move(set).value();
    config.extensions = &*extensions;
  }
  if (!o.split.empty() && o.out_dir.empty()) return usage_error(l == lang::nl ? "--split heeft --out-dir MAP nodig" : "--split needs --out-dir DIR");
  if (o.split.empty() && !o.out_dir.empty()) return usage_error(l == lang::nl ? "--out-dir hoort bij --split" : "--out-dir goes with --split");
  if (o.stream && (o.current || !o.split.empty()))
    return usage_error(l == lang::nl ? "--current en --split gaan niet samen met --stream" : "--current and --split do not go with --stream");
  auto how = load_input_options(o.input, "check");
  if (!how) return exit_usage;
  result<pipeline::check_outcome> outcome = pipeline::check_outcome{};
  if (o.stream) {
    if (o.files.size() != 1 || pipeline::resolve_format(pipeline::input_format::automatic, o.files.front()) != pipeline::input_format::csv)
      return usage_error(say(msg::stream_one_csv, ui_language()));
    std::error_code ec;
    const auto size = std::filesystem::file_size(o.files.front(), ec);
    progress_meter meter("check", ec ? 0 : static_cast<std::size_t>(size), o.input.quiet);
    if (meter.on()) how->progress = [&](std::size_t done, std::size_t, std::size_t records) { meter.update(done, records); };
    outcome = pipeline::check_stream(o.files.front(), o.reference_date, config, *how, {.part_records = o.part_records, .block_bytes = o.block_kib * 1024, .threads = how->threads});
    meter.finish();
    if (!outcome) return usage_error(text_of(outcome.error()));
  } else {
    auto set = read_inputs(o.files, "check", *how, o.input.quiet);
    if (!set) return exit_usage;
    outcome = pipeline::check(*set, o.reference_date, config, how->threads);
    if (!outcome) return usage_error(in_flags(text_of(outcome.error())));
    if (o.current) {  // SPEC §8 (revised): each client's current measurement, with its history checks
      auto& out = outcome.value();
      out.findings = pipeline::current_only(*set, std::move(out.findings), out.reference.value());
      pipeline::count_severities(out);
    }
  }
  if (!o.split.empty()) return write_split(outcome.value(), o, l);

  if (o.format == "json") {
    // The CheckResponse of the v1 schema: the same bytes pl_check_file_json gives for this input.
    auto json = messages::to_json(messages::to_message(outcome.value()));
    if (!json) return usage_error(text_of(json.error()));
    std::cout << json.value() << '\n';
  } else if (o.format == "csv") {
    print_findings_csv(outcome.value().findings, l, dialect_for(o.csv, l));
  } else {
    const auto by = o.by == "caseworker" ? finding_grouping::caseworker : o.by == "team" ? finding_grouping::team : finding_grouping::client;
    print_findings_text(outcome.value(), l, by);
  }
  return outcome.value().errors > 0 ? exit_findings : exit_ok;
}

const bool registered = register_command({"check", 30, [](CLI::App& app) {
  auto o = std::make_shared<check_options>();
  app.description(
      "Check base-data-set files (SPEC §6, CSV or JSON Lines) with the consistency checks (SPEC §8). "
      "Exit code 0: no error findings; 1: error findings; 2: usage error or unreadable file");
  app.add_option("files", o->files, "CSV (`;` or `,`) or .jsonl/.ndjson files; their records are checked together; - reads standard input")
      ->required();
  app.add_option("--reference-date", o->reference_date,
                 "Reference date ('today') YYYY-MM-DD; default: the latest measured_on in the input (never the system clock)");
  app.add_option("--config", o->config, "Municipal check configuration (JSON: disabled_checks, severity, reassessment_months, intake_months)");
  app.add_option("--extensions", o->extensions, "Extension set JSON (SPEC §9 sub-steps): PL014 also flags sub-steps it does not define");
  add_input_options(app, o->input);
  app.add_option("--format", o->format, "Output format: text (for people), csv, or json (the v1 CheckResponse)")
      ->transform(choices({{"text", {"tekst"}}, {"json", {}}, {"csv", {}}}))
      ->capture_default_str();
  add_csv_option(app, o->csv);
  app.add_option("--by", o->by, "Text output grouped per client, or worklists per caseworker or team")
      ->transform(choices({{"client", {"klant"}}, {"caseworker", {"klantmanager", "medewerker", "consulent"}}, {"team", {}}}))
      ->capture_default_str();
  app.add_option("--lang", o->lang, "Language of the messages and labels")->check(CLI::IsMember({"nl", "en"}))->capture_default_str();
  app.add_flag("--stream", o->stream,
               "Check one large CSV file a part at a time in bounded memory; the file must be grouped by client (every client's "
               "rows together) and --reference-date given. The output is the same as without --stream");
  app.add_option("--part-records", o->part_records, "With --stream: records checked (and held in memory) at a time")
      ->check(CLI::Range(std::size_t{1}, std::size_t{1} << 30))
      ->capture_default_str();
  app.add_option("--block-kib", o->block_kib, "With --stream: KiB of the file read at a time")
      ->check(CLI::Range(std::size_t{1}, std::size_t{1} << 20))
      ->capture_default_str();
  app.add_flag("--current", o->current,
               "Only each client's current measurement (the latest on or before the reference date) with the history checks; "
               "findings on earlier (superseded) and later measurements are left out");
  app.add_option("--split", o->split, "Write one worklist per caseworker or team into --out-dir (XLSX, or Excel CSV with --format csv)")
      ->check(CLI::IsMember({"caseworker", "team"}));
  app.add_option("--out-dir", o->out_dir, "Directory for the worklists of --split (created when missing)");
  return std::function<int()>([o] { return run_check(*o); });
}});

}  // namespace
}  // namespace pl::cli
