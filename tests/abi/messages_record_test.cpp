// SPDX-License-Identifier: Apache-2.0
// The participatieladder.v1.Record message and the SPEC §6 field table are the same list of keys,
// and records survive the round trip through the message.
#include <catch2/catch.hpp>

#include "messages/decode.hpp"
#include "messages/record_message.hpp"

#include <participatieladder/fields.hpp>

#include <google/protobuf/descriptor.h>

#include <algorithm>
#include <set>

using namespace pl;
namespace v1 = participatieladder::v1;

TEST_CASE("Record has a string field for every §6 key and nothing else but provenance (SPEC §6)", "[messages]") {
  const auto* d = v1::Record::descriptor();
  std::set<std::string> keys;
  for (const auto& f : field_table) {
    keys.emplace(f.key);
    const auto* fd = d->FindFieldByName(std::string(f.key));
    INFO(f.key);
    REQUIRE(fd != nullptr);
    CHECK(fd->type() == google::protobuf::FieldDescriptor::TYPE_STRING);
    CHECK_FALSE(fd->is_repeated());
  }
  for (int i = 0; i < d->field_count(); ++i) {
    const std::string name = d->field(i)->name();
    INFO(name);
    CHECK((keys.count(name) == 1 || name == "local_fields" || name == "line" || name == "source"));
  }
}

TEST_CASE("record -> message -> record keeps every value (SPEC §6)", "[messages]") {
  v1::Record m;
  m.set_client_id("K-17");
  m.set_bsn("123456782");
  m.set_birth_date("14-03-1980");
  m.set_gender("V");
  m.set_postal_code("1234 AB");
  m.set_measured_on("2025-01-15");
  m.set_next_measurement_due("15-01-2026");
  m.set_caseworker("cw1");
  m.set_step("3+");
  m.set_target_step("4-");
  m.set_target_horizon("5y");
  m.set_income_situation("a");
  m.set_start_qualification("nee");
  m.set_work_obligation_exemption("ART9");
  m.set_instrument_in_use("J");
  m.set_sub_step("3.1,3.2");
  m.set_determination("questionnaire");
  m.set_answers("1:N 2:N 10:N 11:N 14:J 18:J");
  m.set_line(7);
  auto* lf = m.add_local_fields();
  lf->set_key("wijk");
  lf->set_value("Noord");
  std::vector<finding> findings;
  const record r = messages::from_message(m, 0, findings);
  CHECK(findings.empty());
  CHECK(r.step == step::organised_activities);
  CHECK(r.growth_potential == growth::potential);
  CHECK(r.target_growth == growth::none);
  CHECK(r.work_obligation_exemption == true);
  CHECK(r.line == 7);
  const v1::Record back = messages::to_message(r);
  CHECK(back.measured_on() == "2025-01-15");
  CHECK(back.next_measurement_due() == "2026-01-15");  // canonical ISO spelling
  CHECK(back.step() == "3");
  CHECK(back.growth_potential() == "+");
  CHECK(back.start_qualification() == "no");
  CHECK(back.work_obligation_exemption() == "ART9");
  CHECK(back.local_fields_size() == 1);
  std::vector<finding> again;
  const record r2 = messages::from_message(back, 0, again);
  CHECK(again.empty());
  for (const auto& f : field_table) {
    INFO(f.key);
    CHECK(format_field(r2, f, value_style::iso()) == format_field(r, f, value_style::iso()));
  }
}

TEST_CASE("an unreadable value is an input finding, personal values withheld (SPEC §6, §11)", "[messages]") {
  v1::Record m;
  m.set_client_id("K-1");
  m.set_measured_on("2025-13-01");
  m.set_birth_date("31-02-1970");
  m.set_step("7");
  std::vector<finding> findings;
  const record r = messages::from_message(m, 4, findings);
  REQUIRE(findings.size() == 3);
  CHECK_FALSE(r.measured_on.has_value());
  CHECK_FALSE(r.step.has_value());
  for (const auto& f : findings) {
    CHECK(f.check == "input");
    CHECK(f.record_index == 4);
    CHECK(f.client_id == "K-1");
  }
  const auto birth = std::find_if(findings.begin(), findings.end(), [](const finding& f) { return f.key == "birth_date"; });
  REQUIRE(birth != findings.end());
  CHECK(birth->value.empty());
  CHECK(birth->message_en.find("1970") == std::string::npos);
  CHECK(birth->message_nl.find("1970") == std::string::npos);
  const auto measured = std::find_if(findings.begin(), findings.end(), [](const finding& f) { return f.key == "measured_on"; });
  REQUIRE(measured != findings.end());
  CHECK(measured->value == "2025-13-01");
}

TEST_CASE("strict decoding: unknown fields are decode errors", "[messages]") {
  v1::Record rec;
  rec.set_client_id("K");
  const std::string bytes = rec.SerializeAsString();
  v1::Record ok;
  CHECK(messages::decode(bytes.data(), bytes.size(), ok));
  v1::LocalField other;
  const auto r = messages::decode(bytes.data(), bytes.size(), other);  // field 1 is key: a string, parses
  CHECK(r);
  const std::string with_unknown = bytes + std::string("\xb8\x06\x01", 3);  // field 103, varint 1
  const auto bad = messages::decode(with_unknown.data(), with_unknown.size(), ok);
  REQUIRE_FALSE(bad);
  CHECK(bad.error().value() == errc::decode);
  CHECK(bad.error().message.find("field 103") != std::string::npos);
  CHECK(messages::prototype("Record") != nullptr);
  CHECK(messages::prototype("participatieladder.v1.Record") != nullptr);
  CHECK(messages::prototype("google.protobuf.Value") == nullptr);
}
