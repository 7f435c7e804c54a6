// SPDX-License-Identifier: Apache-2.0
#include <catch2/catch.hpp>

#include <participatieladder/delimitation.hpp>
#include <participatieladder/step.hpp>

using namespace pl;

TEST_CASE("steps 0-6 and 9 parse, format and carry both labels (SPEC §2)", "[step]") {
  for (int code : {0, 1, 2, 3, 4, 5, 6, 9}) {
    const auto s = parse_step(std::to_string(code));
    REQUIRE(s);
    CHECK(to_int(s.value()) == code);
    CHECK(to_string(s.value()) == std::to_string(code));
    CHECK_FALSE(label(s.value(), lang::nl).empty());
    CHECK_FALSE(label(s.value(), lang::en).empty());
  }
  CHECK(label(step::isolated, lang::nl) == "Geïsoleerd");
  CHECK(label(step::paid_work, lang::en) == "Paid work");
  CHECK(parse_step(" 4 ").value() == step::unpaid_work);
  for (const char* bad : {"7", "8", "10", "", "-1", "x", "4+"}) {
    INFO(bad);
    CHECK_FALSE(parse_step(bad));
  }
  CHECK(parse_step("7").error().message.find("'7'") != std::string::npos);
}

TEST_CASE("0 and 9 are status codes without growth; 6 is the top", "[step]") {
  CHECK_FALSE(is_ladder_step(step::intake));
  CHECK_FALSE(is_ladder_step(step::left));
  CHECK(is_ladder_step(step::paid_work));
  for (auto s : {step::intake, step::left, step::paid_work}) CHECK_FALSE(can_grow(s));
  for (auto s : {step::isolated, step::social_contacts, step::organised_activities, step::unpaid_work, step::paid_work_with_support})
    CHECK(can_grow(s));
}

TEST_CASE("every ladder step has a delimitation with criteria and examples in nl and en (SPEC §3)", "[delimitation]") {
  for (int code = 1; code <= 6; ++code) {
    const auto* d = delimitation(*step_from_int(code));
    REQUIRE(d != nullptr);
    CHECK(d->criteria.nl.size() > 40);
    CHECK(d->criteria.en.size() > 40);
    CHECK(d->examples.size() >= 4);
    for (const auto& e : d->examples) CHECK((!e.nl.empty() && !e.en.empty()));
  }
  CHECK(delimitation(step::intake) == nullptr);
  CHECK(delimitation(step::left) == nullptr);
}
