// SPDX-License-Identifier: Apache-2.0
// Reading the base data set from CSV (SPEC §6): delimiters, BOM, aliases, quoting, line numbers,
// input findings, hard failures, personal data withheld (SPEC §11).
#include <catch2/catch.hpp>

#include <participatieladder/io/csv_reader.hpp>
#include <participatieladder/io/file_reader.hpp>

#include <cstdio>
#include <fstream>
#include <string>

using namespace pl;

namespace {
read_result ok(std::string_view csv) {
  auto r = read_csv(csv, "t.csv");
  INFO(csv);
  if (!r) INFO(r.error().message);
  REQUIRE(r);
  return std::move(r).value();
}
std::string hard(std::string_view csv, errc code = errc::format) {
  auto r = read_csv(csv, "t.csv");
  INFO(csv);
  REQUIRE_FALSE(r);
  CHECK(r.error().value() == code);
  CHECK(r.error().message.rfind("t.csv: ", 0) == 0);
  return r.error().message;
}
}  // namespace

TEST_CASE("csv: ISO comma file with §6 keys", "[csv]") {
  const auto r = ok("client_id,measured_on,step,growth_potential,low_literacy\n"
                    "K1,2025-03-01,2,+,ja\n"
                    "K2,2025-03-02,6,,\n");
  REQUIRE(r.records.size() == 2);
  CHECK(r.findings.empty());
  CHECK(r.records[0].client_id == "K1");
  CHECK(r.records[0].measured_on == date{2025, 3, 1});
  CHECK(r.records[0].step == step::social_contacts);
  CHECK(r.records[0].growth_potential == growth::potential);
  CHECK(r.records[0].low_literacy == true);
  CHECK(r.records[0].line == 2);
  CHECK(r.records[1].line == 3);
  CHECK_FALSE(r.records[1].growth_potential);
  CHECK_FALSE(r.records[1].low_literacy);
}

TEST_CASE("csv: Dutch Excel file: BOM, semicolons, Dutch aliases, DD-MM-YYYY, CRLF", "[csv]") {
  const auto r = ok("\xEF\xBB\xBFKlantnummer;Datum meetmoment;Positie op de ladder;Inkomenssituatie;Opmerking\r\n"
                    "K1;01-03-2025;3+;a gemeentelijke uitkering;\"tekst; met \"\"quotes\"\"\"\r\n");
  REQUIRE(r.records.size() == 1);
  REQUIRE(r.findings.size() == 1);  // SPEC §6: the reader says that Opmerking is kept as a local field
  CHECK(r.findings[0].severity == severity::info);
  CHECK(r.findings[0].line == 1);
  CHECK(r.findings[0].value == "Opmerking");
  CHECK(r.local_columns == std::vector<std::string>{"Opmerking"});
  const auto& rec = r.records[0];
  CHECK(rec.client_id == "K1");
  CHECK(rec.measured_on == date{2025, 3, 1});
  CHECK(rec.step == step::organised_activities);
  CHECK(rec.growth_potential == growth::potential);
  CHECK(rec.income_situation == income::municipal_benefit);
  REQUIRE(rec.local_fields.size() == 1);
  CHECK(rec.local_fields[0].first == "Opmerking");
  CHECK(rec.local_fields[0].second == "tekst; met \"quotes\"");
}

