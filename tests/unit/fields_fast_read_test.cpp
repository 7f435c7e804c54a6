// SPDX-License-Identifier: Apache-2.0
// The fast read of the SPEC §6 field table (read_field, issue 25) against parse_field: whatever
// the fast read takes, it reads exactly as parse_field does (the same record afterwards); what it
// declines, parse_field decides. Every field with a fast read, over spellings that read and
// spellings that do not, from a blank record and from records with values read before (the
// growth and target signs depend on them: SPEC §5, §6 revised).
#include <catch2/catch.hpp>

#include <participatieladder/fields.hpp>

#include <string>
#include <vector>

using namespace pl;

namespace {

/// Every field as parse_field's counterpart writes it, plus the members no single field writes.
std::string state(const record& r) {
  std::string out;
  for (const auto& f : field_table) out += std::string(f.key) + "=" + format_field(r, f, value_style{}) + ";";
  out += "grade=" + std::to_string(r.growth_grade) + ";conflict=" + (r.growth_conflict ? "1" : "0");
  out += ";code=" + r.work_obligation_exemption_code;
  return out;
}

const std::vector<std::string> spellings = {
    "",        " ",        "ja",       "NEE",      " j ",        "Yes",         "0",           "1",          "+",
    "++",      "---",      "x",        "jaa",      "2025-03-01", "3-8-2023",    " 14-01-2025", "31-02-2024", "2025/3/1",
    "1.2.2025", "2025.03.01", "2025-03", "2+",      "T3-",        "t4",          "6+",          "9",          "9+",
    "0-",      "7",        "a",        "B",        "c)",         "d werk",      "a gemeentelijke uitkering", "UWV-uitkering",
    "e",       "1y",       "5 jaar",   "OOIT",     "2y",         "questionnaire", "Vragenlijst", "conversie", "raden",
    "1:N 2:N 10:J 12:J 13:J", "1:n,2:y;3:1", "1:N 1:J", "22:J", "1:x", "1J", "M", "vrouw", "onbekend", "X",
    "K0001",   "code-7",   "2.4",      "2.2,2.4",  "overleden",  "verhuisd",
};

/// Records a value may be read into: blank, and with signs and growth read before.
std::vector<record> starts() {
  std::vector<record> out(1);
  for (const auto& [key, value] : std::vector<std::pair<std::string, std::string>>{
           {"growth_potential", "+"}, {"growth_potential", "0"}, {"step", "3+"}, {"target_growth", "+"}, {"target_step", "4-"}}) {
    record r;
    REQUIRE(parse_field(r, *field_by_key(key), value));
    out.push_back(r);
  }
  return out;
}

}  // namespace

TEST_CASE("read_field reads what parse_field reads, exactly as it does", "[fields][fast_read]") {
  std::size_t fast = 0, declined = 0, fields_with_fast_read = 0;
  for (const auto& f : field_table) {
    if (!f.read) continue;
    ++fields_with_fast_read;
    for (const auto& start : starts()) {
      for (const auto& v : spellings) {
        INFO(f.key << " = '" << v << "' from " << state(start));
        record by_read = start, by_parse = start;
        const bool read = read_field(by_read, f, v);
        const auto parsed = parse_field(by_parse, f, v);
        if (read) {
          ++fast;
          CHECK(parsed);
          CHECK(state(by_read) == state(by_parse));
        } else {
          ++declined;
          CHECK(state(by_read) == state(start));  // a declined value leaves the record as it was
        }
      }
    }
  }
  // every kind but sub-steps and exit reasons has a fast read; both outcomes were exercised
  CHECK(fields_with_fast_read >= 30);
  CHECK(fast > 0);
  CHECK(declined > 0);
}
