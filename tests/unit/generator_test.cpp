// SPDX-License-Identifier: Apache-2.0
// The synthetic-caseload generator (issue 3): determinism, a realistic spread over the steps
// (SPEC §2, §7), and records that are consistent by the rules of SPEC §4–§8.
#include <catch2/catch.hpp>

#include <participatieladder/generator/generator.hpp>
#include <participatieladder/history.hpp>

#include <map>
#include <set>

using namespace pl;

namespace {
gen::caseload make(std::size_t clients, std::uint64_t seed, std::vector<gen::plant_request> plants = {}) {
  gen::options o;
  o.clients = clients;
  o.seed = seed;
  o.reference_date = {2026, 1, 1};
  o.plants = std::move(plants);
  auto c = gen::generate(o);
  REQUIRE(c);
  return std::move(c).value();
}
bool same(const record& a, const record& b) {
  return a.client_id == b.client_id && a.bsn == b.bsn && a.family_name == b.family_name && a.birth_date == b.birth_date &&
         a.measured_on == b.measured_on && a.next_measurement_due == b.next_measurement_due && a.step == b.step &&
         a.growth_potential == b.growth_potential && a.target_step == b.target_step && a.answers == b.answers &&
         a.income_situation == b.income_situation && a.caseworker == b.caseworker && a.postal_code == b.postal_code;
}
}  // namespace

TEST_CASE("generator PRNG: xoshiro256** is deterministic and unbiased enough", "[generator]") {
  gen::prng a(42), b(42), c(43);
  for (int i = 0; i < 100; ++i) {
    const auto x = a.next();
    CHECK(x == b.next());
    (void)c;
  }
  CHECK(gen::prng(42).next() != gen::prng(43).next());
  gen::prng r(7);
  std::array<int, 6> counts{};
  for (int i = 0; i < 60000; ++i) ++counts[static_cast<std::size_t>(r.between(1, 6)) - 1];
  for (int n : counts) CHECK((n > 9000 && n < 11000));
}

TEST_CASE("generator: same seed gives the same caseload, another seed another", "[generator]") {
  const auto a = make(300, 11), b = make(300, 11), c = make(300, 12);
  REQUIRE(a.records.size() == b.records.size());
  for (std::size_t i = 0; i < a.records.size(); ++i) CHECK(same(a.records[i], b.records[i]));
  std::size_t differ = 0;
  for (std::size_t i = 0; i < std::min(a.records.size(), c.records.size()); ++i) differ += !same(a.records[i], c.records[i]);
  CHECK(differ > a.records.size() / 2);
  // client k does not depend on the number of clients
  const auto small = make(50, 11);
  for (std::size_t i = 0; i < small.records.size(); ++i) CHECK(same(small.records[i], a.records[i]));
}

TEST_CASE("generator: steps spread like a real caseload, 1-4 measurements per client", "[generator]") {
  const auto c = make(5000, 2026);
  const auto histories = build_histories(c.records);
  REQUIRE(histories.size() == 5000);
  std::map<int, int> latest;
  for (const auto& h : histories) {
    CHECK((h.measurements.size() >= 1 && h.measurements.size() <= 4));
    ++latest[to_int(*c.records[h.measurements.back()].step)];
  }
  // most on 2, then 1 and 3; few on 4/5; very few on 6; some 0 and 9 (SPEC §2)
  for (int s : {0, 1, 3, 4, 5, 6, 9}) CHECK(latest[2] > latest[s]);
  CHECK(latest[2] > 5000 * 30 / 100);
  CHECK(latest[1] > latest[4]);
  CHECK(latest[3] > latest[4]);
  CHECK(latest[6] < 5000 * 8 / 100);
  CHECK(latest[6] > 0);
  CHECK(latest[0] > 0);
  CHECK(latest[9] > 0);
  std::set<std::string> bsns;
  for (const auto& h : histories) bsns.insert(c.records[h.measurements.front()].bsn);
  CHECK(bsns.size() == 5000);  // unique per client
}

