// SPDX-License-Identifier: Apache-2.0
// Text inside HTML and JSON that the library writes by hand: the one escaping rule of each, for
// the HTML report, the benchmark and conformance pages, the conformance certificate's JSON and
// the WebAssembly binding's JSON. Header-only (the WebAssembly build, tools/build_wasm.sh, links
// nothing else). UTF-8 passes through byte for byte: only ASCII specials are replaced.
#pragma once

#include <string>
#include <string_view>

namespace pl {

/// `text` with & < > " ' escaped, for HTML text and (single- or double-quoted) attribute values.
inline std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

/// `text` as a JSON string (RFC 8259 §7), quotes included: " and \ escaped, \n \r \t by their short
/// escapes, the other control characters below U+0020 as \u00xx (lower-case hex); everything else,
/// '/', DEL and non-ASCII UTF-8 included, as it is.
inline std::string json_quote(std::string_view text) {
  constexpr char hex[] = "0123456789abcdef";
  std::string out;
  out.reserve(text.size() + 2);
  out += '"';
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (u < 0x20) {
          out += "\\u00";
          out += hex[u >> 4];
          out += hex[u & 0xF];
        } else {
          out += c;
        }
    }
  }
  out += '"';
  return out;
}

}  // namespace pl
