// SPDX-License-Identifier: Apache-2.0
// The benchmark exchange at the C ABI (SPEC §11, §12, issue 21): pl_benchmark_* give what the CLI
// gives, and refuse what the CLI refuses (no key, a weak key, no municipality, a format-1
// publication), with a status and a message.
#include "abi_support.hpp"

#include <participatieladder.h>

#include <catch2/catch.hpp>

#include <string>

using namespace pl::abi_test;

namespace {
const std::string csv =
    "client_id;bsn;family_name;measured_on;step;growth_potential;caseworker;postal_code;birth_date\n"
    "A1;111222333;Geheimnaam;2025-01-10;2;+;cw;1234 AB;1970-02-03\n"
    "A2;;Anders;2025-01-11;3;0;cw;2345 CD;1980-04-05\n";
}

TEST_CASE("C ABI: record-level export needs a key; the CSV holds no personal value (SPEC §11)", "[abi][benchmark]") {
  auto engine = make_engine();
  buffer out;
  CHECK(pl_benchmark_record_export_file(engine.get(), csv.data(), csv.size(), "t.csv", PL_FORMAT_CSV, nullptr, 0, nullptr, 0, &out) ==
        PL_E_INVALID_ARGUMENT);
  CHECK(std::string(pl_last_error()).find("no key") != std::string::npos);
  CHECK(out.b.data == nullptr);
  const std::string weak = "Kleindorp2025!!!";
  CHECK(pl_benchmark_record_export_file(engine.get(), csv.data(), csv.size(), "t.csv", PL_FORMAT_CSV, weak.data(), weak.size(), nullptr, 0, &out) ==
        PL_E_CONFIG);
  const std::string key = "a-municipal-secret-key-for-tests";
  const std::string opts = from_json("participatieladder.v1.BenchmarkOptions", R"({"municipality":"Testdorp"})");
  CHECK(pl_benchmark_record_export_file(engine.get(), csv.data(), csv.size(), "t.csv", PL_FORMAT_CSV, key.data(), key.size(), nullptr, 0, &out) ==
        PL_E_INVALID_ARGUMENT);  // no municipality: the pseudonyms are bound to it
  buffer ok;
  REQUIRE(pl_benchmark_record_export_file(engine.get(), csv.data(), csv.size(), "t.csv", PL_FORMAT_CSV, key.data(), key.size(), opts.data(),
                                          opts.size(), &ok) == PL_OK);
  const std::string text = ok.bytes();
  for (const char* secret : {"A1", "111222333", "Geheimnaam", "1234 AB", "1970-02-03", "cw", "2025-01-10"}) CHECK(text.find(secret) == std::string::npos);
  CHECK(text.find(",,,2025-01,") != std::string::npos);  // two clients: birth year and postal code suppressed (k = 5)
}

TEST_CASE("C ABI: publication needs a key and a municipality; merge refuses format 1 (issue 21)", "[abi][benchmark]") {
  auto engine = make_engine();
  buffer none;
  CHECK(pl_benchmark_publication_file(engine.get(), csv.data(), csv.size(), "t.csv", PL_FORMAT_CSV, nullptr, 0, nullptr, 0, &none) ==
        PL_E_INVALID_ARGUMENT);
  CHECK(std::string(pl_last_error()).find("no key") != std::string::npos);
  const std::string key = "a-municipal-secret-key-for-tests";
  CHECK(pl_benchmark_publication_file(engine.get(), csv.data(), csv.size(), "t.csv", PL_FORMAT_CSV, key.data(), key.size(), nullptr, 0, &none) ==
        PL_E_INVALID_ARGUMENT);
  const std::string opts = from_json("participatieladder.v1.BenchmarkOptions", R"({"municipality":"Testdorp","min_clients":"1"})");
  buffer pub;
  REQUIRE(pl_benchmark_publication_file(engine.get(), csv.data(), csv.size(), "t.csv", PL_FORMAT_CSV, key.data(), key.size(), opts.data(),
                                              opts.size(), &pub) == PL_OK);
  const auto v = to_value("participatieladder.v1.BenchmarkPublication", pub.bytes());
  CHECK(get(v, "municipality")->string_value() == "Testdorp");
  CHECK(get(v, "format")->number_value() == 2);
  // every count published, a multiple of 5 (the cell-key method's rounding)
  for (const auto& t : get(v, "tables")->list_value().values())
    for (const auto& c : get(t, "cells")->list_value().values()) {
      CHECK(get(c, "state")->string_value() == "CELL_STATE_PUBLISHED");
      CHECK(std::stoul(get(c, "value")->string_value()) % 5 == 0);
    }
  const std::string blob = pub.bytes();
  const void* pubs[] = {blob.data()};
  const size_t sizes[] = {blob.size()};
  buffer merged;
  // the coordinator's policy: minimum size 1 accepted explicitly
  REQUIRE(pl_benchmark_merge(pubs, sizes, 1, PL_BENCHMARK_CSV, PL_LANG_NL, 0, 1, &merged) == PL_OK);
  CHECK(merged.bytes().rfind("municipality,reference_date,comparable,", 0) == 0);
  CHECK(merged.bytes().find("\nTestdorp,") != std::string::npos);
  pl_buffer_free(&merged);  // an output buffer is the caller's to free before it is used again
  CHECK(pl_benchmark_merge(pubs, sizes, 1, PL_BENCHMARK_CSV, PL_LANG_NL, 0, 0, &merged) == PL_E_INVALID_ARGUMENT);  // below the default 20
  const std::string old = from_json("participatieladder.v1.BenchmarkPublication", R"({"municipality":"Oud","suppress_min":1,"suppress_max":4})");
  const void* olds[] = {old.data()};
  const size_t old_sizes[] = {old.size()};
  CHECK(pl_benchmark_merge(olds, old_sizes, 1, PL_BENCHMARK_TEXT, PL_LANG_NL, 0, 0, &merged) == PL_E_INVALID_ARGUMENT);
  CHECK(std::string(pl_last_error()).find("format 1") != std::string::npos);
  buffer bad;
  const char junk[] = "\xff\xff\xff";
  const void* junks[] = {junk};
  const size_t junk_sizes[] = {3};
  CHECK(pl_benchmark_merge(junks, junk_sizes, 1, PL_BENCHMARK_TEXT, PL_LANG_NL, 0, 0, &bad) == PL_E_DECODE);
  CHECK(pl_benchmark_merge(pubs, sizes, 1, 7, PL_LANG_NL, 0, 0, &bad) == PL_E_INVALID_ARGUMENT);
}
