// SPDX-License-Identifier: Apache-2.0
// Yes/no values as municipal files write them (SPEC §6): ja/nee, j/n, yes/no, y/n, true/false,
// 1/0, +/0 — any case. Anything else is an error naming the value.
#pragma once

#include "error.hpp"
#include "text_util.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace pl {

struct yes_no_spelling {
  std::string_view text;
  bool value;
};

/// Every accepted spelling (compared case-insensitively). SPEC §6.
inline constexpr std::array<yes_no_spelling, 12> yes_no_spellings{{
    {"ja", true},   {"nee", false}, {"j", true},    {"n", false},  {"yes", true},
    {"no", false},  {"y", true},    {"true", true}, {"false", false}, {"1", true},
    {"0", false},   {"+", true},
}};
static_assert([] {
  for (const auto& s : yes_no_spellings)
    for (const char c : s.text)
      if (detail::ascii_lower(c) != c) return false;
  return true;
}(), "match_yes_no compares with the token lowered: write every spelling in lower case");

/// The value of a yes/no spelling (blanks around it ignored); nothing when it is none. Never
/// allocates (the hot path of reading files, issue 13).
inline std::optional<bool> match_yes_no(std::string_view token) noexcept {
  constexpr std::size_t longest = [] {
    std::size_t n = 0;
    for (const auto& s : yes_no_spellings) n = std::max(n, s.text.size());
    return n;
  }();
  const auto t = detail::trim(token);
  if (t.size() > longest) return std::nullopt;
  char lower[longest];  // the spellings are lower case: compare with the token lowered once
  for (std::size_t i = 0; i < t.size(); ++i) lower[i] = detail::ascii_lower(t[i]);
  const std::string_view l(lower, t.size());
  for (const auto& s : yes_no_spellings)
    if (s.text == l) return s.value;
  return std::nullopt;
}

/// Parse one yes/no token. The error message quotes the token.
inline result<bool> parse_yes_no(std::string_view token) {
  if (const auto v = match_yes_no(token)) return *v;
  const auto t = detail::trim(token);
  // Appended, not `"'" + std::string(t) + ...`: GCC 12 at -O2 reports a false -Wrestrict inside
  // libstdc++ for a string inserted before (GCC bug 105329), in every program that includes this.
  std::string message(1, '\'');
  message.append(t).append("' is not a yes/no value (expected ja/nee, j/n, yes/no, y/n, true/false, 1/0)");
  return fail(errc::parse, std::move(message));
}

}  // namespace pl
