// SPDX-License-Identifier: Apache-2.0
// Placement and target tables (SPEC §10), as-of selection, half-up rounding, sub-step roll-up (§9).
#include "record_builder.hpp"

#include <participatieladder/reports/caseload.hpp>
#include <participatieladder/reports/placement.hpp>
#include <participatieladder/reports/target_table.hpp>

#include <catch2/catch.hpp>

#include <set>

using namespace pl;
using namespace pl::reports;
using pl::test::rec;

static date d(std::string_view s) { return parse_date(s).value(); }

TEST_CASE("percent rounds half up and is empty for an empty denominator (SPEC §10)", "[reports]") {
  CHECK(percent(1, 8) == 13);    // 12.5 → 13 (banker's would give 12)
  CHECK(percent(1, 200) == 1);   // 0.5 → 1
  CHECK(percent(3, 8) == 38);    // 37.5 → 38
  CHECK(percent(5, 8) == 63);    // 62.5 → 63 (banker's would give 62)
  CHECK(percent(1, 3) == 33);
  CHECK(percent(2, 3) == 67);
  CHECK(percent(0, 5) == 0);
  CHECK(percent(7, 7) == 100);
  CHECK_FALSE(percent(0, 0).has_value());
}

TEST_CASE("as-of: latest measurement on or before the reference date; 9 is left (SPEC §10)", "[reports]") {
  std::vector<record> rs{
      rec("a", "2024-01-10", 1), rec("a", "2024-06-01", 3), rec("a", "2025-03-01", 4),  // 3 as of 2024-12-31
      rec("b", "2024-02-01", 2), rec("b", "2024-11-30", 9),                             // left
      rec("c", "2025-01-05", 2),                                                        // not yet measured
      rec("d", "2024-12-31", 0),                                                        // on the date itself
  };
  const auto sel = select_as_of(rs, d("2024-12-31"));
  REQUIRE(sel.caseload.size() == 2);
  CHECK(rs[sel.caseload[0]].step == step::organised_activities);
  CHECK(rs[sel.caseload[1]].client_id == "d");
  REQUIRE(sel.left.size() == 1);
  CHECK(rs[sel.left[0]].client_id == "b");
  CHECK(sel.not_yet_measured == 1);
  // a later reference date sees b's re-entry as nothing new, a's step 4 and c
  CHECK(select_as_of(rs, d("2025-12-31")).caseload.size() == 3);
}

TEST_CASE("placement table: counts, % of the grand total, growth split per step (SPEC §10, §5)", "[reports]") {
  std::vector<record> rs{
      rec("a", "2024-03-01", 2).gp('+'),
      rec("b", "2024-03-01", 2).gp('0'),
      rec("c", "2024-03-01", 2).target(3),         // growth derived from target: +
      rec("d", "2024-03-01", 2).target(2),         // target = step: no growth
      rec("e", "2024-03-01", 2),                    // unknown growth
      rec("f", "2024-03-01", 6),
      rec("g", "2024-03-01", std::nullopt),         // not filled
      rec("h", "2024-03-01", 0),                    // intake: outside the table
      rec("i", "2024-03-01", 9),                    // left
      rec("j", "2023-03-01", 4).gp('+'), rec("j", "2024-01-01", 5).gp('0'),  // counted once, on 5
  };
  const auto p = placement(rs, d("2024-12-31"));
  const auto& s2 = *p.row("2");
  CHECK(s2.clients == 5);
  CHECK(s2.with_gp == 2u);
  CHECK(s2.without_gp == 2u);
  CHECK(s2.pct_with_gp == 40);
  CHECK(s2.pct_of_total == 63);  // 5 of 8 = 62.5 → 63
  CHECK(p.row("4")->clients == 0);
  CHECK(p.row("4")->pct_with_gp == std::nullopt);
  CHECK(p.row("5")->clients == 1);
  CHECK(p.row("5")->pct_without_gp == 100);
  CHECK(p.row("6")->clients == 1);
  CHECK_FALSE(p.row("6")->with_gp.has_value());
  CHECK(p.row("not_filled")->clients == 1);
  CHECK(p.row("not_filled")->pct_of_total == 13);  // 1 of 8 = 12.5 → 13
  CHECK(p.row("total_1_5")->clients == 6);
  CHECK(p.row("total_1_5")->with_gp == 2u);
  CHECK(p.row("total_1_5")->without_gp == 3u);
  CHECK(p.row("grand_total")->clients == 8);
  CHECK(p.row("grand_total")->pct_of_total == 100);
  CHECK(p.intake == 1);
  CHECK(p.left == 1);
  CHECK(p.unknown_gp == 1);
  REQUIRE(p.rows.size() == 9);
}

