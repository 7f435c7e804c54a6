// SPDX-License-Identifier: Apache-2.0
#include <catch2/catch.hpp>

#include <participatieladder/date.hpp>
#include <participatieladder/history.hpp>

using namespace pl;

TEST_CASE("dates: ISO and Dutch forms, validated (SPEC §6)", "[date]") {
  CHECK(parse_date("2025-03-01").value() == date{2025, 3, 1});
  CHECK(parse_date("01-03-2025").value() == date{2025, 3, 1});
  CHECK(parse_date(" 29-02-2024 ").value() == date{2024, 2, 29});
  CHECK(parse_date("01/03/2025").value() == date{2025, 3, 1});
  // SPEC §6 (revised): the Windows short date Dutch Excel writes, also with `/` and `.`.
  CHECK(parse_date("3-8-2023").value() == date{2023, 8, 3});
  CHECK(parse_date("1-3-2025").value() == date{2025, 3, 1});
  CHECK(parse_date("15-3-2025").value() == date{2025, 3, 15});
  CHECK(parse_date("3/12/2023").value() == date{2023, 12, 3});
  CHECK(parse_date("3.8.2023").value() == date{2023, 8, 3});
  CHECK(parse_date("2025/03/01").value() == date{2025, 3, 1});
  for (const char* bad : {"31-02-2025", "29-02-2025", "2025-13-01", "2025-00-10", "2025/03/01x", "", "gisteren", "32-01-2025",
                          "3-8-23", "3-8/2023", "03-08-2023-1", "2023.08.03", "123-8-2023", "3--2023", "-3-8-2023", "31-4-2025"}) {
    INFO(bad);
    const auto d = parse_date(bad);
    REQUIRE_FALSE(d);
    CHECK(d.error().message.find(std::string("'") + detail::trim(bad).data()) == 0);
  }
}

TEST_CASE("dates: day counts and month arithmetic", "[date]") {
  CHECK(date{1970, 1, 1}.days() == 0);
  CHECK(days_between(date{2024, 2, 28}, date{2024, 3, 1}) == 2);
  CHECK(date{2025, 1, 31}.add_months(1) == date{2025, 2, 28});
  CHECK(date{2024, 12, 15}.add_months(12) == date{2025, 12, 15});
  CHECK(date{2025, 3, 31}.add_months(-1) == date{2025, 2, 28});
  CHECK(years_between(date{2000, 6, 15}, date{2015, 6, 14}) == 14);
  CHECK(years_between(date{2000, 6, 15}, date{2015, 6, 15}) == 15);
  CHECK(date{2025, 3, 1}.iso() == "2025-03-01");
}

TEST_CASE("histories: grouped per client, ordered by date (SPEC §7)", "[history]") {
  std::vector<record> rs(4);
  rs[0].client_id = "B"; rs[0].measured_on = date{2025, 1, 1}; rs[0].step = step::isolated;
  rs[1].client_id = "A"; rs[1].measured_on = date{2025, 6, 1}; rs[1].step = step::unpaid_work;
  rs[2].client_id = "A"; rs[2].measured_on = date{2024, 6, 1}; rs[2].step = step::social_contacts;
  rs[3].client_id = "A"; rs[3].step = step::left;  // no date: last
  const auto hs = build_histories(rs);
  REQUIRE(hs.size() == 2);
  CHECK(hs[0].client_id == "A");
  CHECK(hs[0].measurements == std::vector<std::size_t>{2, 1, 3});
  CHECK(hs[0].latest_on_or_before(rs, date{2025, 1, 1}) == 2u);
  CHECK(hs[0].latest_on_or_before(rs, date{2025, 6, 1}) == 1u);
  CHECK_FALSE(hs[0].latest_on_or_before(rs, date{2024, 1, 1}).has_value());
  CHECK(hs[0].previous(1) == 2u);
  CHECK(hs[0].next(0) == 1u);
  const auto mv = movements(rs, hs[0]);
  REQUIRE(mv.size() == 2);
  CHECK(rs[mv[0].to].step == step::unpaid_work);
}
