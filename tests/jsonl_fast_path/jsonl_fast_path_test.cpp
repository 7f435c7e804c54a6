// SPDX-License-Identifier: Apache-2.0
// The JSON Lines reader's fast path (issue 25, SPEC §6): every line read with simdjson gives the
// record and the findings protobuf gives, and every line simdjson cannot read exactly as protobuf
// does is left to protobuf. The oracle is the reader with protobuf alone (io_detail::jsonl_parser::
// protobuf_only, the reader before simdjson); the two read_results are compared as v1 RecordSet
// message bytes (records, findings, the source's encoding, local columns and headers), or as the
// same error. Every case also asserts which parser read its lines (jsonl_counts), so the fast path
// is known to run and a line it must leave is known to be left.
#include <catch2/catch.hpp>

#include "io/jsonl_reader_core.hpp"
#include "messages/record_message.hpp"

#include <participatieladder/generator/caseload_writer.hpp>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

using namespace pl;
namespace fs = std::filesystem;

namespace {

struct reading {
  std::string bytes;  ///< the RecordSet message, or the error
  io_detail::jsonl_counts counts;
  std::size_t parts = 0;
};

reading read_with(std::string_view text, io_detail::jsonl_parser parser, unsigned threads = 1) {
  read_options o;
  o.threads = threads;
  reading out;
  auto r = io_detail::read_jsonl(text, "t.jsonl", 0, o, parser, &out.counts);
  if (!r) {
    out.bytes = "error " + std::to_string(static_cast<int>(r.error().value())) + ": " + r.error().message + " / " + r.error().message_nl;
    return out;
  }
  auto& read = r.value();
  out.parts = read.parts;
  pipeline::record_set set;
  set.records = std::move(read.records);
  set.findings = std::move(read.findings);
  set.sources = {"t.jsonl"};
  set.encodings = {std::string(to_string(read.encoding))};
  set.local_columns = {std::move(read.local_columns)};
  set.headers = {std::move(read.headers)};
  set.columns = {read.columns};
  set.parts = {read.parts};
  REQUIRE(messages::to_message(set).SerializeToString(&out.bytes));
  return out;
}

/// The text read both ways: the same bytes. Returns the fast reading (its counts).
reading same_both_ways(std::string_view text, unsigned threads = 1) {
  const auto fast = read_with(text, io_detail::jsonl_parser::simdjson_first, threads);
  const auto oracle = read_with(text, io_detail::jsonl_parser::protobuf_only, threads);
  CHECK(oracle.counts.simdjson == 0);
  CHECK(fast.counts.simdjson + fast.counts.protobuf == oracle.counts.protobuf);
  CHECK(fast.bytes == oracle.bytes);
  return fast;
}

std::string file_text(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

const std::string first = R"({"client_id":"K1","measured_on":"2025-03-01","step":3})";

}  // namespace

TEST_CASE("jsonl fast path: every JSON Lines file of tests/ reads as with protobuf alone", "[jsonl]") {
  const fs::path tests = fs::path(PL_SOURCE_DIR) / "tests";
  std::vector<fs::path> files;
  for (const auto& e : fs::recursive_directory_iterator(tests)) {
    if (!e.is_regular_file()) continue;
    const auto& p = e.path();
    const auto dir = p.parent_path().filename().string();
    // the .jsonl files (vectors, bad input, test data) and the fuzz corpus and regressions of the JSON Lines reader
    if (p.extension() == ".jsonl" || dir == "jsonl_reader") files.push_back(p);
  }
  std::sort(files.begin(), files.end());
  REQUIRE(files.size() >= 60);
  std::size_t fast_lines = 0, left_lines = 0;
  for (const auto& p : files) {
    INFO(p.string());
    const auto r = same_both_ways(file_text(p));
    fast_lines += r.counts.simdjson;
    left_lines += r.counts.protobuf;
  }
  CHECK(fast_lines > 100);  // most lines of these files: read by simdjson
  CHECK(left_lines > 10);   // the broken ones: left to protobuf
}

TEST_CASE("jsonl fast path: lines simdjson reads as protobuf does", "[jsonl]") {
  // After a good first line (a file of broken lines only is an error): each line alone.
  for (const std::string line : {
           R"({"client_id":"K2","measured_on":"2025-03-01","step":-0})",  // -0: protobuf's int64 0, simdjson's 0
           R"({"client_id":"K2","measured_on":"2025-03-01","x":-0.0,"y":-0e0,"z":0})",
           R"({"client_id":"K2","measured_on":"2025-03-01","x":1e5,"y":1.0,"z":1E-2,"w":2e0})",
           R"({"client_id":"K2","measured_on":"2025-03-01","x":1e-400,"y":4.9e-324,"z":1.7976931348623157e308})",
           R"({"client_id":"K2","measured_on":"2025-03-01","x":2.2250738585072011e-308,"y":0.1,"z":1e15,"w":999999999999999.9})",
           R"({"client_id":12345678901234567890,"measured_on":"2025-03-01","x":18446744073709551615})",  // uint64: not exact
           R"({"client_id":9007199254740993,"measured_on":"2025-03-01","x":-9223372036854775808,"y":9007199254740991})",
           R"({"client_id":"K2","measured_on":"2025-03-01","x":"\ud83d\ude00\u00e9\uFFFF\uDBFF\uDFFF"})",
           R"({"client_id":"K2","measured_on":"2025-03-01","\u0000":"a\u0000b","":"leeg","@type":"x"})",
           R"({"client_id":"K2","measured_on":"2025-03-01","x":"\/\b\f\n\r\t\"\\"})",
           R"({"klantnummer":"K2","meetdatum":"01-03-2025","trede":"2+","groeipotentieel":true,"team":null,"x":false})",
           R"({"client_id":"K2","measured_on":"2025-03-01","step":3,"trede":4})",  // two keys, one field: a finding
           "{\"client_id\":\"K2\",\r\"measured_on\":\"2025-03-01\" , \"step\" :\t3 }",
           R"({})",
           // the sign of the step against the growth column: the finding names both values as written
           R"({"client_id":"K2","measured_on":"2025-03-01","step":"2+","growth_potential":"no"})",
           R"({"client_id":"K2","measured_on":"2025-03-01","step":"2-","growth_potential":1})",
           R"({"client_id":"K2","measured_on":"2025-03-01","step":2,"growth_potential":true})",
           R"({"client_id":"K2","measured_on":"2025-03-01","x":123456789012345.6,"y":-1.5e+300,"z":0.000001})",
       }) {
    INFO(line);
    const auto r = same_both_ways(first + "\n" + line + "\n");
    CHECK(r.counts.simdjson == 2);
    CHECK(r.counts.protobuf == 0);
  }
}