TEST_CASE("csv: lines are physical lines where a row starts; quoted newlines and blank lines count", "[csv]") {
  const auto r = ok("client_id;measured_on;step;free_field\n"
                    "K1;2025-03-01;2;\"twee\nregels\"\n"
                    "\n"
                    "K2;2025-03-01;7;\n"
                    ";;;\n"
                    "K3;2025-03-01;1;\n");
  REQUIRE(r.records.size() == 3);
  CHECK(r.records[0].free_field == "twee\nregels");
  CHECK(r.records[0].line == 2);
  CHECK(r.records[1].line == 5);
  CHECK(r.records[2].line == 7);
  REQUIRE(r.findings.size() == 1);
  const auto& f = r.findings[0];
  CHECK(f.check == "input");
  CHECK(f.severity == severity::error);
  CHECK(f.file == "t.csv");
  CHECK(f.line == 5);
  CHECK(f.client_id == "K2");
  CHECK(f.measured_on == date{2025, 3, 1});
  CHECK(f.key == "step");
  CHECK(f.value == "7");
  CHECK(f.fields == std::vector<std::string>{"step"});
  CHECK(f.record_index == 1);
  CHECK(f.message_en.find("line 5") != std::string::npos);
  CHECK(f.message_en.find("'7'") != std::string::npos);
  CHECK(f.message_nl.find("regel 5") != std::string::npos);
  CHECK_FALSE(r.records[1].step);  // kept, the value not filled
}

TEST_CASE("csv: an unreadable value keeps the record; other values still read", "[csv]") {
  const auto r = ok("client_id,measured_on,step,gender,birth_date,start_qualification\n"
                    "K1,31-02-2025,2,X,31-02-1980,misschien\n");
  REQUIRE(r.records.size() == 1);
  CHECK(r.records[0].step == step::social_contacts);
  CHECK_FALSE(r.records[0].measured_on);
  REQUIRE(r.findings.size() == 4);
  CHECK(r.findings[0].key == "measured_on");
  CHECK(r.findings[0].value == "31-02-2025");
  CHECK_FALSE(r.findings[0].measured_on);
  // personal fields: value withheld everywhere (SPEC §11)
  for (const auto* key : {"gender", "birth_date"}) {
    const auto it = std::find_if(r.findings.begin(), r.findings.end(), [&](const finding& f) { return f.key == key; });
    REQUIRE(it != r.findings.end());
    CHECK(it->value.empty());
    CHECK(it->message_en.find("31-02-1980") == std::string::npos);
    CHECK(it->message_nl.find("31-02-1980") == std::string::npos);
    CHECK(it->message_en.find("withheld") != std::string::npos);
  }
  CHECK(r.findings[3].key == "start_qualification");
  CHECK(r.findings[3].value == "misschien");
}

TEST_CASE("csv: wrong field count and broken quotes are findings naming the line; the rest is read", "[csv]") {
  const auto r = ok("client_id,measured_on,step\n"
                    "K1,2025-03-01\n"                  // 2: too few
                    "K2,2025-03-01,2,extra\n"          // 3: too many
                    "K3,2025-03-01,2,,\n"              // 4: trailing empties are fine
                    "K4,2025-\"03\"-01,2\n"            // 5: quote inside an unquoted value
                    "K5,\"2025-03-01\"x,2\n"           // 6: text after a closing quote
                    "K6,2025-03-01,3\n");              // 7
  std::vector<std::string> ids;
  for (const auto& rec : r.records) ids.push_back(rec.client_id);
  CHECK(ids == std::vector<std::string>{"K3", "K6"});
  REQUIRE(r.findings.size() == 4);
  CHECK(r.findings[0].line == 2);
  CHECK(r.findings[0].message_en.find("2 fields, the header 3") != std::string::npos);
  CHECK(r.findings[1].line == 3);
  CHECK(r.findings[2].line == 5);
  CHECK(r.findings[2].message_en.find("broken quote") != std::string::npos);
  CHECK(r.findings[3].line == 6);
}

TEST_CASE("csv: a quote never closed is reported at its row, later rows are recovered", "[csv]") {
  const auto r = ok("client_id,measured_on,step\n"
                    "K1,2025-03-01,2\n"
                    "K2,\"2025-03-01,2\n"
                    "K3,2025-03-01,3\n"
                    "K4,2025-03-01,4\n");
  std::vector<std::string> ids;
  for (const auto& rec : r.records) ids.push_back(rec.client_id);
  CHECK(ids == std::vector<std::string>{"K1", "K3", "K4"});
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].line == 3);
  CHECK(r.findings[0].message_en.find("never closed") != std::string::npos);
}

