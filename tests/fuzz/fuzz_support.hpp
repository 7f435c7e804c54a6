// SPDX-License-Identifier: Apache-2.0
// The properties every fuzz target checks (issue 14, docs/reliability.md), besides "no crash, no
// sanitizer report":
//
//  1. Every message the library gives back (findings, pl_last_error, every string of a response)
//     is valid UTF-8.
//  2. No message holds a value of a personal field of the input (SPEC §6 fields 1-9 and bsn;
//     SPEC §11). Tested by taint: the personal values of the input are found (exactly, in a request
//     message; by a tolerant scan, in CSV and JSON text), "rotated" (a→b, z→a, 0→1, 9→0: the same
//     length and shape, so the input parses alike), and the call is made again. A value v is echoed
//     when a message of the first run holds v and a message of the second run holds rotated(v) —
//     text that follows the input, not a template that happens to contain v. Values of 4 bytes
//     or more; of longer values every 8-byte window too (an excerpt cut at a byte position).
//
// A failed property prints what and where and calls abort(): libFuzzer reports it as a crash and
// writes the reproducer; the replay driver (replay_main.cpp) fails.
#pragma once

#include "utf8_valid.hpp"

#include "io/columns.hpp"

#include <algorithm>
#include <participatieladder/fields.hpp>
#include <participatieladder/io/read_options.hpp>

#include <google/protobuf/descriptor.h>
#include <google/protobuf/message.h>
#include <google/protobuf/reflection.h>
#include <google/protobuf/util/message_differencer.h>

#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace pl::fuzz {

[[noreturn]] inline void fail(const std::string& what) {
  std::fprintf(stderr, "\n*** fuzz property failed: %s\n", what.c_str());
  std::fflush(stderr);
  std::abort();
}

/// Printable excerpt of `s` for a failure report (bytes as \xHH).
inline std::string shown(std::string_view s, std::size_t max = 300) {
  std::string out;
  for (std::size_t i = 0; i < s.size() && i < max; ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c < 0x7F) {
      out += static_cast<char>(c);
    } else {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02X", c);
      out += buf;
    }
  }
  if (s.size() > max) out += "...";
  return out;
}

inline void require_utf8(std::string_view where, std::string_view text) {
  if (!test::is_valid_utf8(text)) fail(std::string(where) + ": not valid UTF-8: " + shown(text));
}

// ---- personal values ------------------------------------------------------------------------

/// Same length and shape, other letters and digits: a→b … z→a, A→B … Z→A, 0→1 … 9→0. Other bytes
/// (quotes, separators, UTF-8 sequences) stay, so the rotated input parses like the original.
inline std::string rotated(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = c == 'z' ? 'a' : static_cast<char>(c + 1);
    else if (c >= 'A' && c <= 'Z') c = c == 'Z' ? 'A' : static_cast<char>(c + 1);
    else if (c >= '0' && c <= '9') c = c == '9' ? '0' : static_cast<char>(c + 1);
  }
  return out;
}

/// A personal value in input text: [offset, offset + length).
struct span {
  std::size_t offset, length;
};

inline std::string rotate_spans(std::string_view text, const std::vector<span>& spans) {
  std::string out(text);
  for (const auto& s : spans)
    for (std::size_t i = s.offset; i < s.offset + s.length && i < out.size(); ++i) out[i] = rotated(std::string_view(&out[i], 1))[0];
  return out;
}

inline std::vector<std::string> values_of(std::string_view text, const std::vector<span>& spans) {
  std::vector<std::string> out;
  for (const auto& s : spans) out.emplace_back(text.substr(s.offset, s.length));
  return out;
}

/// Is column/key `name` a personal field (SPEC §6 fields 1-9, bsn), through the options' column
/// mapping as the readers resolve it?
inline bool personal_column(std::string_view name, const read_options& options = {}) {
  const auto* f = io_detail::resolve_column(name, options);
  return f && f->personal;
}

