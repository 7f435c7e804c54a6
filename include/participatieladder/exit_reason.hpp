// SPDX-License-Identifier: Apache-2.0
// The exit reason (uitstroomreden), SPEC §6 `exit_reason` and §7: with step 9, where the client
// went ("verdwenen, en waarheen?"). Leaving is not by itself a success (§10): only work and
// education count as a good exit.
#pragma once

#include "error.hpp"
#include "lang.hpp"
#include "text_util.hpp"

#include <array>
#include <string>
#include <string_view>

namespace pl {

enum class exit_reason : unsigned char { work, education, moved, other_benefit, deceased, other, unknown };

struct exit_reason_info {
  pl::exit_reason code;
  std::string_view key;    ///< canonical spelling (files, JSON, vectors)
  std::string_view dutch;  ///< Dutch spelling, accepted on input
  text label;              ///< for reports
  bool good_exit;          ///< SPEC §10: counts as "left to work or education"
};

/// SPEC §6 code list, in SPEC order.
inline constexpr std::array<exit_reason_info, 7> exit_reason_table{{
    {exit_reason::work, "work", "werk", {"naar werk", "to work"}, true},
    {exit_reason::education, "education", "opleiding", {"naar opleiding", "to education"}, true},
    {exit_reason::moved, "moved", "verhuisd", {"verhuisd", "moved"}, false},
    {exit_reason::other_benefit, "other_benefit", "andere uitkering", {"andere uitkering", "other benefit"}, false},
    {exit_reason::deceased, "deceased", "overleden", {"overleden", "deceased"}, false},
    {exit_reason::other, "other", "overig", {"overig", "other"}, false},
    {exit_reason::unknown, "unknown", "onbekend", {"onbekend", "unknown"}, false},
}};

constexpr const exit_reason_info& info(pl::exit_reason e) noexcept {
  for (const auto& x : exit_reason_table)
    if (x.code == e) return x;
  return exit_reason_table.back();
}

constexpr std::string_view to_string(pl::exit_reason e) noexcept { return info(e).key; }

/// SPEC §10: a move to 9 is a success only to work or education.
constexpr bool is_good_exit(pl::exit_reason e) noexcept { return info(e).good_exit; }

/// The key or the Dutch spelling, any case (`andere uitkering`, `other_benefit`, `Werk`).
inline result<pl::exit_reason> parse_exit_reason(std::string_view s) {
  const auto t = detail::trim(s);
  for (const auto& x : exit_reason_table)
    if (detail::iequals(t, x.key) || detail::iequals(t, x.dutch)) return x.code;
  return fail(errc::parse, "'" + std::string(t) +
                               "' is not an exit reason (expected work, education, moved, other_benefit, deceased, other or "
                               "unknown; Dutch werk, opleiding, verhuisd, andere uitkering, overleden, overig, onbekend)");
}

}  // namespace pl
