// SPDX-License-Identifier: Apache-2.0
// `pladder check FILE...` — read base-data-set files (SPEC §6) and run the consistency checks
// (SPEC §8) over all their records together (a client's history may span files, SPEC §7).
// Unreadable values are `input` findings from the readers; everything else comes from
// pl::run_checks. This file only reads options, calls the library and prints.
//
// Exit codes: 0 = no error-severity finding, 1 = error findings present, 2 = usage error, an
// unreadable file or configuration.
#include "command_registry.hpp"
#include "json_output.hpp"

#include <participatieladder/checks.hpp>
#include <participatieladder/config/check_config_json.hpp>
#include <participatieladder/extensions_file.hpp>
#include <participatieladder/io/file_reader.hpp>
#include <participatieladder/io/input_consequences.hpp>

#include <unistd.h>

#include <algorithm>
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
};

/// A finding with the index of the file it came from (for ordering).
struct located {
  finding f;
  std::uint32_t source;
};

/// Input larger than this shows progress on stderr, when stderr is a terminal.
constexpr std::uintmax_t progress_bytes = 16u * 1024u * 1024u;

int usage_error(const std::string& message) {
  std::cerr << "pladder check: " << message << '\n';
  return exit_usage;
}

std::string measured_text(const finding& f) { return f.measured_on ? f.measured_on->iso() : ""; }

std::string joined_fields(const finding& f) {
  std::string out;
  for (const auto& k : f.fields) out += (out.empty() ? "" : " ") + k;
  return out;
}

json::object finding_json(const finding& f, lang l) {
  std::vector<json::Value> fields;
  for (const auto& k : f.fields) fields.push_back(json::string(k));
  auto o = json::object()
               .set("check", json::string(f.check))
               .set("severity", json::string(to_string(f.severity)))
               .set("client_id", json::string(f.client_id))
               .set("file", json::string(f.file))
               .set("line", json::number(static_cast<double>(f.line)))
               .set("measured_on", f.measured_on ? json::string(f.measured_on->iso()) : json::null())
               .set("fields", json::list(std::move(fields)))
               .set("message", json::string(f.message_in(l)));
  if (f.check == input_check_id) o.set("key", json::string(f.key)).set("value", json::string(f.value));
  return o;
}

