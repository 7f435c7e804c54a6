// SPDX-License-Identifier: Apache-2.0
#include <catch2/catch.hpp>

#include <participatieladder/growth.hpp>

using namespace pl;

TEST_CASE("SPEC §5 derivation: + exactly when target > step", "[growth]") {
  for (int cur = 1; cur <= 5; ++cur)
    for (int tgt = 1; tgt <= 6; ++tgt) {
      const auto g = derive_growth(*step_from_int(cur), *step_from_int(tgt));
      REQUIRE(g);
      CHECK((*g == growth::potential) == (tgt > cur));
    }
  for (auto s : {step::intake, step::paid_work, step::left}) CHECK_FALSE(derive_growth(s, step::paid_work).has_value());
  CHECK(keeps_level(step::organised_activities, step::organised_activities));
}

TEST_CASE("SPEC §5: a flag that contradicts the target is detectable", "[growth]") {
  CHECK(contradicts(step::social_contacts, growth::none, step::unpaid_work));       // 0 but target above
  CHECK(contradicts(step::social_contacts, growth::potential, step::social_contacts));  // + but target = step
  CHECK_FALSE(contradicts(step::social_contacts, growth::potential, step::organised_activities));
  CHECK_FALSE(contradicts(step::paid_work, growth::potential, step::paid_work));  // 6 carries nothing: PL009's job
  CHECK(effective_growth(step::isolated, std::nullopt, step::social_contacts) == growth::potential);
  CHECK(effective_growth(step::isolated, growth::none, step::social_contacts) == growth::none);  // never overwritten
  CHECK_FALSE(effective_growth(step::left, growth::potential, std::nullopt).has_value());
}

TEST_CASE("SPEC §5 notation parses and round-trips", "[growth]") {
  struct row { const char* in; int step; std::optional<growth> sign; const char* out; };
  for (const row r : {row{"2+", 2, growth::potential, "2+"}, row{"T2+", 2, growth::potential, "2+"},
                      row{"3-", 3, growth::none, "3-"}, row{"6", 6, std::nullopt, "6"}, row{"t5-", 5, growth::none, "5-"},
                      row{"4", 4, std::nullopt, "4"}, row{"0", 0, std::nullopt, "0"}, row{"9", 9, std::nullopt, "9"}}) {
    INFO(r.in);
    const auto n = parse_notation(r.in);
    REQUIRE(n);
    CHECK(to_int(n.value().code) == r.step);
    CHECK(n.value().sign == r.sign);
    CHECK(format_notation(n.value()) == r.out);
    CHECK(parse_notation(format_notation(n.value(), true)).value() == n.value());
  }
}

TEST_CASE("SPEC §5: 0, 9 and 6 carry no sign; bad notation names the value", "[growth]") {
  for (const char* bad : {"6+", "6-", "0+", "9-", "T9+", "7", "7+", "+", "", "2++x", "T"}) {
    INFO(bad);
    const auto n = parse_notation(bad);
    REQUIRE_FALSE(n);
    CHECK(n.error().value() == errc::parse);
  }
  CHECK(parse_notation("6+").error().message.find("6+") != std::string::npos);
}

TEST_CASE("growth values: +/0, graded, yes/no spellings (SPEC §5, §6)", "[growth]") {
  CHECK(parse_growth("+").value().flag == growth::potential);
  CHECK(parse_growth("0").value().flag == growth::none);
  CHECK(parse_growth("+++").value().grade == 3);
  CHECK(parse_growth("--").value().flag == growth::none);
  CHECK(parse_growth("--").value().grade == -2);
  CHECK(parse_growth("ja").value().flag == growth::potential);
  CHECK_FALSE(parse_growth("maybe"));
  CHECK(parse_horizon("5y").value() == horizon::five_years);
  CHECK(parse_horizon("EVER").value() == horizon::ever);
  CHECK_FALSE(parse_horizon("2y"));
}

TEST_CASE("target table keys (SPEC §5, §10): unsigned below 6 counts as -", "[growth]") {
  CHECK(target_key(step::organised_activities, growth::potential) == "3+");
  CHECK(target_key(step::organised_activities, growth::none) == "3-");
  CHECK(target_key(step::organised_activities, std::nullopt) == "3-");
  CHECK(target_key(step::paid_work, growth::potential) == "6");
}
