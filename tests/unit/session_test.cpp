// SPDX-License-Identifier: Apache-2.0
#include <catch2/catch.hpp>

#include <participatieladder/session.hpp>

using namespace pl;

TEST_CASE("session walks the questionnaire and goes back (SPEC §4)", "[session]") {
  session s;
  CHECK(s.current_question() == 1);
  CHECK(s.back().error().value() == errc::state);  // nothing to go back to
  REQUIRE(s.answer(false));
  REQUIRE(s.answer(false));
  CHECK(s.current_question() == 10);
  REQUIRE(s.answer(false));  // 10: no → 11
  CHECK(s.current_question() == 11);
  REQUIRE(s.back());         // withdraw 10
  CHECK(s.current_question() == 10);
  CHECK(s.answered() == 2);
  REQUIRE(s.answer(true));   // 10: yes → 12
  REQUIRE(s.answer(true));
  REQUIRE(s.answer(true));
  REQUIRE(s.complete());
  CHECK(s.answer(true).error().value() == errc::state);
  const auto d = s.outcome();
  CHECK(d.result == step::unpaid_work);
  CHECK(d.path.size() == 5);
  REQUIRE(s.back());
  CHECK(s.current_question() == 13);
  CHECK_FALSE(s.outcome().complete);
}

TEST_CASE("a session reproduces every enumerated path", "[session]") {
  for (const auto& p : enumerate_paths()) {
    session s;
    for (const auto& e : p.path) {
      REQUIRE(s.current_question() == e.question);
      REQUIRE(s.answer(e.answer));
    }
    CHECK(s.outcome().result == p.result);
  }
}
