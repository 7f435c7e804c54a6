// SPDX-License-Identifier: Apache-2.0
// `pladder generate` — a deterministic synthetic caseload with planted inconsistencies (issue 3;
// the model is include/participatieladder/generator/, docs/generator.md).
#include "command_registry.hpp"
#include "support/output_file.hpp"

#include <participatieladder/generator/caseload_writer.hpp>
#include <participatieladder/generator/generator.hpp>

#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <optional>

namespace pl::cli {
namespace {

struct generate_options {
  std::size_t clients = 1000;
  std::uint64_t seed = 1;
  std::string plant;
  std::string style = "dutch";
  std::string format = "csv";
  std::string reference_date = "2026-01-01";
  std::string out;
};

int run_generate(const generate_options& o) {
  gen::options g;
  g.clients = o.clients;
  g.seed = o.seed;
  auto ref = parse_date(o.reference_date);
  if (!ref) {
    std::cerr << "pladder generate: --reference-date: " << ref.error().message << '\n';
    return exit_usage;
  }
  g.reference_date = ref.value();
  auto plants = gen::parse_plants(o.plant);
  if (!plants) {
    std::cerr << "pladder generate: " << plants.error().message << '\n';
    return exit_usage;
  }
  g.plants = plants.value();
  const auto format = gen::parse_file_format(o.format).value();  // CLI11 checked the spelling
  const csv_style style = o.style == "iso" ? csv_style::iso() : csv_style::dutch_excel();

  auto caseload = gen::generate(g);
  if (!caseload) {
    std::cerr << "pladder generate: " << caseload.error().message << '\n';
    return exit_usage;
  }
  // A file is written to a temporary file and renamed once complete (support/output_file.hpp): a
  // failure (a full disk, a directory without permission) never leaves a partial caseload.
  std::optional<support::output_file> file;
  std::ostream* out = &std::cout;
  if (o.out != "-") {
    auto opened = support::output_file::open(o.out, "caseload");
    if (!opened) {
      std::cerr << "pladder generate: " << opened.error().message << '\n';
      return exit_usage;
    }
    file.emplace(std::move(opened).value());
    out = &file->stream();
  }
  if (auto w = gen::write_caseload(*out, caseload.value(), format, style); !w) {
    if (file && !file->status())  // a write failed: say why (a full disk, ...)
      std::cerr << "pladder generate: " << file->status().error().message << '\n';
    else
      std::cerr << "pladder generate: " << o.out << ": " << w.error().message << '\n';
    return exit_usage;
  }
  if (file) {
    if (auto committed = file->commit(); !committed) {
      std::cerr << "pladder generate: " << committed.error().message << '\n';
      return exit_usage;
    }
  }
  std::map<std::string, int> planted;
  for (const auto& p : caseload.value().planted) ++planted[p.check];
  std::cerr << "pladder generate: " << o.clients << " clients, " << caseload.value().records.size()
            << " records, seed " << o.seed << ", reference date " << g.reference_date.iso();
  if (!planted.empty()) {
    std::cerr << ", planted";
    for (const auto& [id, n] : planted) std::cerr << ' ' << id << '=' << n;
  }
  std::cerr << '\n';
  return exit_ok;
}

const bool registered = register_command({"generate", 50, [](CLI::App& app) {
  auto o = std::make_shared<generate_options>();
  app.description("Generate a deterministic synthetic caseload (SPEC §6 records), optionally with planted inconsistencies");
  app.add_option("--clients", o->clients, "Number of clients (1-4 measurements each)")->check(CLI::Range(std::size_t{1}, std::size_t{9'000'000}));
  app.add_option("--seed", o->seed, "Seed: the same seed gives a byte-identical file");
  app.add_option("--plant", o->plant, "Inconsistencies to plant, e.g. PL003=5,PL010=2,input=1 (each case on a client of its own)");
  app.add_option("--style", o->style, "CSV style: dutch (Excel: ';', BOM, Dutch headers, DD-MM-YYYY, ja/nee) or iso")
      ->check(CLI::IsMember({"dutch", "iso"}));
  app.add_option("--format", o->format, "File format")->check(CLI::IsMember({"csv", "jsonl"}));
  app.add_option("--reference-date", o->reference_date, "The caseload's 'today' (YYYY-MM-DD); check it with the same date");
  app.add_option("--out", o->out, "Output file, - for stdout")->required();
  return std::function<int()>([o] { return run_generate(*o); });
}});

}  // namespace
}  // namespace pl::cli
