// SPDX-License-Identifier: Apache-2.0
#include <catch2/catch.hpp>

#include <participatieladder/answers.hpp>

using namespace pl;

TEST_CASE("answer notation round-trips (SPEC §6 answers)", "[answers]") {
  const auto a = parse_answers("13:J 1:N 2:N 10:J 12:J");
  REQUIRE(a);
  CHECK(format_answers(a.value()) == "1:N 2:N 10:J 12:J 13:J");
  CHECK(format_answers(a.value(), lang::en) == "1:N 2:N 10:Y 12:Y 13:Y");
  CHECK(parse_answers(format_answers(a.value(), lang::en)).value() == a.value());
}

TEST_CASE("every yes/no spelling of SPEC §6 is accepted in any case", "[answers]") {
  for (const char* yes : {"J", "j", "Y", "y", "ja", "JA", "Yes", "yes", "TRUE", "true", "1", "+"}) {
    const auto a = parse_answers(std::string("1:") + yes);
    REQUIRE(a);
    CHECK(a.value().get(1) == true);
  }
  for (const char* no : {"N", "n", "nee", "NEE", "no", "No", "false", "FALSE", "0"}) {
    const auto a = parse_answers(std::string("1:") + no);
    REQUIRE(a);
    CHECK(a.value().get(1) == false);
  }
}

TEST_CASE("bad answer tokens are errors that name the token", "[answers]") {
  for (const char* bad : {"1:X", "0:J", "22:N", "x:J", "1J", "1:", ":J", "1:J 1:J", "1:maybe"}) {
    const auto a = parse_answers(bad);
    INFO(bad);
    REQUIRE_FALSE(a);
    CHECK(a.error().value() == errc::parse);
    CHECK(a.error().message.find("answer token") != std::string::npos);
  }
  CHECK(parse_answers("1:maybe").error().message.find("maybe") != std::string::npos);
}
