// SPDX-License-Identifier: Apache-2.0
// The CSV tokenizer (SPEC §6, RFC 4180): our own, over the whole text at once (no LGPL libcsv in
// the library). It gives one row at a time as views into the text: no allocation per field; only a
// quoted value with doubled quotes ("") is unescaped, into a buffer the tokenizer reuses.
//
// The dialect is the one the CSV reader has always read (what libcsv did with CSV_STRICT and
// CSV_STRICT_FINI, which stays the test oracle: tests/csv_oracle):
// - fields end at the delimiter (`;` or `,`), rows at LF, CR or CRLF; a quoted value may hold the
//   delimiter, `""` and line ends;
// - blanks (space, tab) around an unquoted value and around a quoted one are not part of it;
// - lines that are empty or only blanks are no row;
// - a broken quote — a `"` inside an unquoted value, or text after a closing `"` — ends the row
//   there: the tokenizer reports it (row's first line, line where it was seen) and goes on with the
//   line after the row's first line, so a broken row never takes the rest of the file with it;
// - a quote never closed is reported at the end of the text (seen on the last line), and reading
//   goes on the same way.
// Lines are physical lines (LF, CR or CRLF end one), 1-based, as the file wrote them.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace pl::io_detail {

/// `;` when the header line has more unquoted semicolons than commas, else `,`; nothing when it
/// has neither (then it is not a CSV of the data set).
std::optional<char> detect_delimiter(std::string_view text) noexcept;

/// Physical line ends in [from, to) of `text`: every LF, and every CR not followed by LF (a CRLF
/// counts once) — how the tokenizer numbers lines.
std::size_t line_ends(std::string_view text, std::size_t from, std::size_t to) noexcept;

class csv_tokenizer {
 public:
  enum class event {
    row,           ///< fields() holds the row that starts on row_line()
    broken_quote,  ///< the row starting on row_line() has a broken quote seen on detected_line()
    end,           ///< no more rows
  };

  csv_tokenizer(std::string_view text, char delimiter) noexcept;
  /// A tokenizer that starts at `start` (a row start: the sequential tokenizer's position after a
  /// row) on physical line `line`; used to read parts of one text on several threads.
  csv_tokenizer(std::string_view text, char delimiter, std::size_t start, std::size_t line) noexcept;

  /// The next row or broken quote. Views from fields() stay valid until the next call.
  event next();

  std::span<const std::string_view> fields() const noexcept { return fields_; }
  /// The physical line on which the row (or broken row) starts.
  std::size_t row_line() const noexcept { return row_line_; }
  /// broken_quote: the physical line on which it was seen.
  std::size_t detected_line() const noexcept { return detected_line_; }
  /// broken_quote: true when a quote was never closed (seen at the end of the text).
  bool never_closed() const noexcept { return never_closed_; }
  /// Offset in the text where the next row is looked for, and its physical line.
  std::size_t position() const noexcept { return pos_; }
  std::size_t line() const noexcept { return line_; }
  /// Offset of the row (or broken row) last returned.
  std::size_t row_position() const noexcept { return row_pos_; }

 private:
  /// A quoted value with doubled quotes: fields_[field] is unescaped_[offset, offset + size).
  struct unescaped_field {
    std::size_t field, offset, size;
  };

  event broken(bool never_closed);
  bool quoted_field(std::size_t& pos);
  void end_of_line(std::size_t& pos) noexcept;

  std::string_view text_;
  char delimiter_;
  bool special_[256] = {};  ///< bytes that end an unquoted run: delimiter, quote, CR, LF
  std::size_t pos_ = 0;
  std::size_t line_ = 1;
  std::size_t row_pos_ = 0;
  std::size_t row_line_ = 1;
  std::size_t detected_line_ = 0;
  bool never_closed_ = false;
  std::vector<unescaped_field> unescaped_fields_;
  std::vector<std::string_view> fields_;
  std::string unescaped_;
};

}  // namespace pl::io_detail
