// SPDX-License-Identifier: Apache-2.0
// Reading and checking on several threads, and checking in parts (issue 13): the same records,
// findings and check outcome — compared as v1 message bytes — for 1, 2, 3 and 4 threads and for
// check_stream, over a generated caseload of several MB. Every threaded run asserts the number of
// parts it was cut into (read_result::parts, check_outcome::parts), so the threaded paths are
// known to run: the read in one part per thread (parts of at least 1 MiB), the checks in parts of
// a few thousand records (check_threads::min_part_records; at the default of 16,384 these ~20,000
// records would be one part). Small on purpose: CI runs it under ThreadSanitizer
// (.ci/steps/70-tsan.sh) as well as in every build. The caseload store every table reads (issue 25)
// is built in parts too, and asserts its parts (caseload_store::parts, report_outcome::parts).
// The hard CSV cases across thread counts, at
// the default part sizes: tests/determinism/run.py.
#include <catch2/catch.hpp>

#include "messages/check_message.hpp"
#include "messages/record_message.hpp"
#include "pipeline/check.hpp"
#include "pipeline/check_stream.hpp"
#include "pipeline/record_set.hpp"
#include "pipeline/report.hpp"

#include <participatieladder/caseload_store.hpp>
#include <participatieladder/reports/report.hpp>

#include <participatieladder/generator/caseload_writer.hpp>

#include <cstddef>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace pl;

namespace {

const std::string& caseload_text() {
  static const std::string text = [] {
    gen::options o;
    o.clients = 9000;
    o.seed = 17;
    o.reference_date = {2026, 1, 1};
    o.plants = {{"PL003", 20}, {"PL010", 20}, {"PL017", 20}, {"input", 20}};
    auto c = gen::generate(o);
    REQUIRE(c);
    std::ostringstream out;
    REQUIRE(gen::write_caseload(out, c.value(), gen::file_format::csv));
    return out.str();
  }();
  return text;
}

std::string bytes_of(const pipeline::record_set& set) {
  std::string out;
  REQUIRE(messages::to_message(set).SerializeToString(&out));
  return out;
}

std::string bytes_of(const pipeline::check_outcome& outcome) {
  std::string out;
  REQUIRE(messages::to_message(outcome).SerializeToString(&out));
  return out;
}

pipeline::record_set read(unsigned threads) {
  read_options o;
  o.threads = threads;
  auto set = pipeline::read_bytes(caseload_text(), "caseload.csv", pipeline::input_format::csv, o);
  REQUIRE(set);
  return std::move(set).value();
}

}  // namespace

TEST_CASE("parallel: a CSV read on 1-4 threads gives the same record set", "[parallel]") {
  REQUIRE(caseload_text().size() > 4u * (1u << 20));  // large enough for four parts of at least 1 MiB
  const auto one = read(1);
  REQUIRE(one.records.size() > 18000);
  CHECK(one.parts == std::vector<std::size_t>{1});
  const std::string expected = bytes_of(one);
  for (unsigned threads : {2u, 3u, 4u}) {
    INFO(threads << " threads");
    const auto more = read(threads);
    CHECK(more.parts == std::vector<std::size_t>{threads});  // one part per thread: the threaded read ran
    CHECK(bytes_of(more) == expected);
  }
}

TEST_CASE("parallel: checks on 1-4 threads and in parts give the same outcome", "[parallel]") {
  const auto set = read(2);
  check_config config;
  const std::size_t records = set.records.size();
  REQUIRE(records > 18000);
  auto one = pipeline::check(set, "2026-01-01", config, 1);
  REQUIRE(one);
  REQUIRE(one.value().errors > 0);
  CHECK(one.value().parts == 1);
  const std::string expected = bytes_of(one.value());
  // threads, the fewest records a part, and the parts that gives: one per thread while the parts
  // stay large enough; at half the records a part, two parts however many threads (the rule
  // tests/determinism relies on: twice the default part size is two parts on two threads or more)
  struct run { unsigned threads; std::size_t min_part_records, parts; };
  for (const auto& r : {run{2, 2048, 2}, run{4, 2048, 4}, run{4, records / 2, 2}}) {
    auto more = pipeline::check(set, "2026-01-01", config, pipeline::check_threads{r.threads, r.min_part_records});
    REQUIRE(more);
    INFO(r.threads << " threads, parts of at least " << r.min_part_records << " records");
    CHECK(more.value().parts == r.parts);
    CHECK(bytes_of(more.value()) == expected);
  }
  const std::string path = "pl_parallel_test_caseload.csv";
  {
    std::ofstream f(path, std::ios::binary);
    f << caseload_text();
  }
  // parts of about 4,000 records read block by block, each checked on two threads in two parts
  auto streamed = pipeline::check_stream(path, "2026-01-01", config, {},
                                         {.part_records = 4096, .block_bytes = 64 * 1024, .threads = 2, .min_part_records = 1024});
  std::remove(path.c_str());
  REQUIRE(streamed);
  CHECK(streamed.value().parts == 2);
  // the one difference: the file's name as given
  auto renamed = one.value();
  for (auto& f : renamed.findings)
    if (f.file == "caseload.csv") f.file = path;
  renamed.sources = {path};
  CHECK(bytes_of(streamed.value()) == bytes_of(renamed));
}

// Issue 25: the caseload store every table reads, built in parts on threads — the same tables.
TEST_CASE("parallel: the caseload store built on 1-4 threads gives the same tables", "[parallel]") {
  const auto set = read(1);
  const date reference{2026, 1, 1};
  auto tables = [&](const caseload_store& store) {
    std::string out;
    for (const auto& k : reports::report_kinds) {
      reports::report_options o;
      o.kind = k.kind;
      o.reference = reference;
      auto t = reports::report(store, o);
      REQUIRE(t);
      out += reports::to_csv(t.value());
    }
    return out;
  };
  const caseload_store one = caseload_store::of(set.records, 1);
  CHECK(one.parts() == 1);
  const std::string expected = tables(one);
  for (unsigned threads : {2u, 3u, 4u}) {
    INFO(threads << " threads");
    const caseload_store more = caseload_store::of(set.records, threads, 2048);
    CHECK(more.parts() == threads);  // one part per thread: the threaded build ran
    CHECK(tables(more) == expected);
  }
}

TEST_CASE("parallel: a report over records read on two threads builds its store in two parts", "[parallel]") {
  // twice the caseload (every client measured twice as often): enough records for two parts of the
  // default size (16,384 records)
  auto doubled = [](unsigned threads) {
    auto set = read(threads);
    auto again = read(threads);
    pipeline::append(set, std::move(again));
    return set;
  };
  pipeline::report_settings s;
  s.kind = reports::report_kind::movement;
  s.reference_date = "2026-01-01";
  const auto one = pipeline::report(doubled(1), s);
  REQUIRE(one);
  CHECK(one.value().parts == 1);
  const auto two = pipeline::report(doubled(2), s);
  REQUIRE(two);
  CHECK(two.value().parts == 2);  // the store behind the table was built on two threads
  CHECK(reports::to_csv(two.value().nl) == reports::to_csv(one.value().nl));
  CHECK(reports::to_csv(two.value().en) == reports::to_csv(one.value().en));
}
