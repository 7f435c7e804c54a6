// SPDX-License-Identifier: Apache-2.0
// Reading JSON Lines (SPEC §6) and the JSONL writer round trip.
#include <catch2/catch.hpp>

#include "io_test_records.hpp"

#include <participatieladder/io/jsonl_reader.hpp>
#include <participatieladder/io/json_line.hpp>
#include <participatieladder/io/jsonl_writer.hpp>

#include <google/protobuf/struct.pb.h>

#include <sstream>

using namespace pl;

TEST_CASE("jsonl: keys or aliases, string/number/bool/null values", "[jsonl]") {
  const auto r = read_jsonl("{\"klantnummer\": 12345, \"meetdatum\": \"01-03-2025\", \"trede\": 2, \"groeipotentieel\": true, \"low_literacy\": false, \"team\": null, \"Opmerking\": \"x\"}\n"
                            "\n"
                            "{\"client_id\": \"K2\", \"measured_on\": \"2025-03-02\", \"step\": \"3-\"}\r\n",
                            "t.jsonl");
  REQUIRE(r);
  const auto& rs = r.value().records;
  REQUIRE(rs.size() == 2);
  CHECK(test::without_local_column_notes(r.value().findings).empty());
  CHECK(test::local_column_notes(r.value().findings) == std::vector<std::string>{"Opmerking"});
  CHECK(rs[0].client_id == "12345");
  CHECK(rs[0].measured_on == date{2025, 3, 1});
  CHECK(rs[0].step == step::social_contacts);
  CHECK(rs[0].growth_potential == growth::potential);
  CHECK(rs[0].low_literacy == false);
  CHECK(rs[0].team.empty());
  CHECK(rs[0].local_fields == std::vector<std::pair<std::string, std::string>>{{"Opmerking", "x"}});
  CHECK(rs[0].line == 1);
  CHECK(rs[1].line == 3);
  CHECK(rs[1].growth_potential == growth::none);
}

TEST_CASE("jsonl: bad lines, nested values, keys twice and unreadable values are findings", "[jsonl]") {
  const auto r = read_jsonl("{\"client_id\":\"K1\",\"measured_on\":\"2025-03-01\",\"step\":7}\n"
                            "not json\n"
                            "{\"client_id\":\"K3\",\"step\":2,\"trede\":3,\"measured_on\":\"2025-03-01\"}\n"
                            "{\"client_id\":\"K4\",\"step\":{\"a\":1},\"measured_on\":\"2025-03-01\"}\n"
                            "{\"client_id\":\"K5\",\"birth_date\":\"1980-02-31\",\"measured_on\":\"2025-03-01\",\"step\":1}\n",
                            "t.jsonl");
  REQUIRE(r);
  const auto& f = r.value().findings;
  REQUIRE(f.size() == 5);
  CHECK(f[0].line == 1);
  CHECK(f[0].key == "step");
  CHECK(f[0].value == "7");
  CHECK(f[0].client_id == "K1");
  CHECK(f[1].line == 2);
  CHECK(f[1].message_en.find("not a JSON object") != std::string::npos);
  CHECK(f[2].line == 3);
  CHECK(f[2].key == "step");
  CHECK(f[2].message_en.find("second time") != std::string::npos);
  CHECK(f[3].line == 4);
  CHECK(f[3].key == "step");
  CHECK(f[4].line == 5);
  CHECK(f[4].key == "birth_date");
  CHECK(f[4].value.empty());
  CHECK(f[4].message_en.find("1980") == std::string::npos);
  CHECK(r.value().records.size() == 4);
}

TEST_CASE("jsonl: hard failures", "[jsonl]") {
  for (const std::string& bad : {std::string(""), std::string("\n\n"), std::string("a,b,c\n1,2,3\n"), std::string("{\"a\":1}\0\n", 9)}) {
    const auto r = read_jsonl(bad, "t.jsonl");
    REQUIRE_FALSE(r);
    CHECK(r.error().value() == errc::format);
    CHECK(r.error().message.rfind("t.jsonl: ", 0) == 0);
  }
}

TEST_CASE("jsonl writer: round trip gives equal records", "[jsonl][writer]") {
  const auto records = test::sample_records();
  std::ostringstream out;
  REQUIRE(write_jsonl(out, records));
  const auto back = read_jsonl(out.str(), "round.jsonl");
  REQUIRE(back);
  CHECK(test::without_local_column_notes(back.value().findings).empty());
  CHECK(test::local_column_notes(back.value().findings).size() == 2);  // Opmerking, Kleur: said once each
  REQUIRE(back.value().records.size() == records.size());
  for (std::size_t i = 0; i < records.size(); ++i) test::require_same(records[i], back.value().records[i]);
  CHECK(out.str().find("\"bsn\":\"111222333\"") != std::string::npos);
}

TEST_CASE("jsonl writer: keys sorted, the same records give the same bytes", "[jsonl][writer]") {
  const auto records = test::sample_records();
  std::ostringstream out;
  REQUIRE(write_jsonl(out, std::span<const record>(records).subspan(1, 1)));
  CHECK(out.str() ==
        "{\"Kleur\":\"blauw\",\"client_id\":\"K-002\",\"income_situation\":\"d\",\"measured_on\":\"2024-12-31\","
        "\"step\":\"6\",\"work_obligation_exemption\":\"no\"}\n");
}

TEST_CASE("json_line: protobuf JSON with map keys in sorted order, nested too", "[jsonl][json]") {
  google::protobuf::Struct s;
  auto& f = *s.mutable_fields();
  for (const char* k : {"zeta", "check", "alpha"}) f[k].set_string_value(k);
  f["line"].set_number_value(5);
  auto& nested = *f["nested"].mutable_struct_value()->mutable_fields();
  nested["b"].set_bool_value(true);
  nested["a"].set_null_value(google::protobuf::NULL_VALUE);
  const auto line = json_line(s);
  REQUIRE(line);
  CHECK(line.value() == "{\"alpha\":\"alpha\",\"check\":\"check\",\"line\":5,\"nested\":{\"a\":null,\"b\":true},\"zeta\":\"zeta\"}");
}
