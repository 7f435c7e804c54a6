// SPDX-License-Identifier: Apache-2.0
// The caseload store (include/participatieladder/caseload_store.hpp, issue 25): what it keeps per record,
// that it holds the same histories and as-of view as the records, and that every table over it is
// the table over the records.
#include <catch2/catch.hpp>

#include <participatieladder/caseload_store.hpp>
#include <participatieladder/generator/generator.hpp>
#include <participatieladder/history.hpp>
#include <participatieladder/reports/report.hpp>

#include <iostream>
#include <string>
#include <vector>

using namespace pl;

namespace {
std::vector<record> generated(std::size_t clients, std::uint64_t seed) {
  gen::options o;
  o.clients = clients;
  o.seed = seed;
  o.reference_date = {2026, 1, 1};
  auto c = gen::generate(o);
  REQUIRE(c);
  return std::move(c).value().records;
}
/// The std::optional a compact field stands for (copy-initialised: the conversion, never `bool(has_value)`).
template <class T>
std::optional<T> opt(const compact_optional<T>& c) {
  return c;
}
std::optional<date> opt(const day_date& d) { return d; }
}  // namespace

TEST_CASE("caseload store: at most 64 bytes per record (issue 25)", "[caseload]") {
  const auto records = generated(20000, 7);
  REQUIRE(records.size() > 40000);  // several measurements per client, as in a municipality's file
  const caseload_store cl = caseload_store::of(records);
  const double per_record = static_cast<double>(cl.bytes()) / static_cast<double>(cl.records());
  std::cout << "caseload store: " << cl.records() << " records, " << cl.clients() << " clients, " << cl.bytes() << " bytes, "
            << per_record << " bytes per record (a pl::record alone: " << sizeof(record) << " bytes before its text)\n";
  CHECK(per_record <= 64.0);
  CHECK(cl.records() == records.size());
}

TEST_CASE("caseload store: rows, client ids and histories are those of the records (SPEC §7)", "[caseload]") {
  auto records = generated(300, 11);
  // a record without a client id belongs to no history; one with an exit_date also stands for a step-9 row
  records[5].client_id.clear();
  records[9].exit_date = date{2025, 6, 30};
  records[9].exit_reason = exit_reason::work;
  const caseload_store cl = caseload_store::of(records);
  REQUIRE(cl.records() == records.size());
  REQUIRE(cl.rows().size() == records.size() + 1);  // the leaving row after all records
  const auto& leaving = cl.rows().back();
  CHECK(leaving.step == step::left);
  CHECK(leaving.exit_reason == exit_reason::work);
  CHECK(*leaving.measured_on == date{2025, 6, 30});
  CHECK(cl.client_id_of(leaving) == records[9].client_id);
  CHECK(cl.client_id_of(cl.rows()[5]).empty());

  const auto with_leaving = pl::with_leaving(records);
  const auto histories = build_histories(with_leaving);
  std::size_t c = 0;
  for (const auto& h : histories) {
    if (h.client_id.empty()) continue;  // no history (PL006)
    REQUIRE(c < cl.clients());
    CHECK(cl.client_id(static_cast<std::uint32_t>(c)) == h.client_id);
    const auto rows = cl.history(static_cast<std::uint32_t>(c));
    REQUIRE(rows.size() == h.measurements.size());
    for (std::size_t k = 0; k < rows.size(); ++k) CHECK(rows[k] == h.measurements[k]);
    ++c;
  }
  CHECK(c == cl.clients());
  // every field the tables read, row by row
  for (std::size_t i = 0; i < records.size(); ++i) {
    const auto& r = records[i];
    const auto& m = cl.rows()[i];
    CHECK(opt(m.measured_on) == r.measured_on);
    CHECK(opt(m.step) == r.step);
    CHECK(opt(m.growth_potential) == r.growth_potential);
    CHECK(opt(m.target_step) == r.target_step);
    CHECK(opt(m.target_horizon) == r.target_horizon);
    CHECK(opt(m.income_situation) == r.income_situation);
    CHECK(opt(m.instrument_in_use) == r.instrument_in_use);
    CHECK(opt(m.low_literacy) == r.low_literacy);
    CHECK(m.highest_sub_step() == r.highest_sub_step());
    CHECK(cl.unit_of(m).caseworker == r.caseworker);
    CHECK(cl.unit_of(m).team == r.team);
  }
}

TEST_CASE("caseload store: built in parts, the same store (issue 25)", "[caseload]") {
  const auto records = generated(500, 3);
  const caseload_store whole = caseload_store::of(records);
  caseload_builder first, second, third;
  const std::size_t a = records.size() / 3, b = 2 * records.size() / 3;
  for (std::size_t i = 0; i < records.size(); ++i) (i < a ? first : i < b ? second : third).add(records[i]);
  first.append(std::move(second));
  first.append(std::move(third));
  const caseload_store parts = first.finish();
  CHECK(parts.parts() == 3);
  CHECK(whole.parts() == 1);
  REQUIRE(parts.rows().size() == whole.rows().size());
  REQUIRE(parts.clients() == whole.clients());
  for (std::uint32_t c = 0; c < whole.clients(); ++c) {
    CHECK(parts.client_id(c) == whole.client_id(c));
    const auto x = parts.history(c), y = whole.history(c);
    CHECK(std::vector<std::uint32_t>(x.begin(), x.end()) == std::vector<std::uint32_t>(y.begin(), y.end()));
  }
  for (std::size_t i = 0; i < whole.rows().size(); ++i) CHECK(parts.unit_of(parts.rows()[i]).caseworker == whole.unit_of(whole.rows()[i]).caseworker);
}

TEST_CASE("day_date: the day numbers of dates, both ways", "[caseload]") {
  for (const date d : {date{1800, 1, 1}, date{1969, 12, 31}, date{1970, 1, 1}, date{2000, 2, 29}, date{2024, 12, 31}, date{2200, 12, 31}}) {
    CHECK(date::from_days(d.days()) == d);
    const day_date x = d;
    CHECK(x.has_value());
    CHECK(*x == d);
    CHECK(x->year == d.year);
  }
  CHECK_FALSE(day_date(std::optional<date>()).has_value());
  compact_optional<bool> yes = true, none;
  CHECK(yes == true);
  CHECK_FALSE(none == false);
  CHECK_FALSE(none.has_value());
}