TEST_CASE("jsonl fast path: lines simdjson leaves to protobuf", "[jsonl]") {
  for (const std::string line : {
           // a key given twice: protobuf refuses the line (Repeated map key), simdjson keeps both
           R"({"client_id":"K2","measured_on":"2025-03-01","step":3,"step":4})",
           R"({"client_id":"K2","client_id":"K3","measured_on":"2025-03-01"})",
           R"({"client_id":"K2","measured_on":"2025-03-01","x":1,"\u0078":2})",
           // what protobuf reads and simdjson refuses
           "{\"client_id\":\"K2\",\"measured_on\":\"2025-03-01\",\"x\":\"a\tb\"}",  // a raw tab in a string
           "{\"client_id\":\"K2\",\"measured_on\":\"2025-03-01\",\"x\":\"a\x01" "b\"}",
           "{\"client_id\":\"K2\",\"measured_on\":\"2025-03-01\",\"a\tb\":1}",
           "{\"client_id\":\"K2\",\"measured_on\":\"2025-03-01\",\f\"x\":1}",  // form feed between tokens
           "{\"client_id\":\"K2\",\"measured_on\":\"2025-03-01\",\v\"x\":1}",
           R"({client_id:"K2","measured_on":"2025-03-01"})",
           R"({'client_id':'K2',"measured_on":"2025-03-01"})",
           R"({"client_id":"K2","measured_on":"2025-03-01","x":1.})",
           R"({"client_id":"K2","measured_on":"2025-03-01",})",
           R"({"client_id":"K2","measured_on":"2025-03-01","x":"\x"})",
           // numbers beyond 64-bit integers: protobuf's strtod
           R"({"client_id":"K2","measured_on":"2025-03-01","x":18446744073709551616})",
           R"({"client_id":"K2","measured_on":"2025-03-01","x":-9223372036854775809})",
           R"({"client_id":"K2","measured_on":"2025-03-01","x":100000000000000000000})",
           R"({"client_id":123456789012345678901234567890,"measured_on":"2025-03-01"})",
           // nested values: a finding (protobuf reads them: its depth, its keys)
           R"({"client_id":"K2","measured_on":"2025-03-01","x":[1,2]})",
           R"({"client_id":"K2","measured_on":"2025-03-01","x":{"a":1,"a":2}})",
           R"({"client_id":"K2","measured_on":"2025-03-01","x":{}})",
           // refused by both: protobuf's kind of error in the finding
           R"({"client_id":"K2","measured_on":"2025-03-01","x":1E400})",
           R"({"client_id":"K2","measured_on":"2025-03-01","x":-1e400})",
           R"({"client_id":"K2","measured_on":"2025-03-01","x":"\ud800"})",
           R"({"client_id":"K2","measured_on":"2025-03-01","x":"\udc00"})",
           R"({"client_id":"K2","measured_on":"2025-03-01","x":"\ud800\u0041"})",
           R"({"client_id":"K2","measured_on":"2025-03-01","x":"\u004"})",
           R"({"client_id":"K2","measured_on":"2025-03-01","x":01})",
           R"({"client_id":"K2","measured_on":"2025-03-01","x":.5})",
           R"({"client_id":"K2","measured_on":"2025-03-01","x":+1})",
           R"({"client_id":"K2","measured_on":"2025-03-01","x":NaN})",
           R"({"client_id":"K2","measured_on":"2025-03-01","x":-Infinity})",
           R"({"client_id":"K2","measured_on":"2025-03-01","x":tru})",
           R"({"client_id":"K2","measured_on":"2025-03-01"}x)",
           R"({"client_id":"K2","measured_on":"2025-03-01"}})",
           R"({"client_id":"K2","measured_on":"2025-03-01"}{"a":1})",
           R"({"client_id":"K2" "measured_on":"2025-03-01"})",
           R"([{"client_id":"K2"}])",
           R"("client_id")",
           R"(42)",
           R"(null)",
           R"({"client_id":"K2","measured_on":"2025-03-01)",
       }) {
    INFO(line);
    const auto r = same_both_ways(first + "\n" + line + "\n");
    CHECK(r.counts.simdjson == 1);
    CHECK(r.counts.protobuf == 1);
  }
  // deeper than protobuf's limit of nesting
  const std::string deep = R"({"client_id":"K2","measured_on":"2025-03-01","x":)" + std::string(200, '[') + std::string(200, ']') + "}";
  const auto r = same_both_ways(first + "\n" + deep + "\n");
  CHECK(r.counts.protobuf == 1);
}

