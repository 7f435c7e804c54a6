// SPDX-License-Identifier: Apache-2.0
// `pladder benchmark export FILES --municipality NAME --key KEYFILE` — a municipality's aggregated
// publication (SPEC §11: placement, target and movement tables on national steps, protected by the
// cell-key method under the municipality's key, docs/privacy.md) as the v1 BenchmarkPublication
// format 2 (JSON or binary) or CSV;
// `pladder benchmark merge EXPORTS...` — the coordinator's comparison (text, CSV, HTML with charts);
// a publication in another format or weaker than the coordinator's policy is refused.
// Exit codes: 0 written; 1 (export) written, but the export is not comparable (SPEC §11: the
// coordinator will mark it) / (merge) written, a municipality is not comparable; 2 usage error,
// unreadable input, a weak or exposed key, a publication refused by the policy.
#include "benchmark_output.hpp"
#include "command_registry.hpp"
#include "read_inputs.hpp"

#include "messages/benchmark_message.hpp"
#include "messages/json.hpp"
#include "pipeline/benchmark.hpp"

#include <participatieladder/benchmark/render.hpp>

#include <iostream>
#include <memory>
#include <optional>

namespace pl::cli {
namespace {

struct benchmark_options {
  // export
  std::vector<std::string> files;
  std::string municipality;
  std::string reference_date;
  std::string extensions;
  std::string suppress;  // format 1 only: refused with a message
  std::string key;
  unsigned rounding_base = 5;
  std::size_t min_clients = 20;
  int min_valid = 90;
  input_options input;
  // merge
  std::vector<std::string> exports;
  // both
  std::string format;
  std::string out;
  std::string lang = "nl";
};

int usage(const std::string& m) {
  std::cerr << "pladder benchmark: " << m << '\n';
  return exit_usage;
}

int refuse_suppress(const benchmark_options& o) {
  const bool nl = o.lang != "en";
  return usage(nl ? "--suppress bestaat niet meer: celonderdrukking was te herleiden; elke publicatie is nu beschermd met de cell-key-methode "
                    "(zie docs/privacy.md; instellingen: --rounding-base, --min-clients)"
                  : "--suppress no longer exists: cell suppression could be undone; every publication is now protected by the cell-key method "
                    "(see docs/privacy.md; settings: --rounding-base, --min-clients)");
}

int run_export(const benchmark_options& o) {
  const bool nl = o.lang != "en";
  const lang l = nl ? lang::nl : lang::en;
  if (!o.suppress.empty()) return refuse_suppress(o);
  if (o.key.empty())
    return usage(nl ? "geen sleutel: geef --key SLEUTELBESTAND (de bescherming van de publicatie hangt aan de sleutel van de gemeente; maak er een met pladder key new)"
                    : "no key: give --key KEYFILE (the publication's protection is keyed by the municipality's key; make one with pladder key new)");
  auto key = benchmark::read_key_file(o.key, l);
  if (!key) return usage("--key: " + key.error().message);
  if (o.rounding_base < 5)
    return usage(nl ? "--rounding-base: minstens 5 (aantallen 1-4 beschermd, SPEC §11)" : "--rounding-base: at least 5 (counts 1-4 protected, SPEC §11)");
  const auto in = read_data_inputs(o.files, o.extensions, o.input, "benchmark export", usage);
  if (!in) return exit_usage;
  pipeline::benchmark_settings s;
  s.reference_date = o.reference_date;
  s.extensions = in->extensions_or_null();
  s.municipality = o.municipality;
  s.protect.table.base = o.rounding_base;
  s.protect.min_clients = o.min_clients;
  s.thresholds.min_pct_valid = o.min_valid;
  auto p = pipeline::publish(in->records, key.value().key, s);
  if (!p) return usage(p.error().message);
  const std::string format = o.format.empty() ? "json" : o.format;
  std::string bytes;
  if (format == "csv") {
    bytes = benchmark::to_csv(p.value());
  } else {
    const auto m = messages::to_message(p.value());
    if (format == "binary") {
      if (!m.SerializeToString(&bytes)) return usage("cannot serialise the publication");
    } else {
      auto json = messages::to_json(m);
      if (!json) return usage(json.error().message);
      bytes = json.value() + "\n";
    }
  }
  if (!write_out(o.out, bytes, "benchmark publication", "benchmark export")) return exit_usage;
  if (p.value().withheld)
    std::cerr << "pladder benchmark export: "
              << (nl ? "minder klanten dan de minimale omvang (" + std::to_string(o.min_clients) + "): alleen het oordeel is gepubliceerd\n"
                     : "fewer clients than the minimum size (" + std::to_string(o.min_clients) + "): only the verdict is published\n");
  if (!p.value().comparable) {
    std::cerr << "pladder benchmark export: " << (nl ? "niet vergelijkbaar: " : "not comparable: ");
    for (std::size_t i = 0; i < p.value().reasons.size(); ++i)
      std::cerr << (i ? "; " : "") << (nl ? p.value().reasons[i].message_nl : p.value().reasons[i].message_en);
    std::cerr << '\n';
    return exit_findings;
  }
  return exit_ok;
}

int run_merge(const benchmark_options& o) {
  const bool nl = o.lang != "en";
  if (!o.suppress.empty()) return refuse_suppress(o);
  benchmark::merge_policy policy;
  policy.min_base = o.rounding_base;
  policy.min_clients = o.min_clients;
  std::vector<benchmark::municipality_entry> entries;
  for (const auto& path : o.exports) {
    auto e = messages::read_publication(path);
    if (!e) return usage(e.error().message);
    if (const auto why = benchmark::policy_refusal(e.value(), policy))
      return usage((nl ? "geweigerd: " : "refused: ") + (nl ? why->first : why->second));
    for (const auto& other : entries)
      if (other.municipality == e.value().municipality && other.reference_date == e.value().reference_date)
        return usage(path + (nl ? ": gemeente '" + other.municipality + "' staat er twee keer in met peildatum " + other.reference_date
                                : ": municipality '" + other.municipality + "' is given twice with reference date " + other.reference_date));
    entries.push_back(std::move(e).value());
  }
  const auto c = benchmark::merge(std::move(entries), policy);
  const lang l = parse_lang(o.lang).value();
  const std::string format = o.format.empty() ? "text" : o.format;
  const std::string bytes = format == "csv" ? benchmark::to_csv(c) : format == "html" ? benchmark::to_html(c, l) : benchmark::to_text(c, l);
  if (!write_out(o.out, bytes, "comparison", "benchmark merge")) return exit_usage;
  for (const auto& m : c.municipalities)
    if (!m.comparable) return exit_findings;
  return exit_ok;
}

const bool registered = register_command({"benchmark", 80, [](CLI::App& app) {
  auto o = std::make_shared<benchmark_options>();
  app.description("Benchmark exchange (SPEC §11): export = a municipality's aggregated publication, protected by the cell-key method "
                  "(docs/privacy.md); merge = the coordinator's comparison of many publications");
  app.require_subcommand(1);
  CLI::App* ex = app.add_subcommand("export", "A municipality's aggregated publication (placement, target, movement on national steps)");
  add_version_flag(*ex);
  ex->add_option("files", o->files, "CSV or JSON Lines files (SPEC §6)")->required();
  ex->add_option("--municipality", o->municipality, "The municipality's name, as published")->required();
  ex->add_option("--reference-date", o->reference_date, "Reference date YYYY-MM-DD; default: the latest measured_on in the input");
  ex->add_option("--extensions", o->extensions, "Extension set JSON (SPEC §9): sub-steps are counted on their national step");
  ex->add_option("--key", o->key, "The municipality's secret key file (chmod 600; pladder key new): keys the cell-key protection; required");
  ex->add_option("--rounding-base", o->rounding_base, "Cell-key protection: every count a multiple of this base, counts 1..base-1 protected (at least 5)")
      ->capture_default_str();
  ex->add_option("--min-clients", o->min_clients, "Fewer clients: only the verdict is published (docs/privacy.md)")->capture_default_str();
  ex->add_option("--suppress", o->suppress, "Format 1 only; refused (see docs/privacy.md)");
  ex->add_option("--min-valid", o->min_valid, "Conformance verdict: the least share of valid records, in % (default 90)")->check(CLI::Range(0, 100));
  ex->add_option("--format", o->format, "json (the v1 BenchmarkPublication format 2, default), binary or csv")->check(CLI::IsMember({"json", "binary", "csv"}));
  ex->add_option("--out", o->out, "Write to this file (default: standard output)");
  ex->add_option("--lang", o->lang, "Language of messages (nl or en)")->check(CLI::IsMember({"nl", "en"}))->capture_default_str();
  add_input_options(*ex, o->input);
  CLI::App* mg = app.add_subcommand("merge", "The coordinator's comparison table of many publications");
  add_version_flag(*mg);
  mg->add_option("exports", o->exports, "Publications written by pladder benchmark export (JSON or binary)")->required();
  mg->add_option("--rounding-base", o->rounding_base, "Policy: the least rounding base of a publication")->capture_default_str();
  mg->add_option("--min-clients", o->min_clients, "Policy: the least minimum size of a publication")->capture_default_str();
  mg->add_option("--suppress", o->suppress, "Format 1 only; refused (see docs/privacy.md)");
  mg->add_option("--format", o->format, "text (default), csv or html (with charts)")->check(CLI::IsMember({"text", "csv", "html"}));
  mg->add_option("--out", o->out, "Write to this file (default: standard output)");
  mg->add_option("--lang", o->lang, "Language (nl or en)")->check(CLI::IsMember({"nl", "en"}))->capture_default_str();
  return std::function<int()>([o, ex] { return ex->parsed() ? run_export(*o) : run_merge(*o); });
}});

}  // namespace
}  // namespace pl::cli
