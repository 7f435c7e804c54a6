// SPDX-License-Identifier: Apache-2.0
// Benchmark exchange (SPEC §9, §11, §12): suppression with a hand-computed table (issue 12 must
// show 3), the keyed pseudonym against RFC 4231, national steps, data conformance, SRG mapping,
// publication and merge.
#include "record_builder.hpp"

#include <participatieladder/benchmark/conformance.hpp>
#include <participatieladder/benchmark/merge.hpp>
#include <participatieladder/benchmark/national.hpp>
#include <participatieladder/benchmark/publication.hpp>
#include <participatieladder/benchmark/record_export.hpp>
#include <participatieladder/benchmark/srg.hpp>
#include <participatieladder/benchmark/suppression.hpp>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace pl;
using namespace pl::benchmark;
using pl::test::rec;

static date d(std::string_view s) { return parse_date(s).value(); }

namespace {
count_grid grid3x3() {
  // Hand-made table (docs/benchmark-exchange.md, "worked example"):
  //          a   b   c | total
  //   r1    10   3  12 |   25
  //   r2     8   9  20 |   37
  //   r3     6   7  15 |   28
  //   total 24  19  47 |   90
  count_grid g;
  g.name = "example";
  g.rows = {"r1", "r2", "r3"};
  g.columns = {"a", "b", "c"};
  g.cells = {{10, 3, 12}, {8, 9, 20}, {6, 7, 15}};
  return g;
}
using S = cell_state;
}  // namespace

TEST_CASE("suppression: a hand-computed table with secondary suppression (SPEC §11, issue 12 must show 3)", "[benchmark]") {
  const auto g = suppress(grid3x3());
  // totals completed from the cells
  CHECK(g.counts.row_totals == std::vector<std::optional<std::size_t>>{25, 37, 28});
  CHECK(g.counts.column_totals == std::vector<std::optional<std::size_t>>{24, 19, 47});
  CHECK(g.counts.grand_total == 90u);
  // By hand: r1/b = 3 is small (primary). Row r1 would reveal it (25 - 10 - 12), so its smallest
  // other non-zero cell r1/a = 10 is suppressed too. Column a then has one hidden cell (r1/a) and
  // would reveal it (24 - 8 - 6): its smallest published cell r3/a = 6 goes; column b likewise
  // (19 - 9 - 7) loses r3/b = 7. Row r3 now has two hidden cells; every row and column has 0 or 2.
  const std::vector<std::vector<S>> expected{
      {S::secondary, S::primary, S::published},
      {S::published, S::published, S::published},
      {S::secondary, S::secondary, S::published},
  };
  CHECK(g.cell_states == expected);
  CHECK(std::all_of(g.row_total_states.begin(), g.row_total_states.end(), [](S s) { return s == S::published; }));
  CHECK(std::all_of(g.column_total_states.begin(), g.column_total_states.end(), [](S s) { return s == S::published; }));
  CHECK(g.count(S::primary) == 1);
  CHECK(g.count(S::secondary) == 3);
  // nothing hidden can be recomputed: x1+x2 = 13, x3+x4 = 13, x1+x3 = 16, x2+x4 = 10 leave one freedom
  CHECK(recomputable(g).empty());
  // published values never show a hidden count
  CHECK_FALSE(g.cell(0, 1).has_value());
  CHECK_FALSE(g.cell(0, 0).has_value());
  CHECK(g.cell(1, 1) == 9u);
  CHECK(g.row_total(0) == 25u);
}

TEST_CASE("suppression: the audit finds a count a total reveals; without secondary suppression it would leak", "[benchmark]") {
  suppressed_grid naive;
  naive.counts = grid3x3();
  naive.counts.complete_totals();
  naive.cell_states.assign(3, std::vector<S>(3, S::published));
  naive.cell_states[0][1] = S::primary;  // only the small cell hidden
  naive.row_total_states.assign(3, S::published);
  naive.column_total_states.assign(3, S::published);
  const auto leak = recomputable(naive);
  REQUIRE(leak.size() == 1);
  CHECK(leak[0] == 1);  // flat index of r1/b: 25 - 10 - 12 = 3
}

