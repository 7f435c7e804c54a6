// SPDX-License-Identifier: Apache-2.0
// Benchmark exchange (SPEC §9, §11, §12): suppression with a hand-computed table (issue 12 must
// show 3), the keyed pseudonym against RFC 4231, national steps, data conformance, SRG mapping,
// publication and merge.
#include "record_builder.hpp"

#include <participatieladder/benchmark/conformance.hpp>
#include <participatieladder/benchmark/merge.hpp>
#include <participatieladder/benchmark/cell_key.hpp>
#include <participatieladder/benchmark/national.hpp>
#include <participatieladder/benchmark/publication.hpp>
#include <participatieladder/benchmark/record_export.hpp>
#include <participatieladder/benchmark/srg.hpp>
#include <participatieladder/benchmark/suppression.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <set>

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

TEST_CASE("pseudonym: HMAC-SHA-256 of the normalised municipality and client id; bound to the municipality (SPEC §11, issue 21)", "[benchmark]") {
  const auto k1 = pseudonym_key::from_bytes("municipality-secret-one\n", "k1").value();
  const auto k2 = pseudonym_key::from_bytes("municipality-secret-two\n", "k2").value();
  // Python: hmac.new(b"municipality-secret-one", b"pladder/pseudonym/2\x1fkleindorp\x1fk0000001", sha256)
  CHECK(pseudonym(k1, "Kleindorp", "K0000001") == "e345460dc4f5146cb803383b81518a0c5d166fd14ed4e7b69bdf79de3ee66ae3");
  CHECK(pseudonym(k1, "  kleindorp ", " k0000001") == pseudonym(k1, "Kleindorp", "K0000001"));
  // ... and the first 8 bytes of the record-key HMAC
  CHECK(record_key(k1, "Kleindorp", "01014") == 0x3b3b3ded658778deull);
  CHECK(pseudonym(k1, "A", "K0000001") != pseudonym(k2, "A", "K0000001"));
  CHECK(pseudonym(k1, "A", "K0000001") != pseudonym(k1, "A", "K0000002"));
  CHECK(pseudonym(k1, "A", "K0000001") != pseudonym(k1, "B", "K0000001"));  // one key, two municipalities
  CHECK(pseudonym(k1, "A", "1014") == pseudonym(k1, "A", "01014"));
  CHECK(pseudonym(k1, "A", "1014") != pseudonym(k1, "A", "k1014"));
  CHECK(normalise_client_id(" 000 ") == "0");
  CHECK(normalise_client_id("K01014") == "k01014");
  CHECK(normalise_municipality(" Bergen  op   Zoom ") == "bergen op zoom");
  // one trailing line break is not part of the key
  CHECK(pseudonym(k1, "A", "x") == pseudonym(pseudonym_key::from_bytes("municipality-secret-one", "k").value(), "A", "x"));
  const auto weak = pseudonym_key::from_bytes("short\n", "weak.key");
  REQUIRE_FALSE(weak);
  CHECK(weak.error().message.find("weak.key") != std::string::npos);
}

TEST_CASE("keys: weak keys are refused, generated and random keys are strong (issue 21)", "[benchmark]") {
  for (const char* w : {"aaaaaaaaaaaaaaaa", "                ", "Kleindorp2025!!!", "abcdabcdabcdabcdabcdabcdabcd", "01234567890123456789012345678901234"}) {
    INFO(w);
    CHECK(key_strength(w) < pseudonym_key::min_bits);
    const auto k = pseudonym_key::from_bytes(w, "k", lang::nl);
    REQUIRE_FALSE(k);
    CHECK(k.error().message.find("te zwak") != std::string::npos);
  }
  CHECK(key_strength("3f9a1c0e7b2d4a6f8e1c3b5a7d9f0e2c4b6a8d0f1e3c5b7a9d2f4e6c8a0b1d3e") >= 256);
  CHECK(key_strength(std::string("\x01\x9a\xf3\x42\x77\xc0\x13\x5e\xaa\x0b\xde\x61\x38\xfe\x24\x86\x90\x4d\xb7\x1c\x65\xe9\x2a\xd4\x07\x8b\x3f\xc2\x59\x16\xe0\x7d", 32)) >= 128);
  CHECK(key_strength("gemeente-geheim-voor-de-test-1") >= pseudonym_key::min_bits);
}

