// SPDX-License-Identifier: Apache-2.0
// One CSV field, RFC 4180 (SPEC §6 files; CSV output of checks and reports): quoted when it holds
// the separator, a quote, a line break or leading/trailing spaces (which a reader would trim);
// quotes inside doubled. The one quoting rule of every CSV the library writes.
#pragma once

#include <string>
#include <string_view>

namespace pl {

inline std::string csv_field(std::string_view v, char separator) {
  const bool quote = v.find_first_of(std::string{'"', '\r', '\n', separator}) != std::string_view::npos ||
                     (!v.empty() && (v.front() == ' ' || v.back() == ' '));
  if (!quote) return std::string(v);
  std::string out = "\"";
  for (const char c : v) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + '"';
}

}  // namespace pl