TEST_CASE("generator: base records are consistent by SPEC §4-§8", "[generator]") {
  const date ref{2026, 1, 1};
  const auto c = make(3000, 99);
  for (const auto& r : c.records) {
    INFO(r.client_id << " measured " << r.measured_on->iso());
    REQUIRE(r.step);
    const step s = *r.step;
    CHECK(is_valid_bsn(r.bsn));
    CHECK((r.postal_code.size() == 7 && r.postal_code[4] == ' '));
    CHECK(r.family_name.size() > 0);
    CHECK(*r.measured_on <= ref);  // PL012
    const int age = years_between(*r.birth_date, *r.measured_on);
    CHECK((age >= 18 && age <= 66));  // PL018
    if (r.next_measurement_due) {
      CHECK(*r.next_measurement_due > *r.measured_on);                // PL010
      CHECK(*r.next_measurement_due <= r.measured_on->add_months(12));  // PL011
    }
    if (r.answers) CHECK(determine(*r.answers).result == s);  // PL013
    if (can_grow(s)) {
      CHECK((r.growth_potential || r.target_step));  // PL006
      if (r.growth_potential && r.target_step) CHECK_FALSE(contradicts(s, *r.growth_potential, *r.target_step, r.target_horizon));  // PL007
      if (r.target_step) CHECK(to_int(*r.target_step) >= to_int(s));  // PL008
    } else {
      CHECK_FALSE(r.growth_potential);  // PL009
      CHECK_FALSE(r.target_step);
    }
    if (r.instrument_deployed == true) CHECK(r.effective_growth_potential() == growth::potential);  // PL001
    if (r.instrument_in_use == true) CHECK(r.effective_growth_potential() != growth::none);         // PL001 (revised)
    if (s == step::isolated || s == step::social_contacts) CHECK(r.instrument_in_use == false);     // PL002
    if (s == step::paid_work) {  // PL003
      CHECK(r.income_situation != income::municipal_benefit);
      CHECK(r.income_situation != income::uwv_benefit);
      CHECK(r.instrument_in_use == false);
    }
    if (r.income_situation == income::work) CHECK((s == step::paid_work || s == step::paid_work_with_support));  // PL015
    if (r.work_obligation_exemption == true || r.integration_exemption == true)
      CHECK(r.effective_growth_potential() != growth::potential);  // PL005 (revised: either exemption)
    if (s == step::left) CHECK(r.exit_reason.has_value());  // PL022
    if (r.integration_exemption == true) CHECK(r.integration_obligation == true);  // PL016
    for (const auto& sub : r.sub_steps) CHECK(sub.base == s);  // PL014
    CHECK_FALSE(r.caseworker.empty());
  }
  // PL019-PL021: intake recent, latest measurement not overdue, one measurement per date
  for (const auto& h : build_histories(c.records)) {
    const auto& last = c.records[h.measurements.back()];
    if (last.step == step::intake) CHECK(days_between(*last.measured_on, ref) < 90);
    if (last.step != step::left) CHECK(*last.next_measurement_due > ref);
    for (std::size_t i = 1; i < h.measurements.size(); ++i)
      CHECK(c.records[h.measurements[i - 1]].measured_on < c.records[h.measurements[i]].measured_on);
  }
}

TEST_CASE("generator: --plant parsing names the offending item", "[generator]") {
  auto p = gen::parse_plants("PL003=5, pl010=2,input");
  REQUIRE(p);
  REQUIRE(p.value().size() == 3);
  CHECK(p.value()[1].check == "PL010");
  CHECK(p.value()[2].count == 1);
  auto bad = gen::parse_plants("PL003=5,PL099=1");
  REQUIRE_FALSE(bad);
  CHECK(bad.error().message.find("PL099") != std::string::npos);
  CHECK_FALSE(gen::parse_plants("PL003=x"));
  CHECK_FALSE(gen::parse_plants("PL003=1,PL003=2"));
}

TEST_CASE("generator: every plant lands on its own client, counts as requested", "[generator]") {
  std::vector<gen::plant_request> plants;
  for (const auto& rule : gen::plant_rules()) plants.push_back({std::string(rule.id), 3});
  const auto c = make(1500, 5, plants);
  REQUIRE(c.planted.size() == plants.size() * 3);
  std::set<std::string> clients;
  std::map<std::string, int> per_check;
  for (const auto& p : c.planted) {
    clients.insert(p.client_id);
    ++per_check[p.check];
    CHECK(c.records[p.record].client_id == p.client_id);
  }
  CHECK(clients.size() == c.planted.size());
  for (const auto& rule : gen::plant_rules()) CHECK(per_check[std::string(rule.id)] == 3);
  CHECK(c.raw_values.size() == 3);
  // too many plants for a small caseload is an error naming the check
  gen::options o;
  o.clients = 20;
  o.plants = {{"PL003", 15}};
  auto r = gen::generate(o);
  REQUIRE_FALSE(r);
  CHECK(r.error().message.find("PL003") != std::string::npos);
}