TEST_CASE("ptable: keyed random rounding to 5 — small counts indistinguishable, every published value from several true values (issue 21)", "[benchmark]") {
  const ptable t{5};
  for (std::uint64_t n = 0; n < 60; ++n)
    for (double u : {0.0, 0.1, 0.25, 0.49, 0.5, 0.75, 0.99}) {
      const auto p = t.published(n, u);
      CHECK(p % 5 == 0);
      const auto [lo, hi] = t.behind(p);
      CHECK(lo <= n);
      CHECK(n <= hi);
      CHECK(hi - lo >= 4);  // at least five true values behind every published value
      if (n >= 1 && n <= 4) CHECK(p == t.published(1, u));  // the same distribution for 1..4
    }
  CHECK(t.published(0, 0.9) == 0);
  CHECK(t.published(10, 0.3) == 10);
  // unbiased above the small range: 7 -> 10 with probability 2/5
  int up = 0;
  for (int i = 0; i < 1000; ++i) up += t.published(7, cell_draw(42, static_cast<std::uint64_t>(i) * 7919u)) == 10;
  CHECK(up > 330);
  CHECK(up < 470);
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
  REQUIRE(c.invalid_by_check.size() == 2);  // per check: input (record 0), PL006 (record 9)
}

TEST_CASE("data conformance judges what the benchmark uses: BSN errors and records after the reference date do not count (issue 21)", "[benchmark]") {
  std::vector<record> rs;
  for (int i = 0; i < 10; ++i) {
    rs.push_back(rec("c" + std::to_string(i), "2025-01-01", 3).gp('+').worker("cw"));
    rs.back().bsn = "123456789";  // fails the eleven-test (PL017): the BSN is never exported
  }
  rs.push_back(rec("c0", "2025-09-01", 4).gp('+').worker("cw"));  // after the reference date
  const auto c = assess_conformance(rs, {}, d("2025-06-30"));
  CHECK(c.records_after_reference == 1);
  CHECK(c.valid_records == 10);
  CHECK(c.pct_valid == 100);
  CHECK(c.comparable);
  REQUIRE_FALSE(c.not_used_by_check.empty());
  CHECK(c.not_used_by_check[0].check == "PL017");
  CHECK(c.not_used_by_check[0].records == 10);
  CHECK(c.invalid_by_check.empty());
  // a sub-step without an extension set: its national step is unknown → not comparable
  rs[1].sub_steps = {sub_step{step::social_contacts, 4}};
  const auto u = assess_conformance(rs, {}, d("2025-06-30"));
  CHECK_FALSE(u.comparable);
  REQUIRE_FALSE(u.reasons.empty());
  CHECK(u.reasons.back().id == "sub_steps_undefined");
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
  const auto key = pseudonym_key::from_bytes("a-municipal-key-for-tests", "k").value();
  const auto srg = parse_srg_mapping("3;SRG-3\n", "s").value();
  record_export_options o;
  o.srg = &srg;
  o.municipality = "Testdorp";
  o.k = 1;  // one client: k-anonymity below
  const auto e = make_record_export(std::vector<record>{r}, key, o);
  const auto csv = to_csv(e);
  for (const char* secret : {"K42", "123456782", "Achternaam", "1980-05-17", "1234 AB", "1234AB", "Straat", "vrije tekst", "lokaal", "eigen kolom",
                             "Team Noord", "2025-01-01"})
    CHECK(csv.find(secret) == std::string::npos);
  CHECK(csv.find(pseudonym(key, "Testdorp", "K42")) != std::string::npos);
  CHECK(csv.find(",1980,1234,2025-01,") != std::string::npos);
  CHECK(csv.find("conversion,SRG-3") != std::string::npos);
  CHECK(e.converted_srg == 1);
  CHECK(postal_code_digits("12345") == "");
  CHECK(postal_code_digits("0123 AB") == "");
}

TEST_CASE("record export: k-anonymity generalises, then suppresses, until every combination has k clients (issue 21)", "[benchmark]") {
  std::vector<record> rs;
  for (int i = 0; i < 40; ++i) {
    record r = rec("c" + std::to_string(i), "2025-01-01", 3).gp('+');
    r.birth_date = d(std::to_string(1960 + i % 20) + "-01-01");
    r.postal_code = std::to_string(1000 + (i % 4) * 111) + " AB";
    rs.push_back(r);
  }
  record odd = rec("lonely", "2025-01-01", 3).gp('+');
  odd.birth_date = d("1930-01-01");
  odd.postal_code = "9999 ZZ";
  rs.push_back(odd);
  const auto key = pseudonym_key::from_bytes("a-municipal-key-for-tests", "k").value();
  record_export_options o;
  o.municipality = "T";
  const auto e = make_record_export(rs, key, o);
  std::map<std::pair<std::string, std::string>, std::set<std::string>> groups;
  for (const auto& r : e.rows) groups[{r[1], r[2]}].insert(r[0]);
  for (const auto& [g, m] : groups) {
    INFO(g.first << " / " << g.second);
    CHECK(m.size() >= 5);
  }
  CHECK(e.k_anonymity.level > 0);        // the years alone are too fine
  CHECK(e.k_anonymity.suppressed >= 5);  // the lonely client, and enough others to hide it
  CHECK(e.k_anonymity.smallest_group >= 5);
}

