// SPDX-License-Identifier: Apache-2.0
// SPEC §6: input is UTF-8 with or without BOM.
#include "text_check.hpp"

#include "support/line_cuts.hpp"
#include "support/parallel.hpp"

#include <participatieladder/error_text.hpp>

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

namespace {
bool is_blank_byte(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
bool cp1252_undefined(unsigned char b) { return b == 0 || (b >= 0x80 && b < 0xA0 && cp1252_high[b - 0x80] == 0); }

/// Bytes of the UTF-8 sequence that lead byte `c` (0xC0 or above) begins.
std::size_t sequence_length(unsigned char c) noexcept { return c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2; }

/// Offset in `s` where its last UTF-8 sequence starts when that sequence is unfinished (more
/// bytes would follow in the next block), else s.size().
std::size_t unfinished_tail(std::string_view s) noexcept {
  const std::size_t n = s.size();
  for (std::size_t back = 1; back <= 3 && back <= n; ++back) {
    const auto c = static_cast<unsigned char>(s[n - back]);
    if (c < 0x80) return n;        // ASCII: nothing unfinished
    if (c >= 0xC0) {               // a lead byte: how long should its sequence be?
      return sequence_length(c) > back ? n - back : n;
    }
  }
  return n;
}
}  // namespace

void text_scanner::feed(std::string_view block) {
  std::size_t from = 0;
  if (!started_) {
    started_ = true;
    head_ = std::string(block.substr(0, 16));
    bom_ = block.substr(0, 3) == "\xEF\xBB\xBF";
    from = skip();
  }
  if (!non_blank_)
    for (std::size_t i = from; i < block.size() && !non_blank_; ++i) non_blank_ = !is_blank_byte(block[i]);
  const auto line_at = [&](std::size_t offset) {
    return lines_ + 1 + support::count_line_feeds(block.substr(0, offset));
  };
  if (nul_line_ == 0)
    if (const auto nul = block.find('\0'); nul != std::string_view::npos) nul_line_ = line_at(nul);
  if (bad_utf8_line_ == 0) {
    // an unfinished sequence of the last block, completed by this one's first bytes
    std::size_t done = 0;
    bool carrying = false;
    if (!utf8_carry_.empty()) {
      const std::size_t len = sequence_length(static_cast<unsigned char>(utf8_carry_[0]));
      done = std::min(block.size(), len - utf8_carry_.size());
      const std::string joined = utf8_carry_ + std::string(block.substr(0, done));
      if (joined.size() < len) {  // still unfinished (a block shorter than the sequence): continuation bytes so far?
        carrying = std::all_of(joined.begin() + 1, joined.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; });
        if (carrying) utf8_carry_ = joined;
        else bad_utf8_line_ = lines_ + 1;
      } else {
        if (invalid_utf8_offset(joined) == 0) bad_utf8_line_ = lines_ + 1;  // the carried sequence is invalid (its lead is at 0)
        utf8_carry_.clear();
      }
    }
    if (bad_utf8_line_ == 0 && !carrying) {
      const std::string_view rest = block.substr(done);
      const std::size_t tail = unfinished_tail(rest);
      const auto bad = invalid_utf8_offset(rest.substr(0, tail));
      if (bad != std::string_view::npos) bad_utf8_line_ = line_at(done + bad);
      else utf8_carry_ = std::string(rest.substr(tail));
    }
  }
  if (bad_cp1252_line_ == 0) {  // (a NUL is refused before this matters: nul_line_)
    const auto* p = reinterpret_cast<const unsigned char*>(block.data());
    const std::size_t n = block.size();
    for (std::size_t i = from; i < n; ++i) {
      while (i + 8 <= n) {  // ASCII runs 8 bytes at a time: only bytes 0x80-0x9F can be undefined
        std::uint64_t word;
        std::memcpy(&word, p + i, 8);
        if (word & 0x8080808080808080ULL) break;
        i += 8;
      }
      if (i < n && p[i] >= 0x80 && cp1252_undefined(p[i])) {
        bad_cp1252_line_ = line_at(i);
        break;
      }
    }
  }
  lines_ += support::count_line_feeds(block);
}