TEST_CASE("suppression: small totals are suppressed, zeros are not, and the result is always audit-clean", "[benchmark]") {
  count_grid g;
  g.name = "small";
  g.rows = {"x", "y"};
  g.columns = {"p", "q", "r"};
  g.cells = {{2, 0, 0}, {5, 6, 7}};
  const auto s = suppress(g);
  CHECK(s.cell_states[0][0] == S::primary);
  CHECK(s.row_total_states[0] == S::primary);  // the total 2 is small itself
  CHECK(s.cell_states[0][1] == S::published);  // a zero reveals nothing
  CHECK(recomputable(s).empty());
  // column p: 2 + 5 = 7 would reveal the 2, so a second cell of column p (5) is hidden too
  CHECK(s.cell_states[1][0] != S::published);

  // brute force over many small grids: no suppressed count is ever recomputable
  for (std::size_t seed = 1; seed < 200; ++seed) {
    count_grid r;
    r.name = "random";
    r.rows = {"1", "2", "3", "4"};
    r.columns = {"a", "b", "c"};
    std::size_t x = seed * 2654435761u;
    for (int i = 0; i < 4; ++i) {
      r.cells.emplace_back();
      for (int j = 0; j < 3; ++j) {
        x = x * 6364136223846793005ull + 1442695040888963407ull;
        r.cells.back().push_back((x >> 33) % 12);
      }
    }
    const auto t = suppress(r);
    INFO("seed " << seed);
    CHECK(recomputable(t).empty());
    for (std::size_t i = 0; i < 4; ++i)
      for (std::size_t j = 0; j < 3; ++j)
        if (const auto v = r.cells[i][j]; *v >= 1 && *v <= 4) CHECK(t.cell_states[i][j] == S::primary);
  }
}

TEST_CASE("suppression: counts unknown at the source stay suppressed in a merge", "[benchmark]") {
  count_grid g;
  g.name = "merged";
  g.rows = {"A", "B"};
  g.columns = {"1", "2"};
  g.cells = {{std::nullopt, 20}, {30, 40}};
  g.row_totals = {std::optional<std::size_t>(23), std::optional<std::size_t>(70)};
  const auto s = suppress(g);
  CHECK(s.cell_states[0][0] == S::primary);
  CHECK_FALSE(s.column_total(0).has_value());  // a sum over an unknown count is unknown
  CHECK(s.cell_states[0][1] != S::published);  // row A (23) would reveal the unknown 3
}

