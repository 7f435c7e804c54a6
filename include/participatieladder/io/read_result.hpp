// SPDX-License-Identifier: Apache-2.0
// What a reader returns (SPEC §6): the records read, plus `input` findings for values and rows
// that could not be read. Part of participatieladder::io — link `participatieladder::io`.
#pragma once

#include <participatieladder/io/read_options.hpp>

#include <participatieladder/finding.hpp>
#include <participatieladder/record.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace pl {

struct read_result {
  std::vector<record> records;    ///< every readable row, in file order (record.line, record.source set)
  std::vector<finding> findings;  ///< `input` findings (check = "input"), in file order
  text_encoding encoding = text_encoding::utf8;  ///< what the text was read as (SPEC §6)
  std::vector<std::string> local_columns;        ///< columns that are no §6 key: kept as local fields
  /// §6 key → the header the file wrote for it, where the two differ (`step` → `Trede`).
  std::vector<std::pair<std::string, std::string>> headers;
  /// SPEC §8/§10 (revised): bit i set = the file has a column for field_table[i]. Empty when the
  /// format does not say which columns exist (JSON Lines may leave out empty keys).
  std::optional<std::uint64_t> columns;
  /// The parts the body was read in, one thread each (read_options::threads, issue 13): 1 = on
  /// the calling thread only (one thread asked, a small text, or a CSV cut that was no row
  /// start). Says whether the threaded read ran (tests/parallel); never changes what is read.
  std::size_t parts = 1;
};

}  // namespace pl