TEST_CASE("placement CSV has exactly the SPEC §10 layout", "[reports]") {
  std::vector<record> rs{rec("a", "2024-03-01", 1).gp('+'), rec("b", "2024-03-01", 6)};
  const auto csv = to_csv(to_table(placement(rs, d("2024-12-31")), lang::nl));
  CHECK(csv ==
        "step,clients,pct_of_total,without_gp,pct_without_gp,with_gp,pct_with_gp\n"
        "1,1,50,0,0,1,100\n"
        "2,0,0,0,,0,\n"
        "3,0,0,0,,0,\n"
        "4,0,0,0,,0,\n"
        "5,0,0,0,,0,\n"
        "6,1,50,,,,\n"
        "not_filled,0,0,,,,\n"
        "total_1_5,1,50,0,0,1,100\n"
        "grand_total,2,100,,,,\n");
}

TEST_CASE("target table: keys 1- … 5+, 6, not filled; unsigned counts as - (SPEC §10, §5)", "[reports]") {
  std::vector<record> rs{
      rec("a", "2024-03-01", 2).target(3, '+'),
      rec("b", "2024-03-01", 2).target(3),        // unsigned → 3-
      rec("c", "2024-03-01", 4).target(6),
      rec("d", "2024-03-01", 1),                  // not filled
      rec("e", "2024-03-01", 6),                  // step 6: outside the population
      rec("f", "2024-03-01", 3).target(3, '-'),
      rec("g", "2024-03-01", 2).target(4, '+'), rec("g", "2025-03-01", 4).target(5),  // after the date
  };
  const auto t = to_table(target_table(rs, d("2024-12-31")), lang::en);
  CHECK(t.columns == std::vector<std::string>{"target", "clients", "pct", "one_year", "pct_one_year", "longer", "pct_longer"});
  CHECK(t.rows.size() == 12);
  CHECK(to_string(t.rows.front().front()) == "1-");
  CHECK(to_string(t.rows.back().front()) == "not_filled");
  CHECK(t.at("3+", "clients") == num(std::size_t{1}));
  CHECK(t.at("3-", "clients") == num(std::size_t{2}));
  CHECK(t.at("3-", "pct") == num(std::optional<int>{33}));  // 2 of 6
  CHECK(t.at("4+", "clients") == num(std::size_t{1}));
  CHECK(t.at("6", "pct") == num(std::optional<int>{17}));   // 1 of 6 = 16.7
  CHECK(t.at("not_filled", "clients") == num(std::size_t{1}));
  CHECK(*t.summary_value("population") == num(std::size_t{6}));
}

TEST_CASE("sub-steps roll up to the base step; several sub-steps count on the highest (SPEC §9)", "[reports]") {
  auto ext = make_extension_set("test", {{{step::social_contacts, 2}, "twee punt twee", ""},
                                         {{step::social_contacts, 4}, "twee punt vier", "two point four"}})
                 .value();
  std::vector<record> rs{
      rec("a", "2024-03-01", 2).sub(2, 2).sub(2, 4).gp('+'),  // highest: 2.4
      rec("b", "2024-03-01", 2).sub(2, 2).gp('0'),
      rec("c", "2024-03-01", 2).sub(2, 9),                     // not defined → 2.none
      rec("d", "2024-03-01", 2).sub(3, 1),                     // not under step 2 (PL014) → 2.none
      rec("e", "2024-03-01", std::nullopt).sub(2, 4),          // empty step: rolled up from 2.4
  };
  const auto p = placement(rs, d("2024-12-31"), &ext);
  CHECK(p.row("2")->clients == 5);
  CHECK(p.row("2.2")->clients == 1);
  CHECK(p.row("2.4")->clients == 2);
  CHECK(p.row("2.4")->with_gp == 1u);
  CHECK(p.row("2.none")->clients == 2);
  CHECK(p.row("2.2")->clients + p.row("2.4")->clients + p.row("2.none")->clients == p.row("2")->clients);
  CHECK(p.row("not_filled")->clients == 0);
  // base rows are the same with and without the configuration
  const auto base = placement(rs, d("2024-12-31"));
  for (const auto& r : base.rows) CHECK(p.row(r.key)->clients == r.clients);
  const auto t = to_table(p, lang::en, &ext);
  CHECK(t.row_labels[3] == "two point four");  // rows: 1, 2, 2.2, 2.4, …
  // The text rendering indents a sub-step under its base step; the label itself is clean.
  const std::string text = to_text(t);
  CHECK(text.find("\n2.4     two point four") == std::string::npos);
  CHECK(text.find("  two point four") != std::string::npos);
  CHECK(text.find("\n2  Social contacts outside the home") != std::string::npos);
  CHECK(text.find("\n  2.4  two point four") != std::string::npos);
}