TEST_CASE("pseudonym: HMAC-SHA-256 as RFC 4231 test case 1; same key same pseudonym, other key other (SPEC §11)", "[benchmark]") {
  const auto key = pseudonym_key::from_bytes(std::string(20, '\x0b'), "test").value();
  CHECK(pseudonym(key, "Hi There") == "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
  const auto k1 = pseudonym_key::from_bytes("municipality-secret-one\n", "k1").value();
  const auto k2 = pseudonym_key::from_bytes("municipality-secret-two\n", "k2").value();
  CHECK(pseudonym(k1, "K0000001") == pseudonym(k1, "K0000001"));
  CHECK(pseudonym(k1, "K0000001") != pseudonym(k2, "K0000001"));
  CHECK(pseudonym(k1, "K0000001") != pseudonym(k1, "K0000002"));
  CHECK(pseudonym(k1, "K0000001").size() == 64);
  // one trailing line break is not part of the key
  CHECK(pseudonym(k1, "x") == pseudonym(pseudonym_key::from_bytes("municipality-secret-one", "k").value(), "x"));
  const auto weak = pseudonym_key::from_bytes("short\n", "weak.key");
  REQUIRE_FALSE(weak);
  CHECK(weak.error().message.find("weak.key") != std::string::npos);
}

TEST_CASE("national steps: a Heemskerk sub-step on another national step is converted (SPEC §9)", "[benchmark]") {
  const auto ext = make_extension_set("Heemskerk", {{{step::social_contacts, 4}, "Vrijwilligerswerk", "", step::unpaid_work},
                                                    {{step::social_contacts, 1}, "Sociale activering", "", std::nullopt}})
                       .value();
  const record vol = rec("c1", "2025-01-01", 2).gp('+').sub(2, 4);
  const record act = rec("c2", "2025-01-01", 2).gp('+').sub(2, 1);
  bool converted = false;
  const auto n1 = to_national(vol, &ext, &converted);
  CHECK(converted);
  CHECK(n1.step == step::unpaid_work);
  CHECK(n1.determination == determination_method::conversion);
  CHECK(n1.sub_steps.empty());
  const auto n2 = to_national(act, &ext, &converted);
  CHECK_FALSE(converted);
  CHECK(n2.step == step::social_contacts);
  CHECK_FALSE(n2.determination.has_value());
  // without an extension set nothing is converted
  CHECK(to_national(vol, nullptr, &converted).step == step::social_contacts);
  CHECK_FALSE(converted);
}

TEST_CASE("data conformance: valid share, filled share, code-list violations, comparability, verdict (SPEC §11)", "[benchmark]") {
  const auto ext = make_extension_set("H", {{{step::social_contacts, 4}, "Vrijwilligerswerk", "", step::unpaid_work}}).value();
  std::vector<record> rs;
  for (int i = 0; i < 9; ++i) rs.push_back(rec("c" + std::to_string(i), "2025-01-01", 2).gp('+').worker("cw").sub(2, 4));
  rs.push_back(rec("c9", "2025-01-01", std::nullopt).worker("cw"));  // step empty: PL006 error
  finding bad;
  bad.check = std::string(input_check_id);
  bad.record_index = 0;
  bad.key = "income_situation";
  bad.severity = severity::error;
  const std::vector<finding> input{bad};
  const auto c = assess_conformance(rs, input, d("2025-06-30"), &ext);
  CHECK(c.records == 10);
  CHECK(c.valid_records == 8);  // record 0 (unreadable value) and record 9 (no step)
  CHECK(c.pct_valid == 80);
  const auto step_fill = std::find_if(c.filled.begin(), c.filled.end(), [](const key_fill& k) { return k.key == "step"; });
  REQUIRE(step_fill != c.filled.end());
  CHECK(step_fill->pct == 90);
  CHECK(std::none_of(c.filled.begin(), c.filled.end(), [](const key_fill& k) { return k.key == "bsn" || k.key == "family_name" || k.key == "free_field"; }));
  REQUIRE(c.violations.size() == 1);
  CHECK(c.violations[0].key == "income_situation");
  REQUIRE(c.comparability.size() == 1);
  CHECK(c.comparability[0].sub_step == "2.4");
  CHECK(c.comparability[0].national == step::unpaid_work);
  CHECK(c.comparability[0].clients == 9);
  CHECK_FALSE(c.comparable);
  std::vector<std::string> ids;
  for (const auto& r : c.reasons) ids.push_back(r.id);
  CHECK(ids == std::vector<std::string>{"valid_records", "required_filled:step", "code_list"});
}

TEST_CASE("SRG mapping file (SPEC §12)", "[benchmark]") {
  const auto m = parse_srg_mapping("# SRG\nstep;srg\n1;R1\n2;R1\n6,W\n", "srg.csv").value();
  CHECK(m.code(step::isolated) == std::optional<std::string>("R1"));
  CHECK(m.code(step::paid_work) == std::optional<std::string>("W"));
  CHECK_FALSE(m.code(step::unpaid_work).has_value());
  CHECK(parse_srg_mapping("1;A\n1;B\n", "f").error().message == "f, line 2: step 1 is mapped twice");
  CHECK(parse_srg_mapping("7;A\n", "f").error().message.find("line 1") != std::string::npos);
  CHECK_FALSE(parse_srg_mapping("# nothing\n", "f"));
}

TEST_CASE("record export: fields 10-23 only, pseudonym, birth year, postal digits, SRG conversion (SPEC §11, §12)", "[benchmark]") {
  record r = rec("K42", "2025-01-01", 3).gp('+').worker("Team Noord");
  r.bsn = "123456782";
  r.family_name = "Achternaam";
  r.birth_date = d("1980-05-17");
  r.postal_code = "1234 AB";
  r.address = "Straat 1";
  r.free_field = "vrije tekst";
  r.local_fields = {{"eigen kolom", "lokaal"}};
  const auto key = pseudonym_key::from_bytes("a-municipal-key-16b", "k").value();
  const auto srg = parse_srg_mapping("3;SRG-3\n", "s").value();
  record_export_options o;
  o.srg = &srg;
  const auto e = make_record_export(std::vector<record>{r}, key, o);
  const auto csv = to_csv(e);
  for (const char* secret : {"K42", "123456782", "Achternaam", "1980-05-17", "1234 AB", "1234AB", "Straat", "vrije tekst", "lokaal", "eigen kolom"})
    CHECK(csv.find(secret) == std::string::npos);
  CHECK(csv.find(pseudonym(key, "K42")) != std::string::npos);
  CHECK(csv.find(",1980,1234,") != std::string::npos);
  CHECK(csv.find("conversion,SRG-3") != std::string::npos);
  CHECK(e.converted_srg == 1);
  CHECK(postal_code_digits("12345") == "");
  CHECK(postal_code_digits("0123 AB") == "");
}

TEST_CASE("publication and merge: suppressed counts never reach the coordinator (SPEC §11)", "[benchmark]") {
  std::vector<record> rs;
  for (int i = 0; i < 20; ++i) rs.push_back(rec("a" + std::to_string(i), "2025-01-01", 2).gp('+').worker("cw"));
  for (int i = 0; i < 3; ++i) rs.push_back(rec("b" + std::to_string(i), "2025-01-01", 4).gp('0').worker("cw"));
  publication_options o;
  o.municipality = "Testdorp";
  o.reference = d("2025-06-30");
  const auto p = make_publication(rs, {}, o);
  const auto* placement = p.table("placement");
  REQUIRE(placement);
  CHECK(placement->counts.cells[3][0] == 3u);                 // step 4 without gp: 3 (true count)
  CHECK_FALSE(placement->cell(3, 0).has_value());             // ...suppressed
  CHECK_FALSE(placement->row_total(3).has_value());           // and the step-4 total (3) too
  CHECK(recomputable(*placement).empty());
  const auto e = entry_of(p);
  const auto* seen = e.table("placement");
  REQUIRE(seen);
  CHECK_FALSE(seen->cells[3][0].has_value());
  const auto c = merge({e, e}, {});
  CHECK(recomputable(c.steps).empty());
  CHECK(c.steps.counts.rows == std::vector<std::string>{"Testdorp", "Testdorp"});
}
