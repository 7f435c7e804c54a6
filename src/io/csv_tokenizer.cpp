// SPDX-License-Identifier: Apache-2.0
// SPEC §6: the CSV tokenizer (RFC 4180 quoting, `;`/`,`, LF/CR/CRLF). See csv_tokenizer.hpp for
// the dialect. The hot path is an unquoted value: one table lookup per byte until a delimiter,
// quote or line end; quoted values are found with memchr.
#include "csv_tokenizer.hpp"

#include "support/line_cuts.hpp"

#include <algorithm>
#include <cstring>

namespace pl::io_detail {
namespace {

constexpr bool is_blank(char c) noexcept { return c == ' ' || c == '\t'; }
constexpr bool is_line_end(char c) noexcept { return c == '\r' || c == '\n'; }

}  // namespace

std::optional<char> detect_delimiter(std::string_view text) noexcept {
  std::size_t semis = 0, commas = 0;
  bool quoted = false;
  for (const char c : text) {
    if (c == '"') quoted = !quoted;
    else if (!quoted && is_line_end(c)) break;
    else if (!quoted && c == ';') ++semis;
    else if (!quoted && c == ',') ++commas;
  }
  if (semis == 0 && commas == 0) return std::nullopt;
  return semis > commas ? ';' : ',';
}

csv_tokenizer::csv_tokenizer(std::string_view text, char delimiter) noexcept : text_(text), delimiter_(delimiter) {
  special_[static_cast<unsigned char>(delimiter)] = true;
  special_[static_cast<unsigned char>('"')] = true;
  special_[static_cast<unsigned char>('\r')] = true;
  special_[static_cast<unsigned char>('\n')] = true;
}

csv_tokenizer::csv_tokenizer(std::string_view text, char delimiter, std::size_t start, std::size_t line) noexcept
    : csv_tokenizer(text, delimiter) {
  pos_ = row_pos_ = start;
  line_ = row_line_ = line;
}

/// Past the line end (LF, CR or CRLF) at `pos`.
void csv_tokenizer::end_of_line(std::size_t& pos) noexcept {
  if (text_[pos] == '\r' && pos + 1 < text_.size() && text_[pos + 1] == '\n') pos += 2;
  else ++pos;
  ++line_;
}

std::size_t line_ends(std::string_view text, std::size_t from, std::size_t to) noexcept {
  const char* b = text.data() + from;
  const char* e = text.data() + to;
  std::size_t lines = support::count_line_feeds(std::string_view(b, static_cast<std::size_t>(e - b)));
  for (const char* p = b; (p = static_cast<const char*>(std::memchr(p, '\r', static_cast<std::size_t>(e - p)))) != nullptr; ++p)
    if (p + 1 >= text.data() + text.size() || p[1] != '\n') ++lines;
  return lines;
}

/// A quoted value starting at the quote at `pos`; on success `pos` is on the delimiter or line
/// end after it (or the end of the text). False on a broken quote (detected_line_ and never_closed_
/// set, pos_ where it was seen).
bool csv_tokenizer::quoted_field(std::size_t& pos) {
  const char* t = text_.data();
  const std::size_t n = text_.size();
  std::size_t p = pos + 1;
  std::size_t segment = p;  // start of the text not yet copied when unescaping
  bool unescaping = false;
  const std::size_t unescaped_from = unescaped_.size();
  while (true) {
    const void* q = p < n ? std::memchr(t + p, '"', n - p) : nullptr;
    if (!q) {  // never closed: the quoted value runs to the end of the text
      line_ += line_ends(text_, p, n);
      never_closed_ = true;
      detected_line_ = is_line_end(t[n - 1]) ? line_ - 1 : line_;
      return false;
    }
    const auto qp = static_cast<std::size_t>(static_cast<const char*>(q) - t);
    line_ += line_ends(text_, p, qp);
    if (qp + 1 < n && t[qp + 1] == '"') {  // "" inside a quoted value: one quote
      unescaped_.append(t + segment, qp + 1 - segment);
      unescaping = true;
      p = segment = qp + 2;
      continue;
    }
    if (unescaping) {
      unescaped_.append(t + segment, qp - segment);
      unescaped_fields_.push_back({fields_.size(), unescaped_from, unescaped_.size() - unescaped_from});
      fields_.emplace_back();  // its view once the row is read: unescaped_ may still grow
    } else {
      fields_.emplace_back(t + pos + 1, qp - pos - 1);
    }
    p = qp + 1;
    break;
  }
  while (p < n && is_blank(t[p])) ++p;  // blanks after the closing quote are not part of it
  if (p < n && t[p] != delimiter_ && !is_line_end(t[p])) {  // text (or a quote) after the closing quote
    never_closed_ = false;
    detected_line_ = line_;
    return false;
  }
  pos = p;
  return true;
}

/// Report the broken row and go on with the line after the row's first line.
csv_tokenizer::event csv_tokenizer::broken(bool never_closed) {
  if (!never_closed) {
    never_closed_ = false;
    detected_line_ = line_;
  }
  unescaped_fields_.clear();
  fields_.clear();
  const auto nl = text_.find_first_of("\r\n", row_pos_);
  line_ = row_line_;
  if (nl == std::string_view::npos) {
    pos_ = text_.size();
    ++line_;
  } else {
    pos_ = nl;
    end_of_line(pos_);
  }
  return event::broken_quote;
}

csv_tokenizer::event csv_tokenizer::next() {
  unescaped_fields_.clear();
  fields_.clear();
  unescaped_.clear();
  const char* t = text_.data();
  const std::size_t n = text_.size();
  std::size_t pos = pos_;
  while (true) {  // before a row: blanks and empty lines are no row
    if (pos >= n) {
      pos_ = pos;
      return event::end;
    }
    const char c = t[pos];
    if (is_blank(c)) ++pos;
    else if (is_line_end(c)) end_of_line(pos);
    else break;
  }
  row_pos_ = pos;
  row_line_ = line_;
  while (true) {  // one field
    while (pos < n && is_blank(t[pos])) ++pos;
    if (pos < n && t[pos] == '"') {
      if (!quoted_field(pos)) return broken(never_closed_);
    } else {
      const std::size_t start = pos;
      while (pos < n && !special_[static_cast<unsigned char>(t[pos])]) ++pos;
      if (pos < n && t[pos] == '"') return broken(false);  // a quote inside an unquoted value
      std::size_t end = pos;
      while (end > start && is_blank(t[end - 1])) --end;
      fields_.emplace_back(t + start, end - start);
    }
    if (pos >= n) break;
    if (t[pos] == delimiter_) {
      ++pos;
      continue;
    }
    end_of_line(pos);
    break;
  }
  pos_ = pos;
  for (const auto& u : unescaped_fields_) fields_[u.field] = std::string_view(unescaped_).substr(u.offset, u.size);
  return event::row;
}

}  // namespace pl::io_detail
