// SPDX-License-Identifier: Apache-2.0
// JSON Lines numbers are doubles (protobuf's JSON mapping): a whole number of 2^53 or more may not
// be exact, so reading it would silently change the value — a finding instead (SPEC §6: "a value
// that cannot be read is a clear error naming the row, the key and the value — never a silent
// default").
#include <catch2/catch.hpp>

#include <participatieladder/io/jsonl_reader.hpp>

#include "io_test_records.hpp"

using namespace pl;

TEST_CASE("jsonl: numbers up to 2^53 - 1 are read exactly, larger ones are findings", "[jsonl]") {
  const auto r = read_jsonl("{\"client_id\": 9007199254740991, \"measured_on\": \"2025-03-01\", \"step\": 3}\n"
                            "{\"client_id\": 12345678901234567890, \"measured_on\": \"2025-03-01\", \"step\": 3}\n"
                            "{\"client_id\": \"K3\", \"measured_on\": \"2025-03-01\", \"step\": 3, \"Volgnummer\": -9007199254740992}\n",
                            "n.jsonl");
  REQUIRE(r);
  const auto& rs = r.value().records;
  const auto fs = test::without_local_column_notes(r.value().findings);  // Volgnummer is a local column
  REQUIRE(rs.size() == 3);
  CHECK(rs[0].client_id == "9007199254740991");
  CHECK(rs[1].client_id.empty());  // not filled, never a rounded id
  CHECK(rs[1].step == step::organised_activities);
  CHECK(rs[2].local_fields.empty());
  REQUIRE(fs.size() == 2);
  CHECK(fs[0].check == input_check_id);
  CHECK(fs[0].severity == severity::error);
  CHECK(fs[0].line == 2);
  CHECK(fs[0].key == "client_id");
  CHECK(fs[0].fields == std::vector<std::string>{"client_id"});
  CHECK(fs[0].message_en.find("line 2") != std::string::npos);
  CHECK(fs[0].message_en.find("too many digits") != std::string::npos);
  CHECK(fs[0].message_nl.find("regel 2") != std::string::npos);
  CHECK(fs[0].record_index == 1);
  CHECK(fs[1].line == 3);
  CHECK(fs[1].key == "Volgnummer");  // a local field: named as in the file
  CHECK(fs[1].client_id == "K3");
}
