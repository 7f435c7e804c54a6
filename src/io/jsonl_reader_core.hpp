// SPDX-License-Identifier: Apache-2.0
// The JSON Lines reader with its parser named (SPEC §6): for tests only. read_jsonl reads every
// line with simdjson first and leaves to protobuf what simdjson cannot read exactly as protobuf
// does (jsonl_line.hpp); `protobuf_only` reads every line with protobuf, as the reader did before
// simdjson — the oracle of the differential test (tests/jsonl_fast_path). Not installed, not a
// choice users have: both give the same read_result.
#pragma once

#include <participatieladder/error.hpp>
#include <participatieladder/io/read_options.hpp>
#include <participatieladder/io/read_result.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace pl::io_detail {

enum class jsonl_parser { simdjson_first, protobuf_only };

/// The lines (not blank) each parser read: shows that the fast path ran, and which lines it left.
struct jsonl_counts {
  std::size_t simdjson = 0, protobuf = 0;
};

result<read_result> read_jsonl(std::string_view bytes, std::string_view source_name, std::uint32_t source_index,
                               const read_options& options, jsonl_parser parser, jsonl_counts* counts = nullptr);

}  // namespace pl::io_detail
