// SPDX-License-Identifier: Apache-2.0
// Throughput of reading and checking a base data set (SPEC §6, §8; issue 3): 1,000,000 generated
// records in Dutch Excel style, written once to a file; parse only (read_csv) against parse + all
// checks (run_checks, default settings), in records per second, with the process's peak resident
// memory (getrusage ru_maxrss) as a counter. bench/run.sh runs each benchmark in a process of its
// own so that the peak memory is that benchmark's; docs/benchmark.md has the figures.
//
// The file is $PL_BENCH_FILE (default: pl_bench_caseload.csv in the temporary directory); when it
// does not exist it is generated first (seed 1, reference date 2026-01-01, a few plants);
// `pl_bench_caseload --generate` (re)writes it and exits.
#include <participatieladder/checks.hpp>
#include <participatieladder/generator/caseload_writer.hpp>
#include <participatieladder/generator/generator.hpp>
#include <participatieladder/io/csv_reader.hpp>

#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>

namespace {

constexpr std::size_t bench_records = 1'000'000;
const pl::date reference{2026, 1, 1};

std::string bench_path() {
  if (const char* p = std::getenv("PL_BENCH_FILE"); p && *p) return p;
  return (std::filesystem::temp_directory_path() / "pl_bench_caseload.csv").string();
}

/// Generate the caseload file: enough clients for 1,000,000 records, cut at exactly that.
void write_bench_file(const std::string& path) {
  pl::gen::options o;
  o.clients = bench_records * 10 / 22;  // 2.2 measurements per client on average
  o.seed = 1;
  o.reference_date = reference;
  o.plants = {{"PL003", 50}, {"PL010", 50}, {"PL017", 50}, {"PL021", 50}};
  auto c = pl::gen::generate(o);
  if (!c) throw std::runtime_error(c.error().message);
  while (c.value().records.size() < bench_records) {
    o.clients += o.clients / 20;
    c = pl::gen::generate(o);
    if (!c) throw std::runtime_error(c.error().message);
  }
  // client k does not depend on the number of clients: regenerate with just enough clients, so
  // that cutting at exactly 1,000,000 records only shortens the last client's history
  std::size_t clients = 0;
  for (std::size_t i = 0; i < bench_records; ++i)
    clients += i == 0 || c.value().records[i].client_id != c.value().records[i - 1].client_id;
  o.clients = clients;
  c = pl::gen::generate(o);
  if (!c) throw std::runtime_error(c.error().message);
  if (c.value().records.size() < bench_records) throw std::runtime_error("too few records generated");
  c.value().records.resize(bench_records);
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (auto w = pl::gen::write_caseload(out, c.value(), pl::gen::file_format::csv, pl::csv_style::dutch_excel()); !w)
    throw std::runtime_error(path + ": " + w.error().message);
  out.close();
  if (!out) throw std::runtime_error(path + ": write failed");
}

/// The file's bytes, read once per process (generated first when missing).
const std::string& bench_bytes() {
  static const std::string bytes = [] {
    const std::string path = bench_path();
    if (!std::filesystem::exists(path)) {
      std::cerr << "generating " << path << " (" << bench_records << " records) ...\n";
      write_bench_file(path);
    }
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return std::move(s).str();
  }();
  return bytes;
}

void report(benchmark::State& state, std::size_t records, std::size_t findings) {
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * records));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bench_bytes().size()));
  state.counters["records"] = static_cast<double>(records);
  state.counters["findings"] = static_cast<double>(findings);
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  state.counters["peak_rss_MiB"] = static_cast<double>(u.ru_maxrss) / 1024.0;  // ru_maxrss is in KiB on Linux
}

// Read the file, and with `check` also run every check, once per iteration.
void read_caseload(benchmark::State& state, bool check) {
  const std::string& bytes = bench_bytes();
  std::size_t records = 0, findings = 0;
  for (auto _ : state) {
    auto r = pl::read_csv(bytes, "caseload.csv");
    if (!r) {
      state.SkipWithError(r.error().message.c_str());
      return;
    }
    records = r.value().records.size();
    findings = r.value().findings.size();
    if (check) {
      const auto f = pl::run_checks(r.value().records, reference);
      findings += f.size();
      benchmark::DoNotOptimize(f.data());
    }
    benchmark::DoNotOptimize(r.value().records.data());
  }
  report(state, records, findings);
}

void BM_parse_csv(benchmark::State& state) { read_caseload(state, false); }
void BM_parse_csv_and_check(benchmark::State& state) { read_caseload(state, true); }

}  // namespace

BENCHMARK(BM_parse_csv)->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();
BENCHMARK(BM_parse_csv_and_check)->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();

/// The usual benchmark main, plus `--generate`: only write the file (bench/run.sh does that in a
/// process of its own, so that generating does not count towards a benchmark's peak memory).
int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (argc == 2 && std::string_view(argv[1]) == "--generate") {
    std::filesystem::remove(bench_path());
    std::cout << bench_path() << ": " << bench_bytes().size() << " bytes\n";
    return 0;
  }
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
