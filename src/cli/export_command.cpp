// SPDX-License-Identifier: Apache-2.0
// `pladder export --benchmark --key KEYFILE --municipality NAME FILES...` — the record-level
// benchmark export of SPEC §11 (fields 10–23 without staff names, dates by month, on national
// steps, keyed pseudonym bound to the municipality, birth year and four postal-code digits
// generalised to k-anonymity; record_export.hpp, docs/privacy.md), with `--srg FILE` the SRG
// position of SPEC §12 (only on request). The file is written mode 0600 (pseudonymised data).
// No key file, a weak key, a key file readable by group or others, a directory → usage error.
// Exit codes: 0 written; 2 usage error, unreadable file, key or configuration.
#include "benchmark_output.hpp"
#include "command_registry.hpp"
#include "read_inputs.hpp"

#include "pipeline/benchmark.hpp"
#include "support/text_file.hpp"

#include <participatieladder/extensions_file.hpp>

#include <iostream>
#include <memory>
#include <optional>

namespace pl::cli {
namespace {

struct export_options {
  std::vector<std::string> files;
  bool benchmark = false;
  std::string key;
  std::string municipality;
  std::size_t k = 5;
  std::string extensions;
  std::string srg;
  std::string out;
  std::string lang = "nl";
  input_options input;
};

int run_export(const export_options& o) {
  const bool nl = o.lang != "en";
  auto usage = [](const std::string& m) {
    std::cerr << "pladder export: " << m << '\n';
    return exit_usage;
  };
  if (!o.benchmark) return usage(nl ? "geef --benchmark (de enige export die er is: SPEC §11)" : "give --benchmark (the only export there is: SPEC §11)");
  if (o.key.empty())
    return usage(nl ? "geen sleutel: geef --key SLEUTELBESTAND (geen sleutel, geen export; er is geen standaardsleutel, SPEC §11)"
                    : "no key: give --key KEYFILE (no key, no export; there is no default key, SPEC §11)");
  auto key = benchmark::read_key_file(o.key, nl ? lang::nl : lang::en);
  if (!key) return usage("--key: " + key.error().message);
  if (pl::detail::trim(o.municipality).empty())
    return usage(nl ? "geef --municipality NAAM: de pseudoniemen zijn aan de gemeente gebonden (één sleutel in twee gemeenten botst nooit)"
                    : "give --municipality NAME: the pseudonyms are bound to the municipality (one key in two municipalities never collides)");
  if (o.k < 2) return usage(nl ? "--k: minstens 2" : "--k: at least 2");
  std::optional<extension_set> ext;
  if (!o.extensions.empty()) {
    auto set = read_extension_set(o.extensions);
    if (!set) return usage(set.error().message);
    ext = std::move(set).value();
  }
  std::optional<benchmark::srg_mapping> srg;
  if (!o.srg.empty()) {
    auto text = support::read_text_file(o.srg, "SRG mapping file");
    if (!text) return usage("--srg: " + text.error().message);
    auto m = benchmark::parse_srg_mapping(text.value(), o.srg);
    if (!m) return usage("--srg: " + m.error().message);
    srg = std::move(m).value();
  }
  auto how = load_input_options(o.input, "export");
  if (!how) return exit_usage;
  auto set = read_inputs(o.files, "export", *how, o.input.quiet);
  if (!set) return exit_usage;
  pipeline::benchmark_settings s;
  s.extensions = ext ? &*ext : nullptr;
  s.srg = srg ? &*srg : nullptr;
  s.municipality = o.municipality;
  s.k_anonymity = o.k;
  auto e = pipeline::export_records(*set, key.value().key, s);
  if (!e) return usage(e.error().message);
  if (!write_out(o.out, benchmark::to_csv(e.value()), "benchmark export", "export", 0600)) return exit_usage;
  const auto& x = e.value();
  const auto& ka = x.k_anonymity;
  const auto& lv = benchmark::k_anonymity_levels[ka.level];
  std::cerr << "pladder export: " << (nl ? "k-anonimiteit: elke combinatie van " : "k-anonymity: every combination of ") << (nl ? lv.label_nl : lv.label_en)
            << (nl ? " hoort bij minstens " : " is shared by at least ") << ka.smallest_group << (nl ? " klanten (k = " : " clients (k = ") << ka.k << "); "
            << ka.suppressed << (nl ? " van " : " of ") << ka.clients
            << (nl ? " klanten zonder geboortejaar en postcode (onderdrukt)\n" : " clients without birth year and postal code (suppressed)\n");
  std::cerr << "pladder export: " << x.rows.size() << (nl ? " records geëxporteerd" : " records exported");
  if (x.converted_national) std::cerr << ", " << x.converted_national << (nl ? " naar hun landelijke trede omgezet (SPEC §9)" : " converted to their national step (SPEC §9)");
  if (srg) std::cerr << ", " << x.converted_srg << (nl ? " met SRG-positie" : " with an SRG position") << ", " << x.srg_unmapped
                     << (nl ? " op een trede zonder SRG-code (cel leeg)" : " on a step without an SRG code (cell empty)");
  std::cerr << '\n';
  return exit_ok;
}

const bool registered = register_command({"export", 70, [](CLI::App& app) {
  auto o = std::make_shared<export_options>();
  app.description("Record-level benchmark export (SPEC §11, docs/privacy.md): fields 10-23 without staff names, dates by month, on national "
                  "steps, keyed pseudonym bound to the municipality, birth year and postal digits generalised to k-anonymity; written mode 0600");
  app.add_option("files", o->files, "CSV or JSON Lines files (SPEC §6)")->required();
  app.add_flag("--benchmark", o->benchmark, "The SPEC §11 benchmark export (required)");
  app.add_option("--key", o->key, "The municipality's secret key file (HMAC-SHA-256 pseudonym; chmod 600; pladder key new); required");
  app.add_option("--municipality", o->municipality, "The municipality's name: the pseudonyms are bound to it; required");
  app.add_option("--k", o->k, "k-anonymity: the least number of clients sharing birth year and postal code (default 5)")->capture_default_str();
  app.add_option("--extensions", o->extensions, "Extension set JSON (SPEC §9): sub-steps on another national step are converted");
  app.add_option("--srg", o->srg, "SRG mapping file (SPEC §12: lines STEP;CODE): adds srg_position, marks determination = conversion");
  app.add_option("--out", o->out, "Write the CSV to this file (default: standard output)");
  app.add_option("--lang", o->lang, "Language of messages (nl or en)")->check(CLI::IsMember({"nl", "en"}))->capture_default_str();
  add_input_options(app, o->input);
  return std::function<int()>([o] { return run_export(*o); });
}});

}  // namespace
}  // namespace pl::cli
