// SPDX-License-Identifier: Apache-2.0
// `pladder export --benchmark --key KEYFILE FILES...` — the record-level benchmark export of
// SPEC §11 (fields 10–23 on national steps, keyed pseudonym, birth year, four postal-code digits;
// record_export.hpp), with `--srg FILE` the SRG position of SPEC §12 (only on request).
// No key file → usage error (no key, no export); a key file readable by group or others → a
// warning on stderr (the key must stay with the municipality), the export is still written.
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
  auto key = benchmark::read_key_file(o.key);
  if (!key) return usage("--key: " + key.error().message);
  if (key.value().readable_by_others)
    std::cerr << "pladder export: " << (nl ? "waarschuwing: " : "warning: ") << o.key
              << (nl ? " is leesbaar voor groep of anderen; de sleutel hoort alleen bij de gemeente (chmod 600)\n"
                     : " is readable by group or others; the key must stay with the municipality (chmod 600)\n");
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
  auto e = pipeline::export_records(*set, key.value().key, s);
  if (!e) return usage(e.error().message);
  if (!write_out(o.out, benchmark::to_csv(e.value()), "benchmark export", "export")) return exit_usage;
  const auto& x = e.value();
  std::cerr << "pladder export: " << x.rows.size() << (nl ? " records geëxporteerd" : " records exported");
  if (x.converted_national) std::cerr << ", " << x.converted_national << (nl ? " naar hun landelijke trede omgezet (SPEC §9)" : " converted to their national step (SPEC §9)");
  if (srg) std::cerr << ", " << x.converted_srg << (nl ? " met SRG-positie" : " with an SRG position") << ", " << x.srg_unmapped
                     << (nl ? " op een trede zonder SRG-code (cel leeg)" : " on a step without an SRG code (cell empty)");
  std::cerr << '\n';
  return exit_ok;
}

const bool registered = register_command({"export", 70, [](CLI::App& app) {
  auto o = std::make_shared<export_options>();
  app.description("Record-level benchmark export (SPEC §11): fields 10-23 on national steps, keyed pseudonym, birth year, "
                  "four postal-code digits; nothing personal, no free or local fields");
  app.add_option("files", o->files, "CSV or JSON Lines files (SPEC §6)")->required();
  app.add_flag("--benchmark", o->benchmark, "The SPEC §11 benchmark export (required)");
  app.add_option("--key", o->key, "The municipality's secret key file (HMAC-SHA-256 pseudonym; keep it chmod 600); required");
  app.add_option("--extensions", o->extensions, "Extension set JSON (SPEC §9): sub-steps on another national step are converted");
  app.add_option("--srg", o->srg, "SRG mapping file (SPEC §12: lines STEP;CODE): adds srg_position, marks determination = conversion");
  app.add_option("--out", o->out, "Write the CSV to this file (default: standard output)");
  app.add_option("--lang", o->lang, "Language of messages (nl or en)")->check(CLI::IsMember({"nl", "en"}))->capture_default_str();
  add_input_options(app, o->input);
  return std::function<int()>([o] { return run_export(*o); });
}});

}  // namespace
}  // namespace pl::cli