namespace {
std::vector<record> town(int n) {
  std::vector<record> rs;
  for (int i = 0; i < n; ++i) {
    const int s = 1 + i % 6;
    rs.push_back(rec("k" + std::to_string(i), "2024-09-01", s).gp(i % 3 ? '+' : '0').worker("cw"));
    rs.push_back(rec("k" + std::to_string(i), "2025-06-01", 1 + (i * 7) % 6).gp(i % 2 ? '+' : '0').worker("cw"));
  }
  return rs;
}
publication_options town_options(const pseudonym_key& key) {
  publication_options o;
  o.municipality = "Testdorp";
  o.reference = d("2025-06-30");
  o.record_key = [&key](std::string_view id) { return record_key(key, "Testdorp", id); };
  return o;
}
}  // namespace

TEST_CASE("publication: every count protected by the cell key, one count one value, verdict only below the minimum size (issue 21)", "[benchmark]") {
  const auto key = pseudonym_key::from_bytes("a-municipal-key-for-tests", "k").value();
  const auto rs = town(83);
  const auto o = town_options(key);
  const auto p = make_publication(rs, {}, o);
  const auto k = make_keyed_tables(rs, o);
  REQUIRE_FALSE(p.withheld);
  REQUIRE(p.tables.size() == 4);
  // the per-client tables are the reports' tables
  const auto national = to_national(rs, nullptr);
  CHECK(k.grids[0].counts.cells == placement_grid(reports::placement(national.records, o.reference)).cells);
  CHECK(k.clients == 83);
  std::size_t differ = 0;
  for (std::size_t t = 0; t < 4; ++t) {
    const auto& g = p.tables[t];
    const auto& truth = k.grids[t].counts;
    for (std::size_t i = 0; i < g.rows.size(); ++i)
      for (std::size_t j = 0; j < g.columns.size(); ++j) {
        const auto v = *g.cells[i][j], n = *truth.cells[i][j];
        CHECK(v % 5 == 0);
        const auto [lo, hi] = p.protect.table.behind(v);
        CHECK(lo <= n);
        CHECK(n <= hi);
        differ += v != n;
      }
  }
  CHECK(differ > 0);
  // one count, one value: placement row totals and the movement's "to" totals are the same clients
  const auto* pl = p.table("placement");
  const auto* mv = p.table("movement");
  for (std::size_t i = 0; i < 6; ++i)
    if (k.grids[0].row_keys[i] == k.grids[2].column_keys[i + 1]) CHECK(pl->row_totals[i] == mv->column_totals[i + 1]);
  CHECK(p.clients % 5 == 0);
  // the same data, the same publication; one more record, new draws everywhere it matters
  CHECK(make_publication(rs, {}, o).tables[2].cells == p.tables[2].cells);
  // below the minimum size: the verdict only
  const auto small = make_publication(town(12), {}, o);
  CHECK(small.withheld);
  CHECK(small.tables.empty());
  CHECK(small.clients == 0);
  CHECK(small.records == 0);
}

TEST_CASE("merge: refuses old formats and weaker protection; totals only over comparable, large-enough municipalities (issue 21)", "[benchmark]") {
  const auto key = pseudonym_key::from_bytes("a-municipal-key-for-tests", "k").value();
  const auto o = town_options(key);
  auto a = entry_of(make_publication(town(83), {}, o));
  auto b = entry_of(make_publication(town(40), {}, o));
  b.municipality = "B";
  auto c = entry_of(make_publication(town(50), {}, o));
  c.municipality = "C";
  c.comparable = false;
  auto w = entry_of(make_publication(town(5), {}, o));
  w.municipality = "W";
  a.comparable = b.comparable = w.comparable = true;  // the verdicts as published (the test town has no code lists)
  CHECK(w.withheld);
  const merge_policy policy;
  CHECK_FALSE(policy_refusal(a, policy));
  auto old = a;
  old.format = 1;
  REQUIRE(policy_refusal(old, policy));
  CHECK(policy_refusal(old, policy)->first.find("formaat 1") != std::string::npos);
  auto weak = a;
  weak.protect.table.base = 3;
  CHECK(policy_refusal(weak, policy));
  auto tiny = a;
  tiny.protect.min_clients = 5;
  CHECK(policy_refusal(tiny, policy));
  const auto m = merge({a, b, c, w}, policy);
  CHECK(m.included == 2);
  CHECK(m.left_out == 2);
  CHECK(*m.total.clients == *m.lines[0].clients + *m.lines[1].clients);
  CHECK(*m.total.steps[2].count == *m.lines[0].steps[2].count + *m.lines[1].steps[2].count);
  REQUIRE_FALSE(m.notes_nl.empty());
  CHECK(m.notes_nl[0].find("2 niet meegeteld") != std::string::npos);
}
