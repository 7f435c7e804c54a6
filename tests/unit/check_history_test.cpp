// SPDX-License-Identifier: Apache-2.0
// The history facts of the checks (SPEC §7, PL019–PL021; check_history.hpp) against a plain
// definition written out record by record, for records in client and date order (read without a
// sort) and for the same records shuffled (grouped by client id) — the two ways the facts are built.
#include <catch2/catch.hpp>

#include <participatieladder/check_history.hpp>

#include <algorithm>
#include <cstddef>
#include <optional>
#include <random>
#include <string>
#include <vector>

using namespace pl;

namespace {

/// SPEC §7 by its words, record by record: a history is every record with the same client id and a
/// date; the next measurement with a later date; the first on the same date (input order) of which a
/// record is a duplicate; the latest on or before the reference date (of two, the later in input order).
history_facts by_definition(const std::vector<record>& rs, std::size_t i, const date& reference) {
  history_facts f;
  const record& r = rs[i];
  if (r.client_id.empty() || !r.measured_on) return f;
  bool latest = *r.measured_on <= reference;
  for (std::size_t j = 0; j < rs.size(); ++j) {
    const record& o = rs[j];
    if (j == i || o.client_id != r.client_id || !o.measured_on) continue;
    if (*o.measured_on > *r.measured_on && (!f.next_later_measurement || *o.measured_on < *f.next_later_measurement))
      f.next_later_measurement = o.measured_on;
    if (*o.measured_on == *r.measured_on && j < i && f.duplicate_of == history_facts::none) f.duplicate_of = j;
    if (*o.measured_on <= reference && (*o.measured_on > *r.measured_on || (*o.measured_on == *r.measured_on && j > i))) latest = false;
  }
  f.latest_as_of_reference = latest;
  return f;
}

/// A caseload of a few clients with repeated dates, some records without a client id or a date.
std::vector<record> caseload(unsigned seed) {
  std::mt19937 random(seed);
  std::vector<record> rs;
  for (int n = 0; n < 300; ++n) {
    record r;
    const auto pick = random() % 40;
    r.client_id = pick == 0 ? "" : "K" + std::to_string(100 + pick);
    if (random() % 25 != 0) r.measured_on = date{2023 + static_cast<int>(random() % 3), 1 + static_cast<int>(random() % 12), 1 + static_cast<int>(random() % 3)};
    rs.push_back(std::move(r));
  }
  return rs;
}

void check_against_definition(const std::vector<record>& rs, const date& reference) {
  const auto facts = build_history_facts(rs, reference);
  REQUIRE(facts.size() == rs.size());
  for (std::size_t i = 0; i < rs.size(); ++i) {
    const history_facts want = by_definition(rs, i, reference);
    INFO("record " << i << " client '" << rs[i].client_id << "'");
    CHECK(facts[i].next_later_measurement == want.next_later_measurement);
    CHECK(facts[i].duplicate_of == want.duplicate_of);
    CHECK(facts[i].latest_as_of_reference == want.latest_as_of_reference);
  }
}

}  // namespace

TEST_CASE("history facts: shuffled records, grouped by client id, as SPEC §7 defines them", "[checks][history]") {
  for (unsigned seed : {1u, 2u, 3u}) check_against_definition(caseload(seed), date{2024, 6, 1});
}

TEST_CASE("history facts: records already in client and date order (no sort) as SPEC §7 defines them", "[checks][history]") {
  for (unsigned seed : {4u, 5u}) {
    auto rs = caseload(seed);
    // the order of a CSV export: client ids ascending, each client's dates ascending; a date's
    // records keep their order (so duplicates still point to the first in input order)
    std::stable_sort(rs.begin(), rs.end(), [](const record& a, const record& b) {
      if (a.client_id != b.client_id) return a.client_id < b.client_id;
      return a.measured_on.value_or(date{}) < b.measured_on.value_or(date{});
    });
    check_against_definition(rs, date{2024, 6, 1});
  }
}

TEST_CASE("history facts: one client's records out of date order are put in date order", "[checks][history]") {
  std::vector<record> rs(4);
  for (auto& r : rs) r.client_id = "K1";
  rs[0].measured_on = date{2024, 3, 1};
  rs[1].measured_on = date{2024, 1, 1};
  rs[2].measured_on = date{2024, 3, 1};
  rs[3].measured_on = date{2024, 2, 1};
  const auto facts = build_history_facts(rs, date{2025, 1, 1});
  CHECK(facts[1].next_later_measurement == date{2024, 2, 1});
  CHECK(facts[3].next_later_measurement == date{2024, 3, 1});
  CHECK(facts[2].duplicate_of == 0);
  CHECK(facts[2].latest_as_of_reference);
  CHECK_FALSE(facts[0].latest_as_of_reference);
  check_against_definition(rs, date{2025, 1, 1});
}
