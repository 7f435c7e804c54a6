// SPDX-License-Identifier: Apache-2.0
// Percentages of the management tables, SPEC §10: "rounded to the nearest whole number".
//
// Decision: round half up (12.5 % → 13 %, 0.5 % → 1 %), which is what the municipalities'
// spreadsheets (Excel ROUND) do; banker's rounding (half to even) would print 12 % for 1 of 8
// and make our tables differ from the ones councils already know. Computed in integers, so no
// floating-point error can move a value across the half. A percentage of nothing (denominator 0)
// is empty, never 0.
#pragma once

#include <cstddef>
#include <optional>

namespace pl::reports {

/// `part` as a whole percentage of `whole`, rounded half up; empty when `whole` is 0.
constexpr std::optional<int> percent(std::size_t part, std::size_t whole) noexcept {
  if (whole == 0) return std::nullopt;
  // round(100 * part / whole) half up == floor((200 * part + whole) / (2 * whole))
  return static_cast<int>((200 * part + whole) / (2 * whole));
}

}  // namespace pl::reports
