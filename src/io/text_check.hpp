// SPDX-License-Identifier: Apache-2.0
// Is this text, and in which encoding? (SPEC §6, revised: UTF-8 with or without BOM, or
// Windows-1252, detected when the bytes are not UTF-8.) Empty files, binary content (NUL bytes,
// UTF-16, an Excel workbook) and bytes that are neither are hard failures (errc::format) naming the
// file, the line and why. Everything after this point is valid UTF-8.
#pragma once

#include <participatieladder/error.hpp>
#include <participatieladder/io/read_options.hpp>

#include <string>

#include <string_view>

namespace pl::io_detail {

/// Text as UTF-8, without BOM, and the encoding it was read in.
struct decoded_text {
  std::string storage;    ///< the converted text when it was not UTF-8 already
  std::string_view text;  ///< the UTF-8 text (into the input bytes, or into `storage`)
  text_encoding encoding = text_encoding::utf8;

  decoded_text() = default;
  decoded_text(const decoded_text&) = delete;
  decoded_text& operator=(const decoded_text&) = delete;
};

/// The facts the encoding rule of checked_text decides on, gathered over a text given in
/// consecutive blocks: checked_text gives the whole text as one block; the streaming reader
/// (csv_stream.hpp) reads a file once through this to decide, then again to read it. The first
/// block holds the first 16 bytes, or is the whole text.
class text_scanner {
 public:
  void feed(std::string_view block);
  /// What `requested` reads the text as (utf8 or windows1252), or checked_text's error naming
  /// `name`, the line and why.
  result<text_encoding> decide(std::string_view name, text_encoding requested) const;
  /// Bytes at the start that are no text: 3 for a UTF-8 byte order mark, else 0.
  std::size_t skip() const noexcept { return bom_ ? 3 : 0; }

  /// A scanner for the text after a line end (LF) of a text another scanner reads up to there: feed
  /// it the rest, then append() it to that one. So a large text is scanned in parts on threads,
  /// the facts (and their line numbers) those of one scanner over the whole.
  static text_scanner after_line_end() noexcept {
    text_scanner s;
    s.started_ = true;
    return s;
  }
  /// The facts of `later` (after_line_end(), fed the text right after this one's, which ends on LF)
  /// after this one's.
  void append(const text_scanner& later);

 private:
  std::string head_;          ///< the first bytes (UTF-16, an Excel workbook, byte order marks)
  bool bom_ = false;
  bool started_ = false;
  std::size_t lines_ = 0;     ///< line ends (LF) in the blocks before this one
  bool non_blank_ = false;    ///< a byte other than space, tab, CR, LF after the BOM
  std::size_t nul_line_ = 0;  ///< line of the first NUL byte (0: none)
  std::size_t bad_utf8_line_ = 0;
  std::size_t bad_cp1252_line_ = 0;  ///< a byte Windows-1252 does not define
  std::string utf8_carry_;    ///< an unfinished UTF-8 sequence at the end of the last block
};

/// Decode `bytes` as `encoding` asks (automatic: UTF-8 when valid, else Windows-1252) into `out`.
/// A large text is scanned on up to `threads` threads (0 = one per core), the same decision.
result<void> checked_text(std::string_view bytes, std::string_view source_name, text_encoding encoding, decoded_text& out,
                          unsigned threads = 1);

/// Windows-1252 bytes as UTF-8; the offset of a byte that Windows-1252 does not define (0x81, 0x8D,
/// 0x8F, 0x90, 0x9D) or of a NUL in `bad`, else npos.
std::string windows1252_to_utf8(std::string_view bytes, std::size_t& bad);

/// Offset of the first byte that is not part of valid UTF-8, or npos.
std::size_t invalid_utf8_offset(std::string_view s) noexcept;

}  // namespace pl::io_detail
