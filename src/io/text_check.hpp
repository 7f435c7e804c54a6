// SPDX-License-Identifier: Apache-2.0
// Is this text? (SPEC §6: UTF-8 with or without BOM.) Empty files, binary content (NUL bytes,
// UTF-16) and invalid UTF-8 are hard failures (errc::format) naming the file, the line and why.
#pragma once

#include <participatieladder/error.hpp>

#include <string_view>

namespace pl::io_detail {

/// The text without its UTF-8 BOM, or the failure.
result<std::string_view> checked_text(std::string_view bytes, std::string_view source_name);

/// Offset of the first byte that is not part of valid UTF-8, or npos.
std::size_t invalid_utf8_offset(std::string_view s) noexcept;

}  // namespace pl::io_detail
