// SPDX-License-Identifier: Apache-2.0
// SPEC §6: an unreadable value is reported once — by the reader's `input` finding — and not again
// by a check (SPEC §8) that names the same key on the same record; other checks still run.
#include <catch2/catch.hpp>

#include <participatieladder/checks.hpp>
#include <participatieladder/io/csv_reader.hpp>
#include <participatieladder/io/input_consequences.hpp>

#include <algorithm>

using namespace pl;

namespace {
bool has(const std::vector<finding>& fs, std::string_view check, std::size_t line) {
  return std::any_of(fs.begin(), fs.end(), [&](const finding& f) { return f.check == check && f.line == line; });
}
}  // namespace

TEST_CASE("input consequences: a check naming an unreadable key on the same record is dropped", "[io][checks]") {
  const auto read = read_csv("client_id,measured_on,next_measurement_due,caseworker,step,income_situation\n"
                             "K1,2025-03-01,2026-01-01,KM1,7,a\n"       // 2: step unreadable
                             "K2,2025-03-01,2026-01-01,KM1,6,a\n"       // 3: PL003 stays
                             "K3,2025-03-01,2025-01-01,KM1,6,d\n"       // 4: PL010 stays
                             "K4,2025-03-01,2026-01-01,KM1,,d\n",       // 5: step empty: PL006 stays
                             "t.csv");
  REQUIRE(read);
  const auto& input = read.value().findings;
  REQUIRE(input.size() == 1);
  CHECK(input[0].key == "step");
  auto checks = run_checks(read.value().records, date{2025, 3, 1});
  REQUIRE(has(checks, "PL006", 2));  // without the filter the empty step is reported again
  const auto before = checks.size();
  drop_input_consequences(checks, input);
  CHECK_FALSE(has(checks, "PL006", 2));
  CHECK(checks.size() < before);
  CHECK(has(checks, "PL003", 3));
  CHECK(has(checks, "PL010", 4));
  CHECK(has(checks, "PL006", 5));
  for (const auto& f : checks) CHECK(f.record_index != 0);  // every check on line 2 named `step`
}
