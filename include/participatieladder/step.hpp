// SPDX-License-Identifier: Apache-2.0
// Steps of the ladder and the two status codes (SPEC §2).
#pragma once

#include "error.hpp"
#include "lang.hpp"
#include "text_util.hpp"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace pl {

/// A step (trede) 1–6, or a status code: 0 not yet placed (intake), 9 out of view / left.
/// The numeric value is the code of SPEC §2. An empty step ("niet gevuld") is a missing value,
/// modelled as an empty std::optional<step>, never as 0.
enum class step : std::uint8_t {
  intake = 0,
  isolated = 1,
  social_contacts = 2,
  organised_activities = 3,
  unpaid_work = 4,
  paid_work_with_support = 5,
  paid_work = 6,
  left = 9,
};

struct step_info {
  step code;
  text label;
  bool on_ladder;  ///< a real step 1–6 (false for the status codes 0 and 9)
};

/// SPEC §2, in the order of the SPEC table.
inline constexpr std::array<step_info, 8> step_table{{
    {step::isolated, {"Geïsoleerd", "Isolated"}, true},
    {step::social_contacts, {"Sociale contacten buitenshuis", "Social contacts outside the home"}, true},
    {step::organised_activities, {"Deelname aan georganiseerde activiteiten", "Taking part in organised activities"}, true},
    {step::unpaid_work, {"Onbetaald werk", "Unpaid work"}, true},
    {step::paid_work_with_support, {"Betaald werk met ondersteuning", "Paid work with support"}, true},
    {step::paid_work, {"Betaald werk", "Paid work"}, true},
    {step::intake, {"Nog niet ingedeeld (intake)", "Not yet placed (intake)"}, false},
    {step::left, {"Niet meer in beeld / uit de ladder", "Out of view / left the ladder"}, false},
}};

constexpr int to_int(step s) noexcept { return static_cast<int>(s); }

constexpr const step_info& info(step s) noexcept {
  for (const auto& i : step_table)
    if (i.code == s) return i;
  return step_table[6];  // unreachable for valid enum values
}

constexpr std::string_view label(step s, lang l) noexcept { return info(s).label(l); }

/// True for the ladder steps 1–6, false for the status codes 0 and 9.
constexpr bool is_ladder_step(step s) noexcept { return info(s).on_ladder; }

/// Steps 1–5 can carry growth potential and a target step; 6 is the top, 0 and 9 are status
/// codes (SPEC §2, §5).
constexpr bool can_grow(step s) noexcept { return is_ladder_step(s) && s != step::paid_work; }

/// The step for a numeric code, or nothing when the code is not in SPEC §2.
constexpr std::optional<step> step_from_int(int code) noexcept {
  for (const auto& i : step_table)
    if (to_int(i.code) == code) return i.code;
  return std::nullopt;
}

/// Parse a step code: "0".."6" or "9", surrounding blanks allowed.
inline result<step> parse_step(std::string_view s) {
  const auto t = detail::trim(s);
  int v = 0;
  if (detail::parse_uint(t, v))
    if (auto st = step_from_int(v)) return *st;
  return fail(errc::parse, "'" + std::string(t) + "' is not a step (expected 1-6, or 0 intake, 9 left)");
}

inline std::string to_string(step s) { return std::to_string(to_int(s)); }

}  // namespace pl