TEST_CASE("extension sets are validated (SPEC §9)", "[reports][extensions]") {
  CHECK(parse_sub_step_code("2.4").value() == sub_step{step::social_contacts, 4});
  for (const char* bad : {"2", "2.", ".4", "7.1", "0.1", "9.2", "2.0", "x.1"}) CHECK_FALSE(parse_sub_step_code(bad));
  auto dup = make_extension_set("x", {{{step::isolated, 1}, "a", ""}, {{step::isolated, 1}, "b", ""}}, "x.json");
  REQUIRE_FALSE(dup);
  CHECK(dup.error().value() == errc::config);
  CHECK(dup.error().message.find("x.json") != std::string::npos);
  CHECK(dup.error().message.find("1.1") != std::string::npos);
  CHECK_FALSE(make_extension_set("x", {{{step::isolated, 1}, " ", ""}}));
}

TEST_CASE("text output indents only sub-step rows, not a key that happens to hold a dot", "[reports][extensions]") {
  const std::vector<record> rs{rec("a", "2024-03-01", 2).worker("K. de Vries"), rec("b", "2024-03-01", 3).worker("K. de Vries")};
  const auto t = to_table(caseload(rs, d("2024-12-31"), group_by::caseworker), lang::en);
  REQUIRE_FALSE(t.rows.empty());
  const std::string text = to_text(t);
  INFO(text);
  // Every row's label starts in the same column: a caseworker key "K. de Vries" is not a sub-step.
  std::vector<std::string> lines;
  for (std::size_t a = 0, b; (b = text.find('\n', a)) != std::string::npos; a = b + 1) lines.push_back(text.substr(a, b - a));
  REQUIRE(lines.size() > t.rows.size());
  std::set<std::size_t> starts;
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    if (t.row_labels[r].empty()) continue;
    const auto key = to_string(t.rows[r][0]);
    starts.insert(lines[r + 1].find(t.row_labels[r], key.size()));
  }
  CHECK(starts.size() == 1);
  CHECK(t.row_levels.empty());
}

TEST_CASE("comparability: sub-steps on another national step are named in the placement table (SPEC §9 revised)",
          "[reports][extensions]") {
  auto ext = make_extension_set("Heemskerk", {{{step::social_contacts, 1}, "Sociale activering", ""},
                                              {{step::social_contacts, 4}, "Vrijwilligerswerk maximaal haalbaar", "Volunteer work", step::unpaid_work}})
                 .value();
  CHECK(ext.find({step::social_contacts, 4})->differs_nationally());
  CHECK_FALSE(ext.find({step::social_contacts, 1})->differs_nationally());
  std::vector<record> rs{rec("a", "2024-03-01", 2).sub(2, 4).gp('0'), rec("b", "2024-03-01", 2).sub(2, 1).gp('0')};
  const auto p = placement(rs, parse_date("2024-12-31").value(), &ext);
  REQUIRE(p.other_national.size() == 1);
  CHECK(p.other_national[0].second == 1);
  CHECK(p.row("2")->clients == 2);  // the local ladder: a stays on 2
  const auto nl = to_table(p, lang::nl, &ext);
  CHECK(to_string(*nl.summary_value("not_comparable_sub_steps")) == "2.4>4:1");
  CHECK(to_string(*nl.summary_value("comparability_note")) ==
        "Niet vergelijkbaar met andere gemeenten: 2.4 Vrijwilligerswerk maximaal haalbaar (1 klanten) ligt volgens de "
        "landelijke afbakening op trede 4, niet op 2. De benchmarkexport gebruikt de landelijke trede.");
  const auto en = to_table(p, lang::en, &ext);
  CHECK(to_string(*en.summary_value("comparability_note")).find("2.4 Volunteer work (1 clients) lies on step 4") != std::string::npos);
  // without clients on such a sub-step: no note
  const auto none = to_table(placement(std::span(rs).subspan(1), parse_date("2024-12-31").value(), &ext), lang::nl, &ext);
  CHECK(none.summary_value("comparability_note") == nullptr);
  // a national step must be a ladder step
  CHECK_FALSE(make_extension_set("x", {{{step::social_contacts, 4}, "v", "", step::left}}));
}
