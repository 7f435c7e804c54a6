// SPDX-License-Identifier: Apache-2.0
// Text the library puts into a message (findings, errors, the C ABI's last error) is valid UTF-8 by
// construction and holds no excerpt of the input (SPEC §11: messages never contain personal data).
#pragma once

#include <string>
#include <string_view>

namespace pl::io_detail {

/// `s` with every byte sequence that is not valid UTF-8 replaced by U+FFFD (one per maximal
/// invalid sequence): for every text that is echoed into a message (a file name from a caller, a
/// value, a header, a parser's reason).
std::string valid_utf8(std::string_view s);

/// The kind of a protobuf JSON parse error (e.g. `Expected , or } after key:value pair.`) without
/// what protobuf adds about the input: only the first line of `status_message` (the lines after it
/// are an excerpt of the input around the error and a caret — personal data, cut at a byte
/// position), and no offending value (`invalid value "…" for type …` → `invalid value for type …`).
std::string json_error_kind(std::string_view status_message);

}  // namespace pl::io_detail