TEST_CASE("jsonl fast path: random numbers read as protobuf reads them", "[jsonl]") {
  std::mt19937_64 rng(25);
  auto digits = [&](std::size_t n, bool lead_zero_ok) {
    std::string s;
    for (std::size_t i = 0; i < n; ++i) s += static_cast<char>('0' + (i == 0 && !lead_zero_ok ? 1 + rng() % 9 : rng() % 10));
    return s;
  };
  std::string text = first + "\n";
  for (int i = 0; i < 4000; ++i) {
    std::string n = rng() % 4 == 0 ? "-" : "";
    const std::size_t len = 1 + rng() % 22;
    n += len == 1 ? digits(1, true) : digits(len, false);
    if (rng() % 2) n += "." + digits(1 + rng() % 20, true);
    if (rng() % 3 == 0) n += std::string(rng() % 2 ? "e" : "E") + (rng() % 2 ? "-" : rng() % 2 ? "+" : "") + std::to_string(rng() % 330);
    // a local key (its text kept as written) and a §6 number (hours_per_week: parsed by its rule)
    text += R"({"client_id":"K)" + std::to_string(i) + R"(","measured_on":"2025-03-01","x":)" + n + "}\n";
  }
  const auto r = same_both_ways(text);
  CHECK(r.counts.simdjson > 3500);
}

