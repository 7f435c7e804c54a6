// SPDX-License-Identifier: Apache-2.0
// Reading the base data set from JSON Lines (SPEC §6): one JSON object per line, keys = §6 keys or
// Dutch aliases, values string / number / true/false / null (null = not filled). Part of
// participatieladder::io — link `participatieladder::io` (protobuf, simdjson). Each line means what
// protobuf's google.protobuf.Struct makes of it; simdjson reads the lines it reads exactly alike
// (docs/input-files.md "JSON Lines"). read_options::threads: one part of the text per thread.
//
// Hard failures (errc::format): empty file, binary content, invalid UTF-8, no line is a JSON
// object. Row level: a line that is not a JSON object, a nested value, a key given twice, or an
// unreadable value is an `input` finding naming the line and key.
#pragma once

#include <participatieladder/error.hpp>
#include <participatieladder/io/read_options.hpp>
#include <participatieladder/io/read_result.hpp>

#include <cstdint>
#include <string_view>

namespace pl {

result<read_result> read_jsonl(std::string_view bytes, std::string_view source_name, std::uint32_t source_index = 0,
                              const read_options& options = {});

}  // namespace pl