/// The personal values of CSV text (UTF-8, BOM removed): the header is the first row, the
/// separator `;` or `,` as the reader detects it; quoted fields as RFC 4180. A row with a broken
/// quote ends at its line (the reader goes on there) and its values still count: a message about
/// such a row must not echo them either.
inline std::vector<span> csv_personal_spans(std::string_view text, const read_options& options = {}) {
  std::vector<span> out;
  // the separator: as the reader (more unquoted ';' than ',' on the first line)
  std::size_t semis = 0, commas = 0;
  {
    bool quoted = false;
    for (const char c : text) {
      if (c == '"') quoted = !quoted;
      else if (!quoted && (c == '\n' || c == '\r')) break;
      else if (!quoted && c == ';') ++semis;
      else if (!quoted && c == ',') ++commas;
    }
  }
  if (semis == 0 && commas == 0) return out;
  const char sep = semis > commas ? ';' : ',';
  std::vector<bool> personal;
  bool header_done = false;
  std::size_t pos = 0;
  while (pos < text.size()) {
    // one row: fields with their spans
    std::vector<span> fields;
    const std::size_t row_start = pos;
    bool broken = false, row_end = false;
    while (!row_end && pos <= text.size()) {
      std::size_t i = pos;
      while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
      span f{i, 0};
      if (i < text.size() && text[i] == '"') {
        std::size_t j = i + 1;
        bool closed = false;
        while (j < text.size()) {
          if (text[j] == '"') {
            if (j + 1 < text.size() && text[j + 1] == '"') { j += 2; continue; }
            closed = true;
            break;
          }
          ++j;
        }
        f = {i + 1, j - (i + 1)};
        if (!closed) {  // never closed: a broken row (its value is cut at the row's first line below)
          broken = true;
          fields.push_back(f);
          break;
        }
        i = j + 1;
        while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
        if (i < text.size() && text[i] != sep && text[i] != '\n' && text[i] != '\r') broken = true;
      } else {
        std::size_t j = i;
        while (j < text.size() && text[j] != sep && text[j] != '\n' && text[j] != '\r') {
          if (text[j] == '"') broken = true;
          ++j;
        }
        f = {i, j - i};
        i = j;
      }
      fields.push_back(f);
      if (broken) break;
      if (i >= text.size()) { pos = text.size() + 1; row_end = true; }
      else if (text[i] == sep) pos = i + 1;
      else {  // end of the row: LF, CRLF or CR
        pos = i + 1;
        if (text[i] == '\r' && pos < text.size() && text[pos] == '\n') ++pos;
        row_end = true;
      }
    }
    if (broken) {
      // the reader goes on at the line after the row's first line: what a value of the broken row
      // held beyond that line (a quoted value over several lines, closed or not) is read as the
      // next rows, so the broken row's values end at its first line
      const auto first_line_end = std::min(text.find_first_of("\r\n", row_start), text.size());
      std::vector<span> cut;
      for (const auto& f : fields)
        if (f.offset < first_line_end) cut.push_back({f.offset, std::min(f.length, first_line_end - f.offset)});
      fields = std::move(cut);
      const auto nl = text.find_first_of("\r\n", row_start);
      pos = nl == std::string_view::npos ? text.size() : nl + 1;
      if (nl != std::string_view::npos && text[nl] == '\r' && pos < text.size() && text[pos] == '\n') ++pos;
    }
    if (!header_done) {
      if (broken) return out;  // the reader refuses a header with a broken quote
      const bool blank = fields.size() == 1 && fields[0].length == 0;
      if (blank) continue;
      header_done = true;
      for (const auto& f : fields) personal.push_back(personal_column(text.substr(f.offset, f.length), options));
      continue;
    }
    for (std::size_t k = 0; k < fields.size() && k < personal.size(); ++k)
      if (personal[k] && fields[k].length > 0) out.push_back(fields[k]);
    if (pos > text.size()) break;
  }
  return out;
}

/// The personal values of JSON text — one document, or JSON Lines: every `"key": value` whose key
/// is a personal field (a §6 key or alias, through the column mapping; also protobuf's lowerCamel
/// names such as `familyName`) and whose value is a string without escapes or a bare number or
/// word. Tolerant: it scans tokens, it does not need valid JSON.
inline std::vector<span> json_personal_spans(std::string_view text, const read_options& options = {}) {
  static const std::set<std::string, std::less<>> camel = {"familyName", "givenName", "namePrefix", "birthDate", "postalCode"};
  std::vector<span> out;
  std::size_t i = 0;
  auto skip_ws = [&](std::size_t k) {
    while (k < text.size() && (text[k] == ' ' || text[k] == '\t' || text[k] == '\r' || text[k] == '\n')) ++k;
    return k;
  };
  // a string token at k (quote q): its content span, whether it has escapes, and where it ends
  auto string_at = [&](std::size_t k, bool& escapes, std::size_t& end) {
    const char q = text[k];
    std::size_t j = k + 1;
    escapes = false;
    while (j < text.size() && text[j] != q && text[j] != '\n') {
      if (text[j] == '\\') { escapes = true; ++j; }
      ++j;
    }
    end = j < text.size() ? j + 1 : j;
    return span{k + 1, std::min(j, text.size()) - (k + 1)};
  };
  auto word_at = [&](std::size_t k) {
    std::size_t j = k;
    while (j < text.size() && (std::isalnum(static_cast<unsigned char>(text[j])) || text[j] == '_' || text[j] == '-' ||
                               text[j] == '+' || text[j] == '.'))
      ++j;
    return span{k, j - k};
  };
  while (i < text.size()) {
    const char c = text[i];
    span key{0, 0};
    std::size_t after = i + 1;
    bool escapes = false;
    if (c == '"' || c == '\'') {
      key = string_at(i, escapes, after);
    } else if (std::isalpha(static_cast<unsigned char>(c)) || c == '_') {
      key = word_at(i);
      after = key.offset + key.length;
    } else {
      ++i;
      continue;
    }
    std::size_t k = skip_ws(after);
    if (k >= text.size() || text[k] != ':' || escapes) {
      i = after > i ? after : i + 1;
      continue;
    }
    const auto name = text.substr(key.offset, key.length);
    const bool is_personal = personal_column(name, options) || camel.count(name) > 0;
    k = skip_ws(k + 1);
    if (k >= text.size()) break;
    span value{0, 0};
    std::size_t end = k;
    bool value_escapes = false;
    if (text[k] == '"' || text[k] == '\'') {
      value = string_at(k, value_escapes, end);
    } else {
      value = word_at(k);
      end = value.offset + value.length;
    }
    if (is_personal && !value_escapes && value.length > 0) out.push_back(value);
    i = end > k ? end : k + 1;
  }
  return out;
}

