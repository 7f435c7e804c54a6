// SPDX-License-Identifier: Apache-2.0
// The check engine (SPEC §8) on records built in C++: clean records, empty records, order,
// history checks (SPEC §7), the catalogue/predicate binding, privacy of messages (SPEC §11).
// The per-check firing/not-firing cases are data: tests/vectors/checks.json.
#include <catch2/catch.hpp>

#include <participatieladder/checks.hpp>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

using namespace pl;

namespace {
date d(int y, int m, int day) { return date{y, m, day}; }

// A record that no check objects to (SPEC §6 all filled consistently).
record clean(std::string id, date on) {
  record r;
  r.client_id = std::move(id);
  r.bsn = "111222333";
  r.family_name = "Jansen";
  r.given_name = "Piet";
  r.birth_date = d(1980, 5, 17);
  r.postal_code = "1234 AB";
  r.city = "Heemskerk";
  r.measured_on = on;
  r.next_measurement_due = on.add_months(12);
  r.caseworker = "K. Manager";
  r.step = step::organised_activities;
  r.growth_potential = growth::potential;
  r.target_step = step::unpaid_work;
  r.income_situation = income::municipal_benefit;
  r.instrument_in_use = false;
  r.instrument_deployed = true;
  return r;
}

std::vector<std::string> ids(const std::vector<finding>& fs) {
  std::vector<std::string> out;
  for (const auto& f : fs) out.push_back(f.check);
  return out;
}
}  // namespace

TEST_CASE("a clean record gives no findings (SPEC §8)", "[checks]") {
  const std::vector<record> rs{clean("A1", d(2025, 3, 1))};
  CHECK(run_checks(rs, d(2025, 6, 1)).empty());
}

TEST_CASE("an empty record does not crash and reports the required fields (SPEC §6, PL006)", "[checks]") {
  const std::vector<record> rs(3);
  const auto fs = run_checks(rs, d(2025, 6, 1));
  REQUIRE(fs.size() == 12);  // client_id, measured_on, step, caseworker for each
  for (const auto& f : fs) CHECK(f.check == "PL006");
  CHECK(fs[0].fields == std::vector<std::string>{"client_id"});
  CHECK(fs[0].severity == severity::error);
  CHECK(fs[3].fields == std::vector<std::string>{"caseworker"});
  CHECK(fs[3].severity == severity::warning);
  CHECK(fs[4].record_index == 1);
}

TEST_CASE("findings are ordered by record index, then check id", "[checks]") {
  std::vector<record> rs{clean("A1", d(2025, 3, 1)), clean("A2", d(2025, 3, 1))};
  rs[0].step = step::paid_work;        // PL003 (benefit, instrument), PL009 (growth and target on 6)
  rs[0].bsn = "123456789";             // PL017 bsn
  rs[1].measured_on = d(2025, 9, 1);   // PL012 (after the reference date)
  rs[1].next_measurement_due = d(2025, 9, 1);  // PL010
  const auto fs = run_checks(rs, d(2025, 6, 1));
  CHECK(ids(fs) == std::vector<std::string>{"PL003", "PL009", "PL017", "PL010", "PL012"});
  CHECK(fs[2].severity == severity::error);
  CHECK(fs[2].fields == std::vector<std::string>{"bsn"});
  CHECK(fs[3].record_index == 1);
  CHECK(fs[3].client_id == "A2");
  CHECK(fs[3].measured_on == d(2025, 9, 1));
}

TEST_CASE("messages name fields and values but never personal data (SPEC §11)", "[checks][privacy]") {
  std::vector<record> rs{clean("A1", d(2025, 3, 1))};
  rs[0].bsn = "123456789";
  rs[0].postal_code = "12345";
  rs[0].birth_date = d(2015, 1, 1);  // age 10: PL018
  rs[0].step = step::paid_work;
  const auto fs = run_checks(rs, d(2025, 6, 1));
  REQUIRE(fs.size() >= 4);
  for (const auto& f : fs)
    for (const auto* m : {&f.message_nl, &f.message_en}) {
      INFO(f.check << ": " << *m);
      CHECK(m->find('{') == std::string::npos);
      for (const char* personal : {"123456789", "12345", "2015", "Jansen", "Piet", "Heemskerk", "1234 AB"})
        CHECK(m->find(personal) == std::string::npos);
    }
  const auto pl003 = std::find_if(fs.begin(), fs.end(), [](const finding& f) { return f.check == "PL003"; });
  REQUIRE(pl003 != fs.end());
  CHECK(pl003->message_en.find("income_situation a") != std::string::npos);
  CHECK(pl003->message_nl.find("instrument_deployed ja") != std::string::npos);
}

