// SPDX-License-Identifier: Apache-2.0
// Burgerservicenummer (BSN), SPEC §6 key `bsn`: 9 digits that pass the eleven-test (elfproef).
// Used by consistency check PL017 (SPEC §8). A BSN is personal data (SPEC §11): nothing here
// ever puts its value into a message.
#pragma once

#include <array>
#include <string_view>

namespace pl {

/// Weights of the eleven-test: digits 1–8 weigh 9..2, the ninth digit weighs −1.
inline constexpr std::array<int, 9> bsn_weights{9, 8, 7, 6, 5, 4, 3, 2, -1};

/// Why a BSN is not valid (none = valid).
enum class bsn_problem : unsigned char { none, not_nine_digits, all_zero, eleven_test };

/// Check a BSN as written in a file (surrounding blanks are not accepted: the reader trims).
/// Decisions (docs/checks.md): exactly 9 digits — an 8-digit number whose leading zero was
/// dropped by a spreadsheet is *not* silently repaired; `000000000` passes the arithmetic but is
/// a placeholder, not a number, and is rejected.
constexpr bsn_problem check_bsn(std::string_view s) noexcept {
  if (s.size() != bsn_weights.size()) return bsn_problem::not_nine_digits;
  int sum = 0;
  bool any_nonzero = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] < '0' || s[i] > '9') return bsn_problem::not_nine_digits;
    const int d = s[i] - '0';
    any_nonzero = any_nonzero || d != 0;
    sum += d * bsn_weights[i];
  }
  if (!any_nonzero) return bsn_problem::all_zero;
  return sum % 11 == 0 ? bsn_problem::none : bsn_problem::eleven_test;
}

/// True when `s` is a valid BSN: 9 digits, not all zero, sum(digit × 9..2) − last digit ≡ 0 (mod 11).
constexpr bool is_valid_bsn(std::string_view s) noexcept { return check_bsn(s) == bsn_problem::none; }

static_assert(is_valid_bsn("111222333"), "eleven-test: 9+8+7+12+10+8+9+6-3 = 66 = 6×11");
static_assert(!is_valid_bsn("111222334"), "eleven-test: changing the last digit breaks it");

}  // namespace pl
