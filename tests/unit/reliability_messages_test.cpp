// SPDX-License-Identifier: Apache-2.0
// Issue 14, the two defects: a JSON Lines line with a syntax error once put protobuf's excerpt of
// the line into the finding (personal data, SPEC §11) cut at a byte position (invalid UTF-8). Now a
// message names the line and the kind of syntax error only, and every text the library puts into
// a message is valid UTF-8, also a caller's file name that is not.
#include <catch2/catch.hpp>

#include "utf8_valid.hpp"

#include <participatieladder/io/csv_reader.hpp>
#include <participatieladder/io/file_reader.hpp>
#include <participatieladder/io/jsonl_reader.hpp>

#include <fstream>
#include <iterator>
#include <string>
#include <vector>

using namespace pl;

namespace {

std::string file_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE(in);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

/// Every personal value (SPEC §6 fields 1-9, bsn) of tests/data/reliability/personal_syntax_error.jsonl.
const std::vector<std::string> personal_values = {
    "Jansen", "Piet", "1980-05-17", "Dorpsstraat", "1234 AB", "Heemskerk", "111222333", "de Vries", "Éénhoorn",
    "Diëen", "Renée", "Kerkstraat", "van 't", "123456782", "17-05-1980", "9999 ZZ", "Sint-Oedenrode", "§"};

void require_clean(const finding& f) {
  INFO("line " << f.line << ": " << f.message_en);
  for (const auto* text : {&f.message_nl, &f.message_en, &f.value, &f.key, &f.file}) {
    CHECK(test::is_valid_utf8(*text));
    for (const auto& v : personal_values) CHECK(text->find(v) == std::string::npos);
  }
}

}  // namespace

TEST_CASE("reliability: a JSON Lines syntax error names the line and the kind, no excerpt", "[reliability][jsonl]") {
  const auto bytes = file_bytes(std::string(PL_SOURCE_DIR) + "/tests/data/reliability/personal_syntax_error.jsonl");
  const auto r = read_jsonl(bytes, "personal_syntax_error.jsonl");
  REQUIRE(r);
  REQUIRE(r.value().records.size() == 1);  // line 1; lines 2-5 are skipped
  std::vector<std::string> skipped;
  for (const auto& f : r.value().findings) {
    require_clean(f);
    if (f.message_en.find("not a JSON object") != std::string::npos) skipped.push_back(f.message_en);
  }
  CHECK(skipped == std::vector<std::string>{
                       "line 2: not a JSON object (line skipped): Expected , or } after key:value pair.",
                       "line 3: not a JSON object (line skipped): Expected , or } after key:value pair.",
                       "line 4: not a JSON object (line skipped): Expected , or } after key:value pair.",
                       "line 5: not a JSON object (line skipped): Expected , or } after key:value pair."});
}

TEST_CASE("reliability: other JSON syntax errors are named without the input", "[reliability][jsonl]") {
  const std::string good = "{\"client_id\":\"K1\",\"measured_on\":\"2025-03-01\",\"step\":\"3\"}\n";
  for (const std::string bad : {"{\"family_name\":\"Jansen\\u12§§\"}", "{\"family_name\":\"Jansen§§§§§§§§§§§§§§§§\"",
                                "{\"family_name\":\"Jansen\",,\"city\":\"Heemskerk§§§§§§§§§§§§\"}",
                                "{\"family_name\":[\"Jansen\" \"Heemskerk§§§§§§§§§§§\"]}"}) {
    const auto r = read_jsonl(good + bad + "\n", "t.jsonl");
    REQUIRE(r);
    REQUIRE(r.value().findings.size() == 1);
    const auto& f = r.value().findings[0];
    CHECK(f.message_en.rfind("line 2: not a JSON object (line skipped): ", 0) == 0);
    CHECK(f.message_en.find('\n') == std::string::npos);
    require_clean(f);
  }
}

TEST_CASE("reliability: a file name that is not UTF-8 is echoed as valid UTF-8", "[reliability]") {
  const std::string name = "export\xE9\xFF.csv";  // Latin-1 'é' and a byte that is never UTF-8
  const auto csv = read_csv("client_id;measured_on;step;Opmerkng\nK1;2025-03-01;8;x\n", name);
  REQUIRE(csv);
  REQUIRE(!csv.value().findings.empty());
  for (const auto& f : csv.value().findings) {
    CHECK(test::is_valid_utf8(f.file));
    CHECK(test::is_valid_utf8(f.message_en));
    CHECK(f.file == "export\xEF\xBF\xBD\xEF\xBF\xBD.csv");  // each bad byte is U+FFFD
  }
  const auto jsonl = read_jsonl("{\"client_id\":\"K1\",\"measured_on\":\"2025-03-01\",\"step\":8}\nnot json\n", name);
  REQUIRE(jsonl);
  for (const auto& f : jsonl.value().findings) CHECK(test::is_valid_utf8(f.file));
  const auto refused = read_csv("", name);
  REQUIRE(!refused);
  CHECK(test::is_valid_utf8(refused.error().message));
}