TEST_CASE("csv: no newline at the end, lone CR line ends", "[csv]") {
  const auto r = ok("client_id,measured_on,step\rK1,2025-03-01,2\rK2,2025-03-02,3");
  REQUIRE(r.records.size() == 2);
  CHECK(r.records[1].line == 3);
  CHECK(r.records[1].step == step::organised_activities);
}

TEST_CASE("csv: Windows-1252 is detected when the bytes are not UTF-8, and said (SPEC §6, revised)", "[csv][encoding]") {
  const std::string cp1252 = "Klantnummer;Datum meetmoment;Trede;Klantmanager\r\nK1;3-8-2023;2;R. \xC7" "elik\r\nK2;1-2-2024;3;\x80 Jos\xE9\r\n";
  const auto r = ok(cp1252);
  CHECK(r.encoding == text_encoding::windows1252);
  REQUIRE(r.records.size() == 2);
  CHECK(r.records[0].caseworker == "R. \xC3\x87" "elik");         // Ç
  CHECK(r.records[1].caseworker == "\xE2\x82\xAC Jos\xC3\xA9");  // € José
  CHECK(r.records[0].measured_on == date{2023, 8, 3});
  CHECK(r.findings.empty());
  // UTF-8 stays UTF-8; asked for UTF-8 only, the Windows-1252 bytes are an error naming the line.
  CHECK(ok("client_id;measured_on;step\nK\xC3\xAB;2025-03-01;2\n").encoding == text_encoding::utf8);
  read_options utf8_only;
  utf8_only.encoding = text_encoding::utf8;
  const auto strict = read_csv(cp1252, "t.csv", 0, utf8_only);
  REQUIRE_FALSE(strict);
  CHECK(strict.error().message.find("line 2: not valid UTF-8") != std::string::npos);
  // Asked for Windows-1252, valid UTF-8 bytes are read as Windows-1252 (Ã« for ë): the caller decides.
  read_options cp;
  cp.encoding = text_encoding::windows1252;
  const auto forced = read_csv("client_id;measured_on;step\nK\xC3\xAB;2025-03-01;2\n", "t.csv", 0, cp);
  REQUIRE(forced);
  CHECK(forced.value().records[0].client_id == "K\xC3\x83\xC2\xAB");
}

TEST_CASE("csv: unknown columns are said once, with the nearest key or alias; a column mapping maps them (SPEC §6)", "[csv][columns]") {
  const auto r = ok("Klantnummer;Datum meting;Trede;Groeipotentie;Groeipotenti;Wijk\nK1;1-3-2025;2;+;x;Noord\nK2;1-3-2025;3;0;y;Zuid\n");
  // Datum meting and Groeipotentie are aliases now; Groeipotenti is a likely misspelling; Wijk is local.
  CHECK(r.records[0].measured_on == date{2025, 3, 1});
  CHECK(r.records[0].growth_potential == growth::potential);
  CHECK(r.local_columns == std::vector<std::string>{"Groeipotenti", "Wijk"});
  REQUIRE(r.findings.size() == 2);
  CHECK(r.findings[0].message_en.find("did you mean 'groeipotentie' (growth_potential)?") != std::string::npos);
  CHECK(r.findings[0].message_nl.find("bedoelt u 'groeipotentie' (growth_potential)?") != std::string::npos);
  CHECK(r.findings[1].message_en.find("did you mean") == std::string::npos);
  // A municipality's column mapping: its own header read as a §6 key.
  read_options mapping;
  mapping.columns = {{"Wijk", "team"}, {"datum van meting", "measured_on"}};
  const auto m = read_csv("client_id;Datum van meting;step;WIJK\nK1;1-3-2025;2;Noord\n", "m.csv", 0, mapping);
  REQUIRE(m);
  CHECK(m.value().findings.empty());
  CHECK(m.value().records[0].measured_on == date{2025, 3, 1});
  CHECK(m.value().records[0].team == "Noord");
}

