// SPDX-License-Identifier: Apache-2.0
// SPEC §6: "Input must accept what municipal files really contain" — the same data written as a
// Dutch Excel CSV (`;`, BOM, Dutch headers, DD-MM-YYYY, ja/nee, CRLF) and as an ISO CSV (`,`, §6
// keys, YYYY-MM-DD, yes/no) read back to the same records and give identical findings (SPEC §8),
// which are also the findings of the records before they were written.
#include <catch2/catch.hpp>

#include <participatieladder/checks.hpp>
#include <participatieladder/generator/generator.hpp>
#include <participatieladder/io/csv_reader.hpp>
#include <participatieladder/io/csv_writer.hpp>

#include <sstream>
#include <string>
#include <vector>

using namespace pl;

namespace {

/// Everything of a finding except provenance that differs by file (file name).
std::string describe(const finding& f) {
  std::string fields;
  for (const auto& k : f.fields) fields += k + " ";
  return f.check + "|" + std::string(to_string(f.severity)) + "|" + f.client_id + "|" + std::to_string(f.line) + "|" +
         (f.measured_on ? f.measured_on->iso() : "-") + "|" + fields + "|" + f.message_nl + "|" + f.message_en;
}

std::vector<std::string> describe_all(const std::vector<finding>& fs) {
  std::vector<std::string> out;
  for (const auto& f : fs) out.push_back(describe(f));
  return out;
}

struct checked {
  std::string text;
  std::vector<record> records;
  std::vector<finding> findings;
};

checked write_read_check(const std::vector<record>& records, const csv_style& style, const date& reference) {
  std::ostringstream out;
  REQUIRE(write_csv(out, records, style));
  auto back = read_csv(out.str(), "caseload.csv");
  if (!back) FAIL(back.error().message);
  CHECK(back.value().findings.empty());
  checked c{out.str(), std::move(back.value().records), {}};
  c.findings = run_checks(c.records, reference);
  return c;
}

}  // namespace

TEST_CASE("Dutch Excel CSV and ISO CSV of the same caseload give identical findings", "[csv][equivalence][checks]") {
  const date reference{2026, 1, 1};
  gen::options o;
  o.clients = 400;
  o.seed = 11;
  o.reference_date = reference;
  for (const auto& rule : gen::plant_rules())
    if (rule.id != input_check_id) o.plants.push_back({std::string(rule.id), 2});
  auto caseload = gen::generate(o);
  REQUIRE(caseload);
  const auto& records = caseload.value().records;

  const auto dutch = write_read_check(records, csv_style::dutch_excel(), reference);
  const auto iso = write_read_check(records, csv_style::iso(), reference);

  // the two files really are spelled differently
  CHECK(dutch.text.rfind("\xEF\xBB\xBF" "klantnummer;", 0) == 0);
  CHECK(iso.text.rfind("client_id,", 0) == 0);
  CHECK(dutch.text.find(";ja;") != std::string::npos);
  CHECK(iso.text.find(",yes,") != std::string::npos);

  REQUIRE(dutch.records.size() == records.size());
  REQUIRE(iso.records.size() == records.size());
  const auto original = run_checks(records, reference);
  REQUIRE(original.size() >= 2 * o.plants.size());  // every planted case is found
  const auto d = describe_all(dutch.findings);
  const auto i = describe_all(iso.findings);
  // line numbers come from the files (the originals have none): compare those two exactly
  CHECK(d == i);
  // and both agree with the records before writing (messages may differ: PL020 names the other
  // measurement by its line when there is one, else by its record index)
  REQUIRE(d.size() == original.size());
  for (std::size_t k = 0; k < d.size(); ++k) {
    INFO(d[k]);
    CHECK(dutch.findings[k].check == original[k].check);
    CHECK(dutch.findings[k].client_id == original[k].client_id);
    CHECK(dutch.findings[k].fields == original[k].fields);
    CHECK(dutch.findings[k].measured_on == original[k].measured_on);
    CHECK(dutch.findings[k].line == dutch.records[dutch.findings[k].record_index].line);
  }
}
