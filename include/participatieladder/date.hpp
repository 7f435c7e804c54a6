// SPDX-License-Identifier: Apache-2.0
// Calendar dates as municipal files write them (SPEC §6): `YYYY-MM-DD` and `DD-MM-YYYY`.
// Validated (31-02-2025 is an error), comparable, with day counts and month arithmetic for the
// intervals of SPEC §7/§8. The reference date is always an input, never the clock.
#pragma once

#include "error.hpp"
#include "error_text.hpp"
#include "text_util.hpp"

#include <compare>
#include <cstdio>
#include <string>
#include <string_view>

namespace pl {

struct date {
  int year = 1970;
  int month = 1;
  int day = 1;

  friend constexpr auto operator<=>(const date&, const date&) = default;

  static constexpr bool is_leap(int y) noexcept { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
  static constexpr int days_in_month(int y, int m) noexcept {
    constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && is_leap(y) ? 29 : days[m - 1];
  }
  static constexpr bool valid(int y, int m, int d) noexcept {
    return y >= 1800 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
  }

  /// Days since 1970-01-01 (proleptic Gregorian; H. Hinnant's days_from_civil).
  constexpr long days() const noexcept {
    const int y = year - (month <= 2);
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned mp = static_cast<unsigned>(month + (month > 2 ? -3 : 9));
    const unsigned doy = (153 * mp + 2) / 5 + static_cast<unsigned>(day) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return static_cast<long>(era) * 146097 + static_cast<long>(doe) - 719468;
  }

  /// The date `n` days after 1970-01-01 (the inverse of days(); H. Hinnant's civil_from_days).
  static constexpr date from_days(long n) noexcept {
    n += 719468;
    const long era = (n >= 0 ? n : n - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(n - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    const long y = static_cast<long>(yoe) + era * 400 + (m <= 2);
    return date{static_cast<int>(y), static_cast<int>(m), static_cast<int>(d)};
  }

  /// The same day `n` months later (n may be negative), clamped to the month's last day
  /// (2025-01-31 + 1 month = 2025-02-28).
  constexpr date add_months(int n) const noexcept {
    const int total = year * 12 + (month - 1) + n;
    date r{total / 12, total % 12 + 1, day};
    if (r.day > days_in_month(r.year, r.month)) r.day = days_in_month(r.year, r.month);
    return r;
  }

  /// ISO 8601: YYYY-MM-DD.
  std::string iso() const {
    if (year >= 0 && year <= 9999 && month >= 0 && month <= 99 && day >= 0 && day <= 99) {  // every valid date: no printf
      const auto digit = [](int v) { return static_cast<char>('0' + v); };
      return std::string{digit(year / 1000), digit(year / 100 % 10), digit(year / 10 % 10), digit(year % 10), '-',
                         digit(month / 10), digit(month % 10), '-', digit(day / 10), digit(day % 10)};
    }
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    return buf;
  }
};

/// Days from `a` to `b` (positive when b is later).
constexpr long days_between(const date& a, const date& b) noexcept { return b.days() - a.days(); }

/// Whole years between `birth` and `on` (age at a date).
constexpr int years_between(const date& birth, const date& on) noexcept {
  int years = on.year - birth.year;
  if (on.month < birth.month || (on.month == birth.month && on.day < birth.day)) --years;
  return years;
}

/// What a text is as a date (date_shape): a date, not a date at all, or in date form but a day that
/// does not exist.
enum class date_reading : unsigned char { date, not_a_date, not_a_calendar_date };

/// The date spellings of SPEC §6 (revised): `YYYY-MM-DD` (also `YYYY/MM/DD`), and the Dutch
/// `DD-MM-YYYY` and Windows short date `D-M-YYYY` that Excel writes (`3-8-2023`), each also with
/// `/` or `.`. Day and month have one or two digits, the year four; the separator is the same twice.
/// The rule once, without building a message: `out` is set when the text is a date (the hot path of
/// reading files, issue 25); parse_date says why it is not.
inline date_reading read_date(std::string_view s, date& out) noexcept {
  const auto t = detail::trim(s);
  std::size_t sep_pos = 0;  // the first of - / . (a loop: find_first_of calls memchr per character)
  while (sep_pos < t.size() && t[sep_pos] != '-' && t[sep_pos] != '/' && t[sep_pos] != '.') ++sep_pos;
  if (sep_pos == t.size()) return date_reading::not_a_date;
  const char sep = t[sep_pos];
  const auto second = t.find(sep, sep_pos + 1);
  if (second == std::string_view::npos || t.find(sep, second + 1) != std::string_view::npos) return date_reading::not_a_date;
  const auto p1 = t.substr(0, sep_pos), p2 = t.substr(sep_pos + 1, second - sep_pos - 1), p3 = t.substr(second + 1);
  int a = 0, b = 0, c = 0;
  if (!detail::parse_uint(p1, a) || !detail::parse_uint(p2, b) || !detail::parse_uint(p3, c)) return date_reading::not_a_date;
  date d;
  const bool short_part = p2.size() >= 1 && p2.size() <= 2;
  if (p1.size() == 4 && sep != '.' && short_part && p3.size() >= 1 && p3.size() <= 2) d = {a, b, c};          // YYYY-M-D
  else if (p3.size() == 4 && short_part && p1.size() >= 1 && p1.size() <= 2) d = {c, b, a};                     // D-M-YYYY
  else return date_reading::not_a_date;
  if (!date::valid(d.year, d.month, d.day)) return date_reading::not_a_calendar_date;
  out = d;
  return date_reading::date;
}

/// A date (read_date); the error names the value and says why (not a date, or a day that does not
/// exist).
inline result<date> parse_date(std::string_view s) {
  date d;
  switch (read_date(s, d)) {
    case date_reading::date: return d;
    case date_reading::not_a_calendar_date: return fail(errc::parse, msg::not_a_calendar_date, {detail::trim(s)});
    case date_reading::not_a_date: break;
  }
  return fail(errc::parse, msg::not_a_date, {detail::trim(s)});
}

}  // namespace pl
