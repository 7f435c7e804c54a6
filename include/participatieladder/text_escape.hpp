// SPDX-License-Identifier: Apache-2.0
// Text inside HTML and JSON that the library writes by hand: the one escaping rule of each, for
// the HTML report, the benchmark and conformance pages, the conformance certificate's JSON and
// the WebAssembly binding's JSON. Header-only (the WebAssembly build, tools/build_wasm.sh, links
// nothing else). UTF-8 passes through byte for byte: only ASCII characters are replaced.
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace pl {

/// One character and what stands in its place.
struct text_replacement {
  char c;
  std::string_view as;
};

/// HTML text and (single- or double-quoted) attribute values: the five characters of markup.
inline constexpr text_replacement html_specials[] = {{'&', "&amp;"}, {'<', "&lt;"}, {'>', "&gt;"}, {'"', "&quot;"}, {'\'', "&#39;"}};

/// JSON strings (RFC 8259 §7): the quote, the backslash and the short escapes of three control
/// characters; the other control characters below U+0020 are written \u00xx (json_quote).
inline constexpr text_replacement json_specials[] = {{'"', "\\\""}, {'\\', "\\\\"}, {'\n', "\\n"}, {'\r', "\\r"}, {'\t', "\\t"}};

/// What stands for `c` in `table`, or an empty view when `c` stays as it is.
constexpr std::string_view replacement_of(char c, std::span<const text_replacement> table) noexcept {
  for (const auto& r : table)
    if (r.c == c) return r.as;
  return {};
}

/// `text` with the html_specials escaped, for HTML text and attribute values.
inline std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    const std::string_view r = replacement_of(c, html_specials);
    if (r.empty()) out += c;
    else out += r;
  }
  return out;
}

/// `text` as a JSON string, quotes included: the json_specials escaped, the other control
/// characters below U+0020 as \u00xx (lower-case hex); everything else ('/', DEL and non-ASCII
/// UTF-8 included) as it is.
inline std::string json_quote(std::string_view text) {
  constexpr char hex[] = "0123456789abcdef";
  std::string out;
  out.reserve(text.size() + 2);
  out += '"';
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (const std::string_view r = replacement_of(c, json_specials); !r.empty()) {
      out += r;
    } else if (u < 0x20) {
      out += "\\u00";
      out += hex[u >> 4];
      out += hex[u & 0xF];
    } else {
      out += c;
    }
  }
  out += '"';
  return out;
}

}  // namespace pl
