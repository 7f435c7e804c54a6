// SPDX-License-Identifier: Apache-2.0
// `pladder conform --data FILES` (conform_data.hpp). Every figure comes from
// pipeline::conform → benchmark::assess_conformance; this file reads options and prints.
#include "conform_data.hpp"

#include "benchmark_output.hpp"
#include "messages/benchmark_message.hpp"
#include "messages/json.hpp"
#include "pipeline/benchmark.hpp"

#include <participatieladder/benchmark/render.hpp>

#include <iostream>

namespace pl::cli {

void add_conform_data_options(CLI::App& app, conform_data_options& o) {
  app.add_option("--data", o.data, "Base-data-set files of one municipality's export (CSV or JSON Lines, SPEC §6): the conformance report of SPEC §11");
  app.add_option("--reference-date", o.reference_date, "Reference date YYYY-MM-DD; default: the latest measured_on in the input");
  app.add_option("--extensions", o.extensions, "Extension set JSON (SPEC §9): sub-steps and their national steps");
  app.add_option("--format", o.format, "text, json (the v1 DataConformance) or html")->check(CLI::IsMember({"text", "json", "html"}))->capture_default_str();
  app.add_option("--out", o.out, "Write the report to this file (default: standard output)");
  app.add_option("--lang", o.lang, "Language (nl or en)")->check(CLI::IsMember({"nl", "en"}))->capture_default_str();
  app.add_option("--min-valid", o.min_valid, "Verdict: the least share of valid records, in % (default 90)")->check(CLI::Range(0, 100));
  add_input_options(app, o.input);
}

int run_conform_data(const conform_data_options& o) {
  const lang l = parse_lang(o.lang).value();
  if (o.data.empty()) {
    std::cerr << "pladder conform: " << (l == lang::nl ? "geef --data BESTANDEN" : "give --data FILES") << '\n';
    return exit_usage;
  }
  const auto usage = [](const std::string& m) {
    std::cerr << "pladder conform: " << m << '\n';
    return exit_usage;
  };
  const auto in = read_data_inputs(o.data, o.extensions, o.input, "conform", usage);
  if (!in) return exit_usage;
  pipeline::benchmark_settings s;
  s.reference_date = o.reference_date;
  s.extensions = in->extensions_or_null();
  s.thresholds.min_pct_valid = o.min_valid;
  auto c = pipeline::conform(in->records, s);
  if (!c) return usage("--reference-date: " + c.error().message);
  std::string title;
  for (std::size_t i = 0; i < in->records.sources.size(); ++i) title += (i ? ", " : "") + in->records.sources[i];
  std::string bytes;
  if (o.format == "json") {
    auto json = messages::to_json(messages::to_message(c.value()));
    if (!json) return usage(json.error().message);
    bytes = json.value() + "\n";
  } else if (o.format == "html") {
    bytes = benchmark::to_html(c.value(), title, l);
  } else {
    bytes = benchmark::to_text(c.value(), title, l);
  }
  if (!write_out(o.out, bytes, "conformance report", "conform")) return exit_usage;
  return c.value().comparable ? exit_ok : exit_findings;
}

}  // namespace pl::cli
