// SPDX-License-Identifier: Apache-2.0
// Yes/no values as municipal files write them (SPEC §6): ja/nee, j/n, yes/no, y/n, true/false,
// 1/0, +/0 — any case. Anything else is an error naming the value.
#pragma once

#include "error.hpp"
#include "text_util.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
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

namespace detail {
/// A text of at most 7 bytes as one number (its length and bytes, lowered): how match_yes_no
/// compares a token with every spelling in a few integer comparisons.
constexpr std::uint64_t packed_lower(std::string_view t) noexcept {
  std::uint64_t key = t.size();
  for (std::size_t i = 0; i < t.size(); ++i) key |= std::uint64_t{static_cast<unsigned char>(ascii_lower(t[i]))} << (8 * (i + 1));
  return key;
}
inline constexpr std::size_t longest_yes_no = [] {
  std::size_t n = 0;
  for (const auto& s : yes_no_spellings) n = std::max(n, s.text.size());
  return n;
}();
static_assert(longest_yes_no <= 7, "packed_lower holds at most 7 bytes");
inline constexpr auto packed_yes_no = [] {
  std::array<std::uint64_t, yes_no_spellings.size()> keys{};
  for (std::size_t i = 0; i < keys.size(); ++i) keys[i] = packed_lower(yes_no_spellings[i].text);
  return keys;
}();
}  // namespace detail

/// The value of a yes/no spelling (blanks around it ignored); nothing when it is none. Never
/// allocates (the hot path of reading files, issue 13).
inline std::optional<bool> match_yes_no(std::string_view token) noexcept {
  const auto t = detail::trim(token);
  if (t.size() > detail::longest_yes_no) return std::nullopt;
  const std::uint64_t key = detail::packed_lower(t);
  for (std::size_t i = 0; i < detail::packed_yes_no.size(); ++i)
    if (detail::packed_yes_no[i] == key) return yes_no_spellings[i].value;
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
