// SPDX-License-Identifier: Apache-2.0
// Movement, performance indicators, caseload, comparison and budget (SPEC §10), and the report
// entry point.
#include "record_builder.hpp"

#include <participatieladder/reports.hpp>

#include <catch2/catch.hpp>

using namespace pl;
using namespace pl::reports;
using pl::test::rec;

static date d(std::string_view s) { return parse_date(s).value(); }

TEST_CASE("movement matrix: from × to, new inflow, re-entry, left, no second measurement (SPEC §10, §7 revised)", "[reports]") {
  std::vector<record> rs{
      rec("a", "2024-01-10", 2).gp('+'), rec("a", "2024-09-01", 4),              // 2 → 4, rose with gp
      rec("b", "2024-01-10", 3).gp('0').instrument(true), rec("b", "2024-06-01", 9),  // 3 → left, instrument
      rec("c", "2024-01-10", 1).gp('+'),                                         // no second measurement
      rec("e", "2024-05-01", 2),                                                 // new inflow
      rec("f", "2023-05-01", 9), rec("f", "2024-05-01", 3),                      // re-entry: a row of its own
      rec("g", "2023-05-01", 9),                                                 // out at both dates
      rec("h", "2024-01-01", 5).gp('+').instrument(false, true), rec("h", "2024-11-01", 3),  // fell, instrument
      rec("i", "2024-01-01", 0), rec("i", "2024-03-01", 2),                      // 0 → 2 placement, not a rise
  };
  const auto m = movement_between(rs, d("2024-01-31"), d("2024-12-31"));
  CHECK(m.cell("2", "4") == 1);
  CHECK(m.cell("3", "left") == 1);
  CHECK(m.cell("new", "2") == 1);
  CHECK(m.cell("new", "3") == 0);
  CHECK(m.cell("reentry", "3") == 1);
  CHECK(m.cell("5", "3") == 1);
  CHECK(m.cell("0", "2") == 1);
  CHECK(m.cell("1", "1") == 0);  // c is not in the matrix
  CHECK(m.inflow == 1);
  CHECK(m.reentry == 1);
  CHECK(m.outflow == 1);
  CHECK(m.rose == 1);
  CHECK(m.fell == 1);
  CHECK(m.gp_clients == 2);      // a, h (c has no second measurement)
  CHECK(m.gp_rose == 1);
  CHECK(m.instrument_clients == 2);  // b (deployed), h (in use)
  CHECK(m.instrument_rose_or_left == 0);  // b left without an exit reason: not a success (SPEC §7)
  CHECK(m.instrument_left_other == 1);
  CHECK(m.left_no_reason == 1);
  CHECK(m.without_second_measurement == std::vector<std::string>{"c"});
  const auto t = to_table(m, lang::en);
  CHECK(t.columns.front() == "from");
  CHECK(t.columns.back() == "total");
  CHECK(t.at("total", "total") == num(std::size_t{6}));
  CHECK(*t.summary_value("pct_with_gp_rose") == num(std::optional<int>{50}));
}

TEST_CASE("movement period defaults and validation", "[reports]") {
  report_options o;
  o.kind = report_kind::movement;
  o.reference = d("2025-06-30");
  auto p = movement_period(o).value();
  CHECK(p.first == d("2024-06-30"));
  CHECK(p.second == d("2025-06-30"));
  o.from = d("2025-07-01");
  CHECK(movement_period(o).error().value() == errc::invalid_argument);
  o.from.reset();
  o.to = d("2025-07-01");
  CHECK_FALSE(movement_period(o));
}

TEST_CASE("performance indicators per calendar year (SPEC §10)", "[reports]") {
  std::vector<record> rs{
      // gp with instrument at the end of 2024: a yes, b no
      rec("a", "2024-02-01", 2).gp('+').instrument(true),
      rec("b", "2024-02-01", 3).target(4),
      // after an instrument: c rose, d stayed, e left
      rec("c", "2023-06-01", 2).gp('+').instrument(true), rec("c", "2024-06-01", 3).gp('0'),
      rec("d", "2023-06-01", 4).gp('+').instrument(false, true), rec("d", "2024-06-01", 4).gp('+'),
      rec("e", "2023-06-01", 4).gp('+').instrument(true), rec("e", "2024-06-01", 9),
      // step 6: f held 6 months, g fell back, h not confirmed yet
      rec("f", "2023-01-01", 5), rec("f", "2024-01-15", 6), rec("f", "2024-04-01", 6), rec("f", "2024-07-15", 6),
      rec("g", "2024-03-01", 6), rec("g", "2024-05-01", 4),
      rec("h", "2024-10-01", 6),
  };
  const auto k = kpi(rs, d("2024-12-31"));
  REQUIRE(k.years.size() == 2);
  CHECK(k.years[0].year == 2023);
  const auto& y = k.years[1];
  CHECK(y.gp_clients == 3);          // a, b (derived from target), d
  CHECK(y.gp_with_instrument == 1);  // a (d's 2024 measurement has no instrument)
  CHECK(y.after_instrument == 3);
  CHECK(y.rose_or_left == 1);  // c rose; e left without a reason: apart (SPEC §10 revised)
  CHECK(y.left_other == 1);
  CHECK(y.reached_6 == 3);
  CHECK(y.held_6 == 1);
  CHECK(y.fell_back_6 == 1);
  CHECK(y.pending_6 == 1);  // h: 6 months not passed by the reference date
  CHECK(y.outflow_due() == 2);
  const auto t = to_table(k, lang::nl);
  CHECK(to_string(t.at("2024", "indicator")) == "gp_with_instrument");  // the first row of 2024 (key = first cell)
  const auto row = [&](std::string_view indicator) {
    for (const auto& r : t.rows)
      if (to_string(r[0]) == "2024" && to_string(r[1]) == indicator) return r;
    return std::vector<cell>{};
  };
  CHECK(to_string(row("gp_with_instrument")[4]) == "33");
  CHECK(to_string(row("rose_or_left_after_instrument")[4]) == "33");
  CHECK(to_string(row("rose_or_left_after_instrument")[5]) == "80");
  CHECK(to_string(row("successful_outflow")[4]) == "50");
  CHECK(to_string(row("outflow_pending")[2]) == "1");
  // a reference date inside the 6 months: f is pending, not yet successful
  CHECK(kpi(rs, d("2024-07-01")).years.back().held_6 == 0);
  CHECK(kpi(rs, d("2024-07-01")).years.back().pending_6 == 2);  // f and g (h lies after it)
}