// ---- messages --------------------------------------------------------------------------------

/// Every string field of `m` and its sub-messages (repeated, maps), with its path.
inline void collect_strings(const google::protobuf::Message& m, const std::string& path, std::vector<std::pair<std::string, std::string>>& out) {
  const auto* d = m.GetDescriptor();
  const auto* r = m.GetReflection();
  for (int i = 0; i < d->field_count(); ++i) {
    const auto* f = d->field(i);
    const std::string p = path + "." + f->name();
    if (f->is_repeated()) {
      const int n = r->FieldSize(m, f);
      for (int k = 0; k < n; ++k) {
        if (f->cpp_type() == google::protobuf::FieldDescriptor::CPPTYPE_STRING) out.emplace_back(p, r->GetRepeatedString(m, f, k));
        else if (f->cpp_type() == google::protobuf::FieldDescriptor::CPPTYPE_MESSAGE) collect_strings(r->GetRepeatedMessage(m, f, k), p, out);
      }
    } else if (f->cpp_type() == google::protobuf::FieldDescriptor::CPPTYPE_STRING) {
      out.emplace_back(p, r->GetString(m, f));
    } else if (f->cpp_type() == google::protobuf::FieldDescriptor::CPPTYPE_MESSAGE && r->HasField(m, f)) {
      collect_strings(r->GetMessage(m, f), p, out);
    }
  }
}

/// Equal messages (maps compared as maps, whatever their order on the wire).
inline bool same(const google::protobuf::Message& a, const google::protobuf::Message& b) {
  return google::protobuf::util::MessageDifferencer::Equals(a, b);
}

/// The texts a call gave back: (where, text).
using messages = std::vector<std::pair<std::string, std::string>>;

inline void require_utf8(const messages& ms) {
  for (const auto& [where, text] : ms) require_utf8(where, text);
}

inline bool any_contains(const messages& ms, std::string_view v) {
  for (const auto& m : ms)
    if (m.second.find(v) != std::string::npos) return true;
  return false;
}

/// The taint check (property 2): `before` are the messages of the input, `after` those of the
/// input with every value of `personal` rotated.
inline void require_no_echo(const std::vector<std::string>& personal, const messages& before, const messages& after) {
  auto check = [&](std::string_view v) {
    std::size_t alnum = 0;
    for (const char c : v) alnum += std::isalnum(static_cast<unsigned char>(c)) ? 1 : 0;
    if (v.size() < 4 || alnum == 0) return;
    const auto r = rotated(v);
    if (!any_contains(before, v) || any_contains(before, r) || !any_contains(after, r)) return;
    for (const auto& [where, text] : before)
      if (text.find(v) != std::string::npos)
        fail("personal value '" + shown(v) + "' echoed in " + where + ": " + shown(text));
  };
  for (const auto& v : personal) {
    check(v);
    if (v.size() > 8)
      for (std::size_t k = 0; k + 8 <= v.size(); ++k) check(std::string_view(v).substr(k, 8));
  }
}

/// Whether rotating is worth a second run: some message holds some personal value at all.
inline bool may_echo(const std::vector<std::string>& personal, const messages& before) {
  for (const auto& v : personal) {
    if (v.size() < 4) continue;
    if (any_contains(before, v)) return true;
    for (std::size_t k = 0; v.size() > 8 && k + 8 <= v.size(); ++k)
      if (any_contains(before, std::string_view(v).substr(k, 8))) return true;
  }
  return false;
}

}  // namespace pl::fuzz
