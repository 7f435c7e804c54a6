// SPDX-License-Identifier: Apache-2.0
// Small text helpers shared by the parsers (trimming, ASCII case folding).
#pragma once

#include <string>
#include <string_view>

namespace pl::detail {

/// Space, or one of \t \n \v \f \r (9-13).
constexpr bool is_space(char c) noexcept { return c == ' ' || (c >= '\t' && c <= '\r'); }

/// Without the blanks around it. Called for every value a file holds, mostly one without blanks:
/// that case is two comparisons, always inlined where the compiler allows it.
#if defined(__GNUC__)
[[gnu::always_inline]]
#endif
constexpr std::string_view trim(std::string_view s) noexcept {
  if (s.empty() || (!is_space(s.front()) && !is_space(s.back()))) return s;
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

constexpr char ascii_lower(char c) noexcept { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

inline std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = ascii_lower(c);
  return out;
}

constexpr bool iequals(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
  return true;
}

/// Parse a non-negative decimal integer; the whole string must be digits.
constexpr bool parse_uint(std::string_view s, int& out) noexcept {
  if (s.empty() || s.size() > 9) return false;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  out = v;
  return true;
}

}  // namespace pl::detail