TEST_CASE("caseload per caseworker and per step; comparison; budget (SPEC §10)", "[reports]") {
  std::vector<record> rs{
      rec("a", "2024-02-01", 2).gp('+').worker("Jan", "Noord").instrument(true),
      rec("b", "2024-02-01", 2).gp('0').worker("Jan", "Noord"),
      rec("c", "2024-02-01", 0).worker("Jan", "Noord"),
      rec("d", "2024-02-01", 5).target(6).worker("Piet", "Noord").instrument(false, true),
      rec("e", "2024-02-01", 6).worker("Piet", "Zuid"),
      rec("f", "2024-02-01", 9).worker("Piet", "Zuid"),
  };
  rs[1].low_literacy = true;
  rs[1].work_obligation_exemption = true;
  rs[3].income_situation = income::work;
  const auto cl = caseload(rs, d("2024-12-31"), group_by::caseworker);
  REQUIRE(cl.groups.size() == 3);
  CHECK(cl.groups[0].key == "Jan");
  const auto& jan = cl.groups[0].scopes.front().c;
  CHECK(jan.clients == 3);
  CHECK(jan.on_step[0] == 1);
  CHECK(jan.with_gp == 1);
  CHECK(jan.low_literacy == 1);
  CHECK(jan.with_instrument == 1);
  CHECK(cl.groups[0].scopes[1].key == "0");
  CHECK(cl.groups[0].scopes[2].key == "2");
  CHECK(cl.groups[0].scopes[2].c.clients == 2);
  CHECK(cl.groups.back().key == "all");
  CHECK(cl.groups.back().scopes.front().c.clients == 5);  // f left
  CHECK(cl.left == 1);
  const auto t = to_table(cl, lang::nl);
  CHECK(t.at("Jan", "pct_with_instrument") == num(std::optional<int>{33}));

  const auto teams = to_table(caseload(rs, d("2024-12-31"), group_by::team), lang::en);
  CHECK(teams.columns.front() == "team");
  CHECK(teams.at("Noord", "clients") == num(std::size_t{4}));

  const auto cmp = to_table(comparison(rs, d("2024-12-31"), group_by::caseworker), lang::en);
  CHECK(cmp.at("Jan", "pct_step_2") == num(std::optional<int>{67}));
  CHECK(cmp.at("Jan", "pct_with_gp") == num(std::optional<int>{50}));
  CHECK(cmp.at("Piet", "pct_instrument_step_5") == num(std::optional<int>{100}));
  CHECK(cmp.at("Piet", "pct_instrument_step_1") == cell{});
  CHECK(cmp.at("Jan", "pct_work_obligation_exemption") == num(std::optional<int>{33}));
  CHECK(cmp.at("all", "clients") == num(std::size_t{5}));

  const auto b = budget(rs, d("2024-12-31"));
  CHECK(b.on_ladder == 4);
  CHECK(b.not_attributable == 1);
  CHECK(b.income_part_full == 2);
  CHECK(b.income_part_partly == 1);
  CHECK(b.participation_budget == 3);
  const auto bt = to_table(b, lang::en);
  CHECK(bt.at("5", "income_part") == str("partly"));
  CHECK(bt.at("6", "participation_budget") == str("no"));
}

TEST_CASE("report entry point dispatches every table kind", "[reports]") {
  std::vector<record> rs{rec("a", "2024-02-01", 2).gp('+'), rec("a", "2024-08-01", 3)};
  for (const auto& k : report_kinds) {
    const std::string_view name = k.name;
    report_options o;
    o.kind = parse_report_kind(name).value();
    CHECK(o.kind == k.kind);
    o.reference = d("2024-12-31");
    const auto t = report(rs, o);
    REQUIRE(t);
    CHECK(t.value().name == name);
    CHECK_FALSE(t.value().rows.empty());
  }
  CHECK(parse_report_kind("pie").error().value() == errc::invalid_argument);
}
