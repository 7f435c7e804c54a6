// SPDX-License-Identifier: Apache-2.0
// Reading and checking on several threads, and checking in parts (issue 13): the same records,
// findings and check outcome — compared as v1 message bytes — for 1, 2, 3 and 4 threads and for
// check_stream, over a generated caseload of several MB. Small on purpose: CI runs it under
// ThreadSanitizer (.ci/steps/70-tsan.sh) as well as in every build. The hard CSV cases across
// thread counts: tests/determinism/run.py.
#include <catch2/catch.hpp>  // the runner: pl_catch_main (tests/support/catch_main.cpp)

#include "messages/check_message.hpp"
#include "messages/record_message.hpp"
#include "pipeline/check.hpp"
#include "pipeline/check_stream.hpp"
#include "pipeline/record_set.hpp"

#include <participatieladder/generator/caseload_writer.hpp>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

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
  const std::string expected = bytes_of(one);
  for (unsigned threads : {2u, 3u, 4u}) {
    INFO(threads << " threads");
    CHECK(bytes_of(read(threads)) == expected);
  }
}

TEST_CASE("parallel: checks on 1-4 threads and in parts give the same outcome", "[parallel]") {
  const auto set = read(2);
  check_config config;
  auto one = pipeline::check(set, "2026-01-01", config, 1);
  REQUIRE(one);
  REQUIRE(one.value().errors > 0);
  const std::string expected = bytes_of(one.value());
  for (unsigned threads : {2u, 4u}) {
    auto more = pipeline::check(set, "2026-01-01", config, threads);
    REQUIRE(more);
    INFO(threads << " threads");
    CHECK(bytes_of(more.value()) == expected);
  }
  const std::string path = "pl_parallel_test_caseload.csv";
  {
    std::ofstream f(path, std::ios::binary);
    f << caseload_text();
  }
  auto streamed = pipeline::check_stream(path, "2026-01-01", config, {}, {.part_records = 1000, .block_bytes = 64 * 1024, .threads = 2});
  std::remove(path.c_str());
  REQUIRE(streamed);
  // the one difference: the file's name as given
  auto renamed = one.value();
  for (auto& f : renamed.findings)
    if (f.file == "caseload.csv") f.file = path;
  renamed.sources = {path};
  CHECK(bytes_of(streamed.value()) == bytes_of(renamed));
}
