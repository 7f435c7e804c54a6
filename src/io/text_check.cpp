// SPDX-License-Identifier: Apache-2.0
// SPEC §6: input is UTF-8 with or without BOM.
#include "text_check.hpp"

#include <algorithm>
#include <string>

namespace pl::io_detail {

std::size_t invalid_utf8_offset(std::string_view s) noexcept {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  std::size_t i = 0;
  while (i < n) {
    const unsigned char c = p[i];
    if (c < 0x80) { ++i; continue; }
    std::size_t len = 0;
    unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF) len = 2;
    else if (c == 0xE0) { len = 3; lo = 0xA0; }
    else if (c >= 0xE1 && c <= 0xEC) len = 3;
    else if (c == 0xED) { len = 3; hi = 0x9F; }  // no surrogates
    else if (c >= 0xEE && c <= 0xEF) len = 3;
    else if (c == 0xF0) { len = 4; lo = 0x90; }
    else if (c >= 0xF1 && c <= 0xF3) len = 4;
    else if (c == 0xF4) { len = 4; hi = 0x8F; }
    else return i;
    if (i + len > n) return i;
    if (p[i + 1] < lo || p[i + 1] > hi) return i;
    for (std::size_t k = 2; k < len; ++k)
      if (p[i + k] < 0x80 || p[i + k] > 0xBF) return i;
    i += len;
  }
  return std::string_view::npos;
}

namespace {
std::size_t line_of(std::string_view s, std::size_t offset) {
  return 1 + static_cast<std::size_t>(std::count(s.begin(), s.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}
}  // namespace

result<std::string_view> checked_text(std::string_view bytes, std::string_view source_name) {
  const std::string name(source_name);
  if (bytes.size() >= 2 && ((bytes[0] == '\xFF' && bytes[1] == '\xFE') || (bytes[0] == '\xFE' && bytes[1] == '\xFF')))
    return fail(errc::format, name + ": the file is UTF-16 text, not UTF-8 (save it as CSV UTF-8)");
  std::string_view text = bytes;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  if (text.substr(0, 3) == "\xEF\xBB\xBF")  // a BOM after the BOM: the first header would not match
    return fail(errc::format, name + ": line 1: the file starts with two byte order marks (U+FEFF); "
                                     "save it once as UTF-8 (e.g. Excel's \"CSV UTF-8\")");
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
    return fail(errc::format, name + ": the file is empty");
  if (const auto nul = text.find('\0'); nul != std::string_view::npos)
    return fail(errc::format, name + ": line " + std::to_string(line_of(text, nul)) +
                                  ": binary content (a NUL byte), not a text file");
  if (const auto bad = invalid_utf8_offset(text); bad != std::string_view::npos)
    return fail(errc::format, name + ": line " + std::to_string(line_of(text, bad)) +
                                  ": not valid UTF-8 text (save the file as UTF-8, e.g. Excel's \"CSV UTF-8\")");
  return text;
}

}  // namespace pl::io_detail
