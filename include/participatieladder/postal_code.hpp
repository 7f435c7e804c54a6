// SPDX-License-Identifier: Apache-2.0
// Dutch postal code, SPEC §6 key `postal_code`: `NNNN AA`. Used by consistency check PL017
// (SPEC §8). A postal code is personal data (SPEC §11): nothing here puts its value into a message.
#pragma once

#include <string_view>

namespace pl {

/// Decisions (docs/checks.md):
/// - four digits, the first not 0 (Dutch postal codes run 1000–9999), then two letters;
/// - the canonical form has one space (`1234 AB`); `1234AB` without the space is accepted too,
///   because municipal exports write both and it is unambiguous;
/// - letters in either case (`1234 ab`): case carries no information;
/// - anything else (two spaces, a dash, 5 digits, a Belgian `1000`) is not a Dutch postal code.
constexpr bool is_valid_postal_code(std::string_view s) noexcept {
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  auto letter = [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); };
  if (s.size() != 6 && s.size() != 7) return false;
  if (s[0] < '1' || s[0] > '9' || !digit(s[1]) || !digit(s[2]) || !digit(s[3])) return false;
  std::size_t i = 4;
  if (s.size() == 7) {
    if (s[4] != ' ') return false;
    i = 5;
  }
  return letter(s[i]) && letter(s[i + 1]);
}

static_assert(is_valid_postal_code("1234 AB") && is_valid_postal_code("1234AB"));
static_assert(!is_valid_postal_code("0123 AB") && !is_valid_postal_code("1234 A1"));

}  // namespace pl
