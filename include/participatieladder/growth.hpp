// SPDX-License-Identifier: Apache-2.0
// Growth potential and target step, SPEC §5.
#pragma once

#include "error.hpp"
#include "step.hpp"
#include "text_util.hpp"
#include "yes_no.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace pl {

/// Groeipotentieel (data-set field 14): `+` can rise within a year, `0` cannot. Empty is missing
/// and modelled as an empty optional.
enum class growth : unsigned char { none = 0, potential = 1 };

constexpr std::string_view to_string(growth g) noexcept { return g == growth::potential ? "+" : "0"; }

/// A growth value as read from a file: the base-data-set flag plus the municipal grade
/// (`++` → +2, `--` → -2) kept as a local extension (SPEC §5, last bullet).
struct graded_growth {
  growth flag;
  int grade;  ///< number of pluses (positive) or minuses (negative); 0 for a plain `0`/no
};

/// A growth value: `+`, `0`, graded `++`/`---`, or a yes/no spelling (SPEC §6); nothing when it is
/// none (no message built: the hot path of reading files, issue 25).
inline std::optional<graded_growth> match_growth(std::string_view s) noexcept {
  const auto t = detail::trim(s);
  if (!t.empty() && (t.find_first_not_of('+') == std::string_view::npos))
    return graded_growth{growth::potential, static_cast<int>(t.size())};
  if (!t.empty() && (t.find_first_not_of('-') == std::string_view::npos))
    return graded_growth{growth::none, -static_cast<int>(t.size())};
  const auto yn = match_yes_no(t);
  if (!yn) return std::nullopt;
  return graded_growth{*yn ? growth::potential : growth::none, *yn ? 1 : 0};
}

/// Parse a growth value (match_growth); the error quotes the value.
inline result<graded_growth> parse_growth(std::string_view s) {
  if (const auto g = match_growth(s)) return *g;
  return fail(errc::parse, "'" + std::string(detail::trim(s)) + "' is not a growth potential (expected + or 0)");
}

/// Horizon of a target step (SPEC §5); stored with the value.
enum class horizon : unsigned char { one_year, five_years, ever };

constexpr std::string_view to_string(horizon h) noexcept {
  switch (h) {
    case horizon::one_year: return "1y";
    case horizon::five_years: return "5y";
    case horizon::ever: return "ever";
  }
  return "1y";
}

/// The Dutch words for a horizon, as a caseworker reads them (`1 jaar`, `5 jaar`, `ooit`): written
/// in Dutch-valued CSV (value_style::dutch_words) and read back like the codes.
constexpr std::string_view dutch_word(horizon h) noexcept {
  switch (h) {
    case horizon::one_year: return "1 jaar";
    case horizon::five_years: return "5 jaar";
    case horizon::ever: return "ooit";
  }
  return "1 jaar";
}

/// A horizon, as code or Dutch word (any case); nothing when it is none.
inline std::optional<horizon> match_horizon(std::string_view s) noexcept {
  const auto t = detail::trim(s);
  for (const horizon h : {horizon::one_year, horizon::five_years, horizon::ever})
    if (detail::iequals(t, to_string(h)) || detail::iequals(t, dutch_word(h))) return h;
  return std::nullopt;
}

inline result<horizon> parse_horizon(std::string_view s) {
  if (const auto h = match_horizon(s)) return *h;
  return fail(errc::parse, "'" + std::string(detail::trim(s)) + "' is not a target horizon (expected 1y, 5y or ever)");
}

/// The compact notation of client-tracking systems (SPEC §5): `T2+` / `2+` (step 2, growth yes),
/// `3-` (step 3, none), `6`; also `0` and `9` (no sign). A sign on 6, 0 or 9 is an error.
struct notation {
  step code;
  std::optional<growth> sign;  ///< empty when written without a sign
  friend constexpr bool operator==(const notation&, const notation&) = default;
};

/// What a text is as a step notation (read_notation).
enum class notation_reading : unsigned char { notation, not_a_notation, sign_without_growth };

