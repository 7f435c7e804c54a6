// SPDX-License-Identifier: Apache-2.0
// SPEC §6: input is UTF-8 with or without BOM.
#include "text_check.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>

namespace pl::io_detail {

std::size_t invalid_utf8_offset(std::string_view s) noexcept {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  std::size_t i = 0;
  while (i < n) {
    // ASCII runs (nearly every byte of a base data set) 8 bytes at a time
    while (i + 8 <= n) {
      std::uint64_t word;
      std::memcpy(&word, p + i, 8);
      if (word & 0x8080808080808080ULL) break;
      i += 8;
    }
    if (i >= n) break;
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

namespace {
/// Windows-1252 0x80-0x9F as Unicode code points (0: not defined); 0xA0-0xFF are Latin-1.
constexpr char32_t cp1252_high[32] = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};

void put_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

/// An Excel workbook (.xlsx is a zip: "PK\3\4"; .xls an OLE2 compound file) given as CSV.
bool is_workbook(std::string_view b) {
  return b.substr(0, 4) == std::string_view("PK\x03\x04", 4) || b.substr(0, 8) == std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
}
}  // namespace

std::string windows1252_to_utf8(std::string_view bytes, std::size_t& bad) {
  bad = std::string_view::npos;
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    const auto b = static_cast<unsigned char>(bytes[i]);
    char32_t c = b;
    if (b >= 0x80 && b < 0xA0) c = cp1252_high[b - 0x80];
    if (c == 0 && bad == std::string_view::npos) bad = i;
    put_utf8(out, c);
  }
  return out;
}

result<void> checked_text(std::string_view bytes, std::string_view source_name, text_encoding encoding, decoded_text& out) {
  const std::string name(source_name);
  if (bytes.size() >= 2 && ((bytes[0] == '\xFF' && bytes[1] == '\xFE') || (bytes[0] == '\xFE' && bytes[1] == '\xFF')))
    return fail(errc::format, name + ": the file is UTF-16 text, not UTF-8 (save it as CSV UTF-8)");
  if (is_workbook(bytes))
    return fail(errc::format, name + ": this is an Excel workbook, not a CSV file; in Excel choose Save As > "
                                     "\"CSV UTF-8 (door komma's gescheiden)\" (or \"CSV (gescheiden door lijstscheidingsteken)\") and read that file");
  std::string_view text = bytes;
  const bool bom = text.substr(0, 3) == "\xEF\xBB\xBF";
  if (bom) text.remove_prefix(3);
  if (text.substr(0, 3) == "\xEF\xBB\xBF")  // a BOM after the BOM: the first header would not match
    return fail(errc::format, name + ": line 1: the file starts with two byte order marks (U+FEFF); "
                                     "save it once as UTF-8 (e.g. Excel's \"CSV UTF-8\")");
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
    return fail(errc::format, name + ": the file is empty");
  if (const auto nul = text.find('\0'); nul != std::string_view::npos)
    return fail(errc::format, name + ": line " + std::to_string(line_of(text, nul)) +
                                  ": binary content (a NUL byte), not a text file");
  const auto bad_utf8 = invalid_utf8_offset(text);
  const bool as_utf8 = encoding == text_encoding::utf8 || (encoding == text_encoding::automatic && (bom || bad_utf8 == std::string_view::npos));
  if (as_utf8) {
    if (bad_utf8 != std::string_view::npos)
      return fail(errc::format, name + ": line " + std::to_string(line_of(text, bad_utf8)) +
                                    ": not valid UTF-8 text (save the file as CSV UTF-8, or read it as Windows-1252)");
    out.text = text;
    out.encoding = text_encoding::utf8;
    return success();
  }
  std::size_t bad = std::string_view::npos;
  out.storage = windows1252_to_utf8(text, bad);
  if (bad != std::string_view::npos)
    return fail(errc::format, name + ": line " + std::to_string(line_of(text, bad)) +
                                  ": neither UTF-8 nor Windows-1252 text (a byte Windows-1252 does not define); save the file as CSV UTF-8");
  out.text = out.storage;
  out.encoding = text_encoding::windows1252;
  return success();
}

}  // namespace pl::io_detail
