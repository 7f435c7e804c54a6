// SPDX-License-Identifier: Apache-2.0
// One CSV field, RFC 4180 (SPEC §6 files; CSV output of checks and reports): quoted when it holds
// the separator, a quote, a line break or leading/trailing spaces (which a reader would trim);
// quotes inside doubled. The one quoting rule of every CSV the library writes.
#pragma once

#include <string>
#include <string_view>

namespace pl {

/// `v` as one CSV field, appended to `out` (a row is written into one buffer, no string per field).
inline void append_csv_field(std::string& out, std::string_view v, char separator) {
  bool quote = !v.empty() && (v.front() == ' ' || v.back() == ' ');
  for (const char c : v) quote = quote || c == '"' || c == '\r' || c == '\n' || c == separator;
  if (!quote) {
    out += v;
    return;
  }
  out += '"';
  for (const char c : v) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

inline std::string csv_field(std::string_view v, char separator) {
  std::string out;
  append_csv_field(out, v, separator);
  return out;
}

}  // namespace pl