/// RFC 4180 quoting for the CSV output.
std::string csv_cell(std::string_view v) {
  if (v.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(v);
  std::string out = "\"";
  for (const char c : v) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + '"';
}

void print_csv(const std::vector<located>& all, lang l) {
  std::cout << "check,severity,client_id,file,line,measured_on,fields,message,key,value\n";
  for (const auto& [f, source] : all) {
    std::cout << csv_cell(f.check) << ',' << to_string(f.severity) << ',' << csv_cell(f.client_id) << ',' << csv_cell(f.file)
              << ',' << f.line << ',' << measured_text(f) << ',' << csv_cell(joined_fields(f)) << ','
              << csv_cell(f.message_in(l)) << ',' << csv_cell(f.key) << ',' << csv_cell(f.value) << '\n';
  }
}

void print_text(const std::vector<located>& all, std::size_t records, std::size_t files, const date& reference,
                bool reference_given, lang l) {
  const bool nl = l == lang::nl;
  // findings grouped by client, clients in order of their first finding
  std::vector<std::string> clients;
  std::map<std::string, std::vector<const finding*>> by_client;
  for (const auto& x : all) {
    auto& list = by_client[x.f.client_id];
    if (list.empty()) clients.push_back(x.f.client_id);
    list.push_back(&x.f);
  }
  for (const auto& c : clients) {
    std::cout << (nl ? "klant " : "client ") << (c.empty() ? (nl ? "(geen klantnummer)" : "(no client id)") : c) << '\n';
    for (const auto* f : by_client[c]) {
      std::cout << "  " << f->file << ':' << f->line << "  " << f->check << "  " << to_string(f->severity);
      if (f->measured_on) std::cout << "  " << f->measured_on->iso();
      std::cout << "  " << f->message_in(l) << '\n';
    }
  }
  // summary per check id and severity (PL017 has variants of different severity)
  std::map<std::pair<std::string, severity>, std::size_t> counts;
  std::size_t errors = 0;
  for (const auto& x : all) {
    ++counts[{x.f.check, x.f.severity}];
    if (x.f.severity == severity::error) ++errors;
  }
  if (!all.empty()) std::cout << '\n';
  std::cout << (nl ? "samenvatting: " : "summary: ") << records << (nl ? " records in " : " records in ") << files
            << (nl ? " bestand(en), peildatum " : " file(s), reference date ") << reference.iso()
            << (reference_given ? "" : (nl ? " (laatste meetdatum)" : " (latest measured_on)")) << ", " << all.size()
            << (nl ? " bevindingen, waarvan " : " findings, ") << errors << (nl ? " fouten" : " errors") << '\n';
  for (const auto& [key, n] : counts) std::cout << "  " << key.first << "  " << to_string(key.second) << "  " << n << '\n';
}

int run_check(const check_options& o) {
  const lang l = parse_lang(o.lang).value();
  check_config config;
  if (!o.config.empty()) {
    auto c = load_check_config(o.config);
    if (!c) return usage_error(c.error().message);
    config = std::move(c).value();
  }
  std::optional<extension_set> extensions;
  if (!o.extensions.empty()) {
    auto set = read_extension_set(o.extensions);
    if (!set) return usage_error(set.error().message);
    extensions = std::move(set).value();
    config.extensions = &*extensions;
  }
  std::optional<date> reference;
  if (!o.reference_date.empty()) {
    auto d = parse_date(o.reference_date);
    if (!d) return usage_error("--reference-date: " + d.error().message);
    reference = d.value();
  }

  std::uintmax_t total_bytes = 0;
  for (const auto& path : o.files) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (!ec) total_bytes += size;
  }
  const bool progress = total_bytes > progress_bytes && isatty(STDERR_FILENO) == 1;

  // Read every file; records of all files together form the histories (SPEC §7).
  std::vector<record> records;
  std::vector<finding> input;
  std::vector<std::uint32_t> input_source;  // file index of each input finding
  bool unreadable = false;
  for (std::size_t i = 0; i < o.files.size(); ++i) {
    if (progress) std::cerr << "pladder check: reading " << o.files[i] << " (" << i + 1 << '/' << o.files.size() << ")\n";
    const auto source = static_cast<std::uint32_t>(i);
    auto r = read_file(o.files[i], source);
    if (!r) {
      std::cerr << "pladder check: " << r.error().message << '\n';
      unreadable = true;
      continue;
    }
    auto& read = r.value();
    const std::size_t offset = records.size();
    for (auto& f : read.findings) {
      if (f.record_index != finding::no_record) f.record_index += offset;
      input.push_back(std::move(f));
      input_source.push_back(source);
    }
    std::move(read.records.begin(), read.records.end(), std::back_inserter(records));
  }
  if (unreadable) return exit_usage;

  // Default reference date: the latest measured_on in the input (deterministic, never the clock).
  // Without any readable measured_on no date-relative check can fire, so any date will do.
  const bool reference_given = reference.has_value();
  if (!reference) {
    for (const auto& r : records)
      if (r.measured_on && (!reference || *r.measured_on > *reference)) reference = r.measured_on;
    if (!reference) reference = date{};
  }

  if (progress) std::cerr << "pladder check: checking " << records.size() << " records\n";
  auto checks = run_checks(records, *reference, config);
  drop_input_consequences(checks, input);  // an unreadable value is reported once (SPEC §6)
  std::vector<located> all;
  all.reserve(input.size() + checks.size());
  for (std::size_t i = 0; i < input.size(); ++i) all.push_back({std::move(input[i]), input_source[i]});
  for (auto& f : checks) {
    const auto source = f.record_index != finding::no_record ? records[f.record_index].source : 0u;
    f.file = o.files[source];
    all.push_back({std::move(f), source});
  }
  // Deterministic order: file, line; input findings before check findings of the same row.
  std::stable_sort(all.begin(), all.end(), [](const located& a, const located& b) {
    if (a.source != b.source) return a.source < b.source;
    if (a.f.line != b.f.line) return a.f.line < b.f.line;
    return (a.f.check == input_check_id) > (b.f.check == input_check_id);
  });

  if (o.format == "json") {
    for (const auto& x : all) std::cout << finding_json(x.f, l).line() << '\n';
  } else if (o.format == "csv") {
    print_csv(all, l);
  } else {
    print_text(all, records.size(), o.files.size(), *reference, reference_given, l);
  }
  const bool errors = std::any_of(all.begin(), all.end(), [](const located& x) { return x.f.severity == severity::error; });
  return errors ? exit_findings : exit_ok;
}

const bool registered = register_command({"check", 30, [](CLI::App& app) {
  auto o = std::make_shared<check_options>();
  app.description(
      "Check base-data-set files (SPEC §6, CSV or JSON Lines) with the consistency checks (SPEC §8). "
      "Exit code 0: no error findings; 1: error findings; 2: usage error or unreadable file");
  app.add_option("files", o->files, "CSV (`;` or `,`) or .jsonl/.ndjson files; their records are checked together")
      ->required();
  app.add_option("--reference-date", o->reference_date,
                 "Reference date ('today') YYYY-MM-DD; default: the latest measured_on in the input (never the system clock)");
  app.add_option("--config", o->config, "Municipal check configuration (JSON: disabled_checks, severity, reassessment_months, intake_months)");
  app.add_option("--extensions", o->extensions, "Extension set JSON (SPEC §9 sub-steps): PL014 also flags sub-steps it does not define");
  app.add_option("--format", o->format, "Output format")->check(CLI::IsMember({"text", "json", "csv"}));
  app.add_option("--lang", o->lang, "Language of the messages")->check(CLI::IsMember({"nl", "en"}));
  return std::function<int()>([o] { return run_check(*o); });
}});

}  // namespace
}  // namespace pl::cli
