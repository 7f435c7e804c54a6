// SPDX-License-Identifier: Apache-2.0
// Writing CSV (SPEC §6) in Dutch Excel and ISO style; what is written reads back to equal records.
#include <catch2/catch.hpp>

#include "io_test_records.hpp"

#include <participatieladder/io/csv_reader.hpp>
#include <participatieladder/io/csv_writer.hpp>

#include <sstream>

using namespace pl;

TEST_CASE("csv writer: round trip in both styles gives equal records", "[csv][writer]") {
  const auto records = test::sample_records();
  for (const auto& style : {csv_style::dutch_excel(), csv_style::iso()}) {
    INFO("delimiter " << style.delimiter);
    std::ostringstream out;
    REQUIRE(write_csv(out, records, style));
    const auto back = read_csv(out.str(), "round.csv");
    if (!back) INFO(back.error().message);
    REQUIRE(back);
    CHECK(test::without_local_column_notes(back.value().findings).empty());
    CHECK(test::local_column_notes(back.value().findings) == back.value().local_columns);
    CHECK(back.value().local_columns == std::vector<std::string>{"Opmerking", "Kleur"});
    REQUIRE(back.value().records.size() == records.size());
    for (std::size_t i = 0; i < records.size(); ++i) test::require_same(records[i], back.value().records[i]);
    // free_field with a newline spans two physical lines: the next record starts one line later
    CHECK(back.value().records[1].line == 4);
  }
}

TEST_CASE("csv writer: Dutch Excel style is ;, BOM, Dutch headers, DD-MM-YYYY, ja/nee, CRLF", "[csv][writer]") {
  const auto records = test::sample_records();
  std::ostringstream out;
  REQUIRE(write_csv(out, records, csv_style::dutch_excel()));
  const auto s = out.str();
  CHECK(s.rfind("\xEF\xBB\xBFklantnummer;bsn;naam;", 0) == 0);
  CHECK(s.find("datum meetmoment;volgend meetmoment;behandelend medewerker") != std::string::npos);
  CHECK(s.find(";Opmerking;Kleur\r\n") != std::string::npos);
  CHECK(s.find(";01-03-2025;") != std::string::npos);
  CHECK(s.find(";ja;") != std::string::npos);
  CHECK(s.find(";\"Dorpsstraat 1; achter\";") != std::string::npos);
  CHECK(s.find(";\"KM \"\"7\"\"\";") != std::string::npos);
  CHECK(s.find("2025-03-01") == std::string::npos);
}

TEST_CASE("csv writer: ISO style is ',', no BOM, §6 keys, YYYY-MM-DD, yes/no, LF", "[csv][writer]") {
  const auto records = test::sample_records();
  std::ostringstream out;
  REQUIRE(write_csv(out, records, csv_style::iso()));
  const auto s = out.str();
  CHECK(s.rfind("client_id,bsn,family_name,", 0) == 0);
  CHECK(s.find(",2025-03-01,") != std::string::npos);
  CHECK(s.find(",yes,") != std::string::npos);
  CHECK(s.find(",\"Jansen, de\",") != std::string::npos);
  CHECK(s.find(",\"2.2,2.4\",") != std::string::npos);
  CHECK(s.find('\r') == std::string::npos);
  CHECK(s.find("01-03-2025") == std::string::npos);
}

TEST_CASE("csv writer: a failed stream is an I/O error", "[csv][writer]") {
  std::ostringstream out;
  out.setstate(std::ios::badbit);
  const auto r = write_csv(out, test::sample_records());
  REQUIRE_FALSE(r);
  CHECK(r.error().value() == errc::io);
}
