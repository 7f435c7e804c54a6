// SPDX-License-Identifier: Apache-2.0
// SPEC §11: messages hold no personal data; every message is valid UTF-8.
#include "message_text.hpp"

#include "text_check.hpp"

namespace pl::io_detail {

std::string valid_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  while (!s.empty()) {
    const auto bad = invalid_utf8_offset(s);
    if (bad == std::string_view::npos) {
      out.append(s);
      break;
    }
    out.append(s.substr(0, bad));
    out.append("\xEF\xBF\xBD");  // U+FFFD REPLACEMENT CHARACTER
    // Skip the offending byte and the continuation bytes that belong to it (at most 3).
    std::size_t skip = 1;
    while (skip < 4 && bad + skip < s.size() && (static_cast<unsigned char>(s[bad + skip]) & 0xC0) == 0x80 &&
           (static_cast<unsigned char>(s[bad]) & 0xC0) != 0x80)
      ++skip;
    s.remove_prefix(bad + skip);
  }
  return out;
}

std::string json_error_kind(std::string_view status_message) {
  std::string_view kind = status_message.substr(0, status_message.find('\n'));
  std::string out;
  // ProtoStreamObjectWriter: `(path): invalid value <the value> for type <type>`.
  constexpr std::string_view invalid = "invalid value ", for_type = " for type ";
  if (const auto at = kind.find(invalid); at != std::string_view::npos) {
    const auto type = kind.find(for_type, at + invalid.size());
    out.append(kind.substr(0, at + invalid.size() - 1));
    if (type != std::string_view::npos) out.append(kind.substr(type));
  } else {
    out.append(kind);
  }
  while (!out.empty() && (out.back() == ' ' || out.back() == ':')) out.pop_back();
  return valid_utf8(out);
}

}  // namespace pl::io_detail