void text_scanner::append(const text_scanner& later) {
  const auto first = [&](std::size_t mine, std::size_t theirs) { return mine != 0 ? mine : theirs != 0 ? theirs + lines_ : 0; };
  non_blank_ = non_blank_ || later.non_blank_;
  nul_line_ = first(nul_line_, later.nul_line_);
  bad_utf8_line_ = first(bad_utf8_line_, later.bad_utf8_line_);
  bad_cp1252_line_ = first(bad_cp1252_line_, later.bad_cp1252_line_);
  utf8_carry_ = later.utf8_carry_;  // this one's is empty: it ended on a line end
  lines_ += later.lines_;
}

result<text_encoding> text_scanner::decide(std::string_view source_name, text_encoding encoding) const {
  const std::string name(source_name);
  const std::string_view b = head_;
  if (b.size() >= 2 && ((b[0] == '\xFF' && b[1] == '\xFE') || (b[0] == '\xFE' && b[1] == '\xFF')))
    return fail(errc::format, msg::utf16, {name});
  if (is_workbook(b))
    return fail(errc::format, msg::excel_workbook, {name});
  if (bom_ && b.substr(3, 3) == "\xEF\xBB\xBF")  // a BOM after the BOM: the first header would not match
    return fail(errc::format, msg::two_byte_order_marks, {name});
  if (!non_blank_) return fail(errc::format, msg::file_empty, {name});
  if (nul_line_ != 0)
    return fail(errc::format, msg::binary_content, {name, std::to_string(nul_line_)});
  // an unfinished sequence at the very end is not valid UTF-8 either
  const std::size_t bad_utf8 = bad_utf8_line_ != 0 ? bad_utf8_line_ : !utf8_carry_.empty() ? lines_ + 1 : 0;
  const bool as_utf8 = encoding == text_encoding::utf8 || (encoding == text_encoding::automatic && (bom_ || bad_utf8 == 0));
  if (as_utf8) {
    if (bad_utf8 != 0)
      return fail(errc::format, msg::not_utf8, {name, std::to_string(bad_utf8)});
    return text_encoding::utf8;
  }
  if (bad_cp1252_line_ != 0)
    return fail(errc::format, msg::not_windows1252, {name, std::to_string(bad_cp1252_line_)});
  return text_encoding::windows1252;
}

result<void> checked_text(std::string_view bytes, std::string_view source_name, text_encoding encoding, decoded_text& out,
                          unsigned threads) {
  text_scanner scan;
  // parts of at least 4 MiB, cut after a line end, one per thread
  constexpr std::size_t min_part = 4u << 20;
  const std::size_t n = std::min<std::size_t>(support::thread_count(threads), bytes.size() / min_part);
  const std::vector<std::size_t> cut = support::line_cuts(bytes, 0, bytes.size(), n, 16);  // the first part holds the head
  std::vector<text_scanner> parts(cut.size() - 1, text_scanner::after_line_end());
  parts[0] = text_scanner();
  support::on_threads(parts.size(), [&](std::size_t k) { parts[k].feed(bytes.substr(cut[k], cut[k + 1] - cut[k])); });
  scan = std::move(parts[0]);
  for (std::size_t k = 1; k < parts.size(); ++k) scan.append(parts[k]);
  PL_TRY(decided, scan.decide(source_name, encoding));
  const std::string_view text = bytes.substr(scan.skip());
  out.encoding = decided;
  if (decided == text_encoding::utf8) {
    out.text = text;
    return success();
  }
  std::size_t bad = std::string_view::npos;
  out.storage = windows1252_to_utf8(text, bad);  // every byte defined: decide() said so
  out.text = out.storage;
  return success();
}

}  // namespace pl::io_detail