TEST_CASE("jsonl fast path: mutated lines read as with protobuf alone", "[jsonl]") {
  // Lines of every kind above, each changed at one to three places by a character of JSON: whether
  // simdjson reads them or leaves them to protobuf, the records and findings are protobuf's.
  const std::vector<std::string> seeds = {
      R"({"client_id":"K2","measured_on":"2025-03-01","step":3,"groeipotentieel":true,"team":null,"x":1.5e3})",
      R"({"klantnummer":12345,"meetdatum":"01-03-2025","trede":"2+","low_literacy":false,"Opmerking":"\u00e9\n"})",
      R"({"client_id":"K2","measured_on":"2025-03-01","x":[1,{"a":"b"}],"y":-0.0,"z":18446744073709551615})",
  };
  const std::string alphabet = "{}[]\",:.-+0123456789eEtrufalsn \\u/\tx\x01";
  std::mt19937_64 rng(14);
  std::string text = first + "\n";
  for (int i = 0; i < 6000; ++i) {
    std::string line = seeds[rng() % seeds.size()];
    for (int k = 0, changes = 1 + static_cast<int>(rng() % 3); k < changes; ++k) {
      const std::size_t at = rng() % line.size();
      const char c = alphabet[rng() % alphabet.size()];
      switch (rng() % 3) {
        case 0: line[at] = c; break;
        case 1: line.insert(line.begin() + static_cast<std::ptrdiff_t>(at), c); break;
        default: line.erase(at, 1);
      }
    }
    text += line + "\n";
  }
  const auto r = same_both_ways(text);
  CHECK(r.counts.simdjson > 500);
  CHECK(r.counts.protobuf > 500);
}

TEST_CASE("jsonl fast path: a generated caseload, on 1-4 threads", "[jsonl]") {
  gen::options o;
  o.clients = 8000;
  o.seed = 25;
  o.reference_date = {2026, 1, 1};
  o.plants = {{"input", 20}, {"PL003", 10}};
  auto c = gen::generate(o);
  REQUIRE(c);
  std::ostringstream out;
  REQUIRE(gen::write_caseload(out, c.value(), gen::file_format::jsonl));
  // Lines that make the join of the parts show: local keys and headers first written in a later
  // part (and again after), a broken line, a key given twice, blank lines.
  const std::vector<std::pair<double, std::string>> inserts = {
      {0.10, R"({"client_id":"X1","measured_on":"2025-03-01","step":3,"Notitie":"a"})"},
      {0.40, R"({"klantnummer":"X2","meetdatum":"01-03-2025","trede":2,"Opmerking":"b","Notitie":"c"})"},
      {0.65, "{\"client_id\":\"X3\",\"measured_on\":\"2025-03-01\",\"trede\":4,\"Opmerking\":\"d\",\"Extra\":1}\n{\"x\":\n\n"
             R"({"client_id":"X3","measured_on":"2025-03-01","step":4,"step":5})"},
      {0.90, R"({"Klantnummer":"X4","measured_on":"2025-03-01","Trede":"5","Extra":2,"Laatste":true})"},
  };
  std::vector<std::string> lines;
  {
    std::istringstream in(out.str());
    for (std::string l; std::getline(in, l);) lines.push_back(l);
  }
  REQUIRE(lines.size() > 15000);
  std::string text;
  std::size_t next = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (next < inserts.size() && i == static_cast<std::size_t>(inserts[next].first * static_cast<double>(lines.size())))
      text += inserts[next++].second + "\n";
    text += lines[i] + "\n";
  }
  REQUIRE(text.size() > 4u * (1u << 20));  // four parts of at least 1 MiB
  const auto one = same_both_ways(text);
  CHECK(one.parts == 1);
  CHECK(one.counts.protobuf >= 2);  // the broken line, the key given twice
  CHECK(one.counts.simdjson + one.counts.protobuf == lines.size() + 6);  // every line that is not blank, once
  for (unsigned threads : {2u, 3u, 4u}) {
    INFO(threads << " threads");
    const auto more = read_with(text, io_detail::jsonl_parser::simdjson_first, threads);
    CHECK(more.parts == threads);  // one part per thread: the threaded read ran
    CHECK(more.counts.simdjson == one.counts.simdjson);
    CHECK(more.bytes == one.bytes);
  }
}
