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

/// Decode `bytes` as `encoding` asks (automatic: UTF-8 when valid, else Windows-1252) into `out`.
result<void> checked_text(std::string_view bytes, std::string_view source_name, text_encoding encoding, decoded_text& out);

/// Windows-1252 bytes as UTF-8; the offset of a byte that Windows-1252 does not define (0x81, 0x8D,
/// 0x8F, 0x90, 0x9D) or of a NUL in `bad`, else npos.
std::string windows1252_to_utf8(std::string_view bytes, std::size_t& bad);

/// Offset of the first byte that is not part of valid UTF-8, or npos.
std::size_t invalid_utf8_offset(std::string_view s) noexcept;

}  // namespace pl::io_detail