/// The rule of the notation once, without building a message (the hot path of reading files,
/// issue 25): `out` is set when the text is a notation; parse_notation says why it is not.
inline notation_reading read_notation(std::string_view s, notation& out) noexcept {
  auto t = detail::trim(s);
  if (!t.empty() && (t.front() == 'T' || t.front() == 't')) t.remove_prefix(1);
  std::optional<growth> sign;
  if (!t.empty() && (t.back() == '+' || t.back() == '-')) {
    sign = t.back() == '+' ? growth::potential : growth::none;
    t.remove_suffix(1);
  }
  int v = 0;
  std::optional<step> st;
  if (detail::parse_uint(t, v)) st = step_from_int(v);
  if (!st) return notation_reading::not_a_notation;
  out = notation{*st, sign};
  if (sign && !can_grow(*st)) return notation_reading::sign_without_growth;
  return notation_reading::notation;
}

inline result<notation> parse_notation(std::string_view s) {
  const auto original = detail::trim(s);
  notation n{step::intake, std::nullopt};
  switch (read_notation(s, n)) {
    case notation_reading::notation: return n;
    case notation_reading::sign_without_growth:
      return fail(errc::parse, "'" + std::string(original) + "': step " + to_string(n.code) +
                                   " carries no growth sign (SPEC §5: 6 is the top, 0 and 9 are status codes)");
    case notation_reading::not_a_notation: break;
  }
  return fail(errc::parse, "'" + std::string(original) + "' is not a step notation (expected e.g. 2+, 3-, T2+, 6)");
}

/// Format as `2+`, `3-`, `6` (with_prefix: `T2+`).
inline std::string format_notation(const notation& n, bool with_prefix = false) {
  std::string out = with_prefix ? "T" : "";
  out += to_string(n.code);
  if (n.sign && can_grow(n.code)) out += *n.sign == growth::potential ? '+' : '-';
  return out;
}

/// A target step (potentietrede / doeltrede) with its horizon and the growth expected beyond it.
struct target {
  step code;
  horizon term = horizon::one_year;
  std::optional<growth> beyond;  ///< target_growth: `3+` vs `3-`; empty when unsigned
};

/// SPEC §5 (revised): only a one-year target says anything about growth within a year. An empty
/// horizon is one year; `5y` and `ever` neither derive the flag nor contradict it.
constexpr bool is_one_year(std::optional<horizon> term) noexcept { return !term || *term == horizon::one_year; }

/// SPEC §5 derivation: growth potential is `+` exactly when target > current step and the target's
/// horizon is one year. Nothing for steps that carry no growth (0, 6, 9) or a longer horizon.
constexpr std::optional<growth> derive_growth(step current, step target_step,
                                              std::optional<horizon> term = std::nullopt) noexcept {
  if (!can_grow(current) || !is_one_year(term)) return std::nullopt;
  return to_int(target_step) > to_int(current) ? growth::potential : growth::none;
}

/// The effective flag: the registered one, else the one derived from a one-year target (SPEC §5, §10).
constexpr std::optional<growth> effective_growth(step current, std::optional<growth> flag, std::optional<step> target_step,
                                                 std::optional<horizon> term = std::nullopt) noexcept {
  if (!can_grow(current)) return std::nullopt;
  if (flag) return flag;
  if (target_step) return derive_growth(current, *target_step, term);
  return std::nullopt;
}

/// True when a registered flag contradicts a registered one-year target step (a §8 finding, PL007).
/// A `5y` or `ever` target never contradicts the flag.
constexpr bool contradicts(step current, growth flag, step target_step, std::optional<horizon> term = std::nullopt) noexcept {
  const auto derived = derive_growth(current, target_step, term);
  return derived && *derived != flag;
}

/// Target = current step: keep the level (behoud van participatieniveau).
constexpr bool keeps_level(step current, step target_step) noexcept { return current == target_step; }

/// The key of the §10 target table: `1-` … `5+`, `6`. An unsigned target below 6 counts as `-`.
inline std::string target_key(step target_step, std::optional<growth> beyond) {
  if (target_step == step::paid_work) return "6";
  return to_string(target_step) + (beyond == growth::potential ? "+" : "-");
}

}  // namespace pl
