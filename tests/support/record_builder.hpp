// SPDX-License-Identifier: Apache-2.0
// Building SPEC §6 records in C++ tests without a reader: rec("c1", "2025-01-10", 2).gp('+')…
#pragma once

#include <participatieladder/date.hpp>
#include <participatieladder/record.hpp>

#include <optional>
#include <string>

namespace pl::test {

struct rec {
  record r;
  rec(std::string client, std::string_view measured, std::optional<int> st) {
    r.client_id = std::move(client);
    r.measured_on = parse_date(measured).value();
    if (st) r.step = *step_from_int(*st);
  }
  rec& gp(char c) { r.growth_potential = c == '+' ? growth::potential : growth::none; return *this; }
  rec& target(int s, std::optional<char> sign = std::nullopt) {
    r.target_step = *step_from_int(s);
    if (sign) r.target_growth = *sign == '+' ? growth::potential : growth::none;
    return *this;
  }
  rec& worker(std::string cw, std::string team = "") { r.caseworker = std::move(cw); r.team = std::move(team); return *this; }
  rec& instrument(bool deployed, bool in_use = false) { r.instrument_deployed = deployed; r.instrument_in_use = in_use; return *this; }
  rec& sub(int base, int number) { r.sub_steps.push_back({*step_from_int(base), number}); return *this; }
  operator record() const { return r; }  // NOLINT: builder converts implicitly
};

}  // namespace pl::test
