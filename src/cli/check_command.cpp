// SPDX-License-Identifier: Apache-2.0
// `pladder check FILE...` — read base-data-set files (SPEC §6) and run the consistency checks
// (SPEC §8) over all their records together (a client's history may span files, SPEC §7).
// Unreadable values are `input` findings from the readers; everything else comes from
// pl::run_checks. This file only reads options, calls the library and prints.
//
// Exit codes: 0 = no error-severity finding, 1 = error findings present, 2 = usage error, an
// unreadable file or configuration.
#include "command_registry.hpp"
#include "read_inputs.hpp"

#include "messages/check_message.hpp"
#include "messages/json.hpp"
#include "pipeline/check.hpp"

#include <participatieladder/checks.hpp>
#include <participatieladder/config/check_config_json.hpp>
#include <participatieladder/csv_field.hpp>
#include <participatieladder/extensions_file.hpp>

#include <algorithm>
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

void print_csv(const std::vector<finding>& all, lang l) {
  const auto cell = [](std::string_view v) { return csv_field(v, ','); };
  std::cout << "check,severity,client_id,file,line,measured_on,fields,message,key,value\n";
  for (const auto& f : all) {
    std::cout << cell(f.check) << ',' << to_string(f.severity) << ',' << cell(f.client_id) << ',' << cell(f.file)
              << ',' << f.line << ',' << measured_text(f) << ',' << cell(joined_fields(f)) << ','
              << cell(f.message_in(l)) << ',' << cell(f.key) << ',' << cell(f.value) << '\n';
  }
}

void print_text(const pipeline::check_outcome& outcome, lang l) {
  const auto& all = outcome.findings;
  const bool nl = l == lang::nl;
  // findings grouped by client, clients in order of their first finding
  std::vector<std::string> clients;
  std::map<std::string, std::vector<const finding*>> by_client;
  for (const auto& f : all) {
    auto& list = by_client[f.client_id];
    if (list.empty()) clients.push_back(f.client_id);
    list.push_back(&f);
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
  for (const auto& f : all) {
    ++counts[{f.check, f.severity}];
    if (f.severity == severity::error) ++errors;
  }
  if (!all.empty()) std::cout << '\n';
  const auto& ref = outcome.reference;
  std::cout << (nl ? "samenvatting: " : "summary: ") << outcome.records << " records in " << outcome.sources.size()
            << (nl ? " bestand(en), peildatum " : " file(s), reference date ")
            << (ref.day ? ref.iso() : std::string(nl ? "geen (geen leesbare meetdatum)" : "none (no readable measured_on)"))
            << (ref.from_data && ref.day ? (nl ? " (laatste meetdatum)" : " (latest measured_on)") : "") << ", " << all.size()
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
  auto set = read_inputs(o.files, "check");
  if (!set) return exit_usage;
  auto outcome = pipeline::check(*set, o.reference_date, config);
  if (!outcome) return usage_error("--reference-date: " + outcome.error().message);

  if (o.format == "json") {
    // The CheckResponse of the v1 schema: the same bytes pl_check_file_json gives for this input.
    auto json = messages::to_json(messages::to_message(outcome.value()));
    if (!json) return usage_error(json.error().message);
    std::cout << json.value() << '\n';
  } else if (o.format == "csv") {
    print_csv(outcome.value().findings, l);
  } else {
    print_text(outcome.value(), l);
  }
  return outcome.value().errors > 0 ? exit_findings : exit_ok;
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
