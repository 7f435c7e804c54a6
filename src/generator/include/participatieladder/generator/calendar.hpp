// SPDX-License-Identifier: Apache-2.0
// Day arithmetic the generator needs on top of pl::date (SPEC §6/§7): the inverse of
// date::days() and adding a number of days.
#pragma once

#include <participatieladder/date.hpp>

namespace pl::gen {

/// The date `n` days after 1970-01-01 (H. Hinnant's civil_from_days; n may be negative).
constexpr date from_days(long n) noexcept {
  n += 719468;
  const long era = (n >= 0 ? n : n - 146096) / 146097;
  const long doe = n - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const long d = doy - (153 * mp + 2) / 5 + 1;
  const long m = mp < 10 ? mp + 3 : mp - 9;
  const long y = yoe + era * 400 + (m <= 2);
  return date{static_cast<int>(y), static_cast<int>(m), static_cast<int>(d)};
}

constexpr date add_days(const date& d, long n) noexcept { return from_days(d.days() + n); }

static_assert(from_days(date{2024, 2, 29}.days()) == date{2024, 2, 29});
static_assert(add_days(date{2025, 12, 31}, 1) == date{2026, 1, 1});
static_assert(add_days(date{2024, 3, 1}, -1) == date{2024, 2, 29});

}  // namespace pl::gen
