// SPDX-License-Identifier: Apache-2.0
// A generated caseload as a file (issue 3, SPEC §6, §8): written by participatieladder::io in
// Dutch Excel style, ISO style and JSON Lines, read back by the io readers, checked by the engine.
// The planted counts per check id — including `input`, the unreadable value — come back exactly,
// and an unplanted caseload gives no finding at all. (The same through the CLI:
// tests/cli/generate_check_test.sh.)
#include <catch2/catch.hpp>

#include <participatieladder/checks.hpp>
#include <participatieladder/generator/caseload_writer.hpp>
#include <participatieladder/generator/generator.hpp>
#include <participatieladder/io/csv_reader.hpp>
#include <participatieladder/io/jsonl_reader.hpp>

#include <map>
#include <sstream>

using namespace pl;

namespace {

struct file_case {
  const char* name;
  gen::file_format format;
  csv_style style;
};

const file_case file_cases[] = {
    {"csv dutch", gen::file_format::csv, csv_style::dutch_excel()},
    {"csv iso", gen::file_format::csv, csv_style::iso()},
    {"jsonl", gen::file_format::jsonl, csv_style::iso()},
};

std::string write(const gen::caseload& c, const file_case& fc) {
  std::ostringstream out;
  const auto w = gen::write_caseload(out, c, fc.format, fc.style);
  REQUIRE(w);
  return out.str();
}

/// Findings per check id: the readers' `input` findings plus the engine's.
std::map<std::string, int> check_file(const std::string& text, const file_case& fc, const date& ref, std::size_t& records) {
  auto read = fc.format == gen::file_format::csv ? read_csv(text, "caseload.csv") : read_jsonl(text, "caseload.jsonl");
  REQUIRE(read);
  records = read.value().records.size();
  std::map<std::string, int> counts;
  for (const auto& f : read.value().findings) ++counts[f.check];
  for (const auto& f : run_checks(read.value().records, ref)) ++counts[f.check];
  return counts;
}

std::string describe(const std::map<std::string, int>& counts) {
  std::string out;
  for (const auto& [id, n] : counts) out += id + "=" + std::to_string(n) + " ";
  return out;
}

}  // namespace

TEST_CASE("generator files: an unplanted caseload reads back without findings", "[generator][io]") {
  gen::options o;
  o.clients = 1500;
  o.seed = 21;
  o.reference_date = {2025, 6, 30};
  const auto c = gen::generate(o);
  REQUIRE(c);
  for (const auto& fc : file_cases) {
    INFO(fc.name);
    std::size_t records = 0;
    const auto counts = check_file(write(c.value(), fc), fc, o.reference_date, records);
    INFO(describe(counts));
    CHECK(records == c.value().records.size());
    CHECK(counts.empty());
  }
}

TEST_CASE("generator files: planted counts per check id come back exactly, input included", "[generator][io]") {
  gen::options o;
  o.clients = 2500;
  o.seed = 8;
  o.reference_date = {2026, 1, 1};
  int n = 0;
  for (const auto& rule : gen::plant_rules()) o.plants.push_back({std::string(rule.id), n++ % 3 + 1});  // 1–3 each
  const auto c = gen::generate(o);
  REQUIRE(c);
  std::map<std::string, int> planted;
  for (const auto& p : o.plants) planted[p.check] = p.count;
  for (const auto& fc : file_cases) {
    INFO(fc.name);
    std::size_t records = 0;
    const auto counts = check_file(write(c.value(), fc), fc, o.reference_date, records);
    INFO("found " << describe(counts) << "\nplanted " << describe(planted));
    CHECK(records == c.value().records.size());
    CHECK(counts == planted);
  }
}

TEST_CASE("generator files: the same seed writes the same bytes, another seed other bytes", "[generator][io]") {
  gen::options o;
  o.clients = 200;
  o.seed = 5;
  o.plants = {{"PL003", 2}, {"input", 1}};
  const auto a = gen::generate(o), b = gen::generate(o);
  o.seed = 6;
  const auto other = gen::generate(o);
  REQUIRE(a);
  REQUIRE(b);
  REQUIRE(other);
  for (const auto& style : {csv_style::dutch_excel(), csv_style::iso()}) {
    const file_case fc{"csv", gen::file_format::csv, style};
    const auto text = write(a.value(), fc);
    CHECK(text == write(b.value(), fc));
    CHECK(text != write(other.value(), fc));
  }
}

TEST_CASE("generator files: Dutch Excel style is what the SPEC §6 example looks like", "[generator][io]") {
  gen::options o;
  o.clients = 20;
  const auto c = gen::generate(o);
  REQUIRE(c);
  const auto text = write(c.value(), {"csv dutch", gen::file_format::csv, csv_style::dutch_excel()});
  CHECK(text.rfind("\xEF\xBB\xBF", 0) == 0);  // BOM
  const auto header = text.substr(3, text.find('\n') - 3);
  CHECK(header.find("klantnummer;") == 0);
  CHECK(header.find(";trede;") != std::string::npos);
  const auto line_end = text.find('\n', text.find('\n') + 1);
  const auto first_row = text.substr(text.find('\n') + 1, line_end - text.find('\n') - 1);
  CHECK(first_row.rfind("K0000001;", 0) == 0);
  CHECK((first_row.find(";ja;") != std::string::npos || first_row.find(";nee;") != std::string::npos));
  // the birth date column, DD-MM-YYYY
  auto cell = [](const std::string& line, std::size_t column) {
    std::size_t pos = 0;
    for (std::size_t k = 0; k < column; ++k) pos = line.find(';', pos) + 1;
    return line.substr(pos, line.find(';', pos) - pos);
  };
  std::size_t column = 0;
  while (cell(header, column) != "geboortedatum" && column < 40) ++column;
  REQUIRE(column < 40);
  const auto birth = cell(first_row, column);
  INFO(birth);
  CHECK((birth.size() == 10 && birth[2] == '-' && birth[5] == '-'));
}

TEST_CASE("generator files: format names", "[generator]") {
  CHECK(gen::parse_file_format("csv").value() == gen::file_format::csv);
  CHECK(gen::parse_file_format("jsonl").value() == gen::file_format::jsonl);
  const auto bad = gen::parse_file_format("xlsx");
  REQUIRE_FALSE(bad);
  CHECK(bad.error().message.find("xlsx") != std::string::npos);
}