TEST_CASE("history: PL020 once per duplicate, PL021 on the latest measurement only (SPEC §7)", "[checks][history]") {
  std::vector<record> rs{clean("B", d(2024, 1, 10)), clean("B", d(2024, 1, 10)), clean("B", d(2024, 1, 10)),
                         clean("C", d(2024, 1, 10)), clean("B", d(2023, 5, 1))};
  for (auto& r : rs) r.next_measurement_due.reset();
  rs[1].line = 7;
  const auto fs = run_checks(rs, d(2025, 6, 1));
  std::vector<std::pair<std::string, std::size_t>> got;
  for (const auto& f : fs) got.emplace_back(f.check, f.record_index);
  // B: records 1 and 2 duplicate record 0; the latest of B is record 2 (input order on a tie);
  // C: record 3 overdue; record 4 is older than B's latest, not the latest.
  CHECK(got == std::vector<std::pair<std::string, std::size_t>>{{"PL020", 1}, {"PL020", 2}, {"PL021", 2}, {"PL021", 3}});
  CHECK(fs[1].message_en.find("same date as record 0") != std::string::npos);
}

TEST_CASE("history: PL019 intake ends at the next later measurement or the reference date", "[checks][history]") {
  auto intake = [](std::string id, date on) {
    record r = clean(std::move(id), on);
    r.step = step::intake;
    r.growth_potential.reset();
    r.target_step.reset();
    r.instrument_deployed.reset();
    return r;
  };
  std::vector<record> rs{intake("D", d(2025, 1, 15)), clean("D", d(2025, 4, 15)),   // exactly 3 months: fine
                         intake("E", d(2025, 1, 15)), clean("E", d(2025, 4, 16)),   // one day more: PL019
                         intake("F", d(2025, 2, 15)), intake("F2", d(2025, 3, 1)),   // until reference 2025-06-01: F2 exactly 3 months
                         intake("G", d(2025, 2, 15)), intake("G", d(2025, 2, 15))}; // same date is not "another"
  const auto fs = run_checks(rs, d(2025, 6, 1));
  std::vector<std::pair<std::string, std::size_t>> got;
  for (const auto& f : fs) got.emplace_back(f.check, f.record_index);
  for (const auto& g : got) UNSCOPED_INFO(g.first << " " << g.second);
  CHECK(got == std::vector<std::pair<std::string, std::size_t>>{{"PL019", 2}, {"PL019", 4}, {"PL019", 6}, {"PL019", 7}, {"PL020", 7}});
  CHECK(fs[0].message_en.find("until 2025-04-16") != std::string::npos);
}

TEST_CASE("records without client_id or date are not merged into a pseudo-client", "[checks][history]") {
  std::vector<record> rs{clean("", d(2025, 3, 1)), clean("", d(2025, 3, 1))};
  const auto fs = run_checks(rs, d(2025, 6, 1));
  CHECK(ids(fs) == std::vector<std::string>{"PL006", "PL006"});  // client_id missing; no PL020
}

TEST_CASE("every catalogue row has a predicate and every predicate a row (SPEC §8)", "[checks][catalogue]") {
  std::set<std::string_view> bound;
  for (const auto& r : check_rules) bound.insert(r.id);
  CHECK(bound.size() == check_catalogue.size());
  for (const auto& c : check_catalogue) CHECK(bound.count(c.id) == 1);
  CHECK(find_check("PL006")->variants.size() == 5);
  CHECK(find_variant(*find_check("PL017"), "postal_code")->severity == severity::warning);
  CHECK(find_check("PL022")->severity == severity::info);  // SPEC §8 (revised)
  CHECK(find_check("PL023")->variants.size() == 2);  // SPEC §6/§8 (revised): exit data as columns
  CHECK(find_check("PL023")->severity == severity::warning);
  CHECK_FALSE(find_check("PL024"));
}