TEST_CASE("csv: hard failures name the file and why", "[csv]") {
  CHECK(hard("").find("empty") != std::string::npos);
  CHECK(hard("\xEF\xBB\xBF \r\n").find("empty") != std::string::npos);
  CHECK(hard(std::string("client_id,measured_on,step\nK1,2025\0,2\n", 38)).find("line 2: binary content") != std::string::npos);
  CHECK(hard("\xFF\xFE" "c\0l\0").find("UTF-16") != std::string::npos);
  // Neither UTF-8 nor Windows-1252 (0x81 is not defined in Windows-1252).
  CHECK(hard("client_id,measured_on,step\nK1,2025-03-01,2\nK\x81" "2,2025-03-01,2\n").find("line 3: neither UTF-8 nor Windows-1252") !=
        std::string::npos);
  CHECK(hard("PK\x03\x04\x14\x00\x06\x00").find("Excel workbook") != std::string::npos);
  CHECK(hard("dit is gewoon tekst\nzonder scheidingstekens\n").find("not a CSV") != std::string::npos);
  const auto missing = hard("klantnummer;trede\nK1;2\n");
  CHECK(missing.find("missing required column measured_on") != std::string::npos);
  CHECK(missing.find("datum meetmoment") != std::string::npos);
  const auto dup = hard("client_id;measured_on;step;trede\n");
  CHECK(dup.find("duplicate column 'trede'") != std::string::npos);
  CHECK(dup.find("both are step") != std::string::npos);
  CHECK(hard("client_id,measured_on,step,opmerking,Opmerking\n").find("duplicate column 'Opmerking'") != std::string::npos);
  CHECK(hard("client_id,\"measured_on,step\nK1,2025-03-01,2\n").find("header line has a broken quote") != std::string::npos);
}

TEST_CASE("csv: only a header is a warning, not an error", "[csv]") {
  const auto r = ok("client_id;measured_on;step\n");
  CHECK(r.records.empty());
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].severity == severity::warning);
  CHECK(r.findings[0].line == 1);
}

TEST_CASE("csv: source index is kept for provenance", "[csv]") {
  auto r = read_csv("client_id,measured_on,step\nK1,2025-03-01,2\n", "b.csv", 3);
  REQUIRE(r);
  CHECK(r.value().records[0].source == 3);
}

TEST_CASE("files: read-only, missing file and directory are I/O errors, .jsonl chooses JSON Lines", "[csv][file]") {
  auto missing = read_file("/nonexistent/dir/x.csv");
  REQUIRE_FALSE(missing);
  CHECK(missing.error().value() == errc::io);
  CHECK(missing.error().message.find("/nonexistent/dir/x.csv: cannot open") == 0);
  auto dir = read_file("/tmp");
  REQUIRE_FALSE(dir);
  CHECK(dir.error().value() == errc::io);

  const std::string base = "/tmp/pl_io_file_test_" + std::to_string(reinterpret_cast<std::uintptr_t>(&base));
  {
    std::ofstream(base + ".jsonl") << "{\"client_id\":\"K1\",\"measured_on\":\"2025-03-01\",\"step\":2}\n";
    std::ofstream(base + ".csv") << "client_id,measured_on,step\nK1,2025-03-01,2\n";
  }
  for (const auto* ext : {".jsonl", ".csv"}) {
    auto r = read_file(base + ext, 1);
    INFO(ext);
    REQUIRE(r);
    REQUIRE(r.value().records.size() == 1);
    CHECK(r.value().records[0].step == step::social_contacts);
    CHECK(r.value().records[0].source == 1);
    std::remove((base + ext).c_str());
  }
}
