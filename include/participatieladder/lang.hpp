// SPDX-License-Identifier: Apache-2.0
// Languages of labels and messages. Dutch is canonical (SPEC, preamble); English is the
// translation used by the code.
#pragma once

#include "error.hpp"

#include <string_view>

namespace pl {

enum class lang { nl, en };

/// Text in both languages; `pick` chooses one.
struct text {
  std::string_view nl;
  std::string_view en;
  constexpr std::string_view operator()(lang l) const noexcept { return l == lang::nl ? nl : en; }
};

inline result<lang> parse_lang(std::string_view s) {
  if (s == "nl") return lang::nl;
  if (s == "en") return lang::en;
  error e = fail(errc::invalid_argument, "unknown language '" + std::string(s) + "' (expected nl or en)");
  e.message_nl = "onbekende taal '" + std::string(s) + "' (verwacht nl of en)";
  return e;
}

constexpr std::string_view to_string(lang l) noexcept { return l == lang::nl ? "nl" : "en"; }

}  // namespace pl
