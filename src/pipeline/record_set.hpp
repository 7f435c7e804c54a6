// SPDX-License-Identifier: Apache-2.0
// Step 1 of the pipeline (SPEC §6): file bytes → a record set. The records of one or more files,
// the `input` finding of every value or row that could not be read, and the names of the files.
// Every door reads through here (the CLI from disk, the C ABI from bytes), so a file gives the
// same records and findings whichever door it enters.
#pragma once

#include <participatieladder/error.hpp>
#include <participatieladder/finding.hpp>
#include <participatieladder/io/read_options.hpp>
#include <participatieladder/record.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pl::pipeline {

/// The file formats of SPEC §6.
enum class input_format { csv, jsonl, automatic };

/// csv or jsonl for `automatic`, by the source name: `.jsonl` / `.ndjson` is JSON Lines.
input_format resolve_format(input_format f, std::string_view source_name);

struct record_set {
  std::vector<record> records;         ///< every readable row; record.source indexes `sources`
  std::vector<finding> findings;       ///< `input` findings; record_index indexes `records`
  std::vector<std::string> sources;    ///< file names
  std::vector<std::string> encodings;  ///< per source: the encoding it was read in
  std::vector<std::vector<std::string>> local_columns;  ///< per source: columns kept as local fields
  /// per source: §6 key → the header the file wrote for it, where the two differ
  std::vector<std::vector<std::pair<std::string, std::string>>> headers;
  /// per source: the §6 columns it has (read_result::columns), empty when the format does not say
  std::vector<std::optional<std::uint64_t>> columns;
  std::vector<std::size_t> parts;  ///< per source: the parts it was read in (read_result::parts)
};

/// SPEC §8 (revised): per source, the §6 columns (bit i = field_table[i]) it does not have at all;
/// 0 for a source whose columns are not known.
std::vector<std::uint64_t> absent_columns_by_source(const record_set& set);

/// SPEC §10 (revised): the §6 columns that no source has (0 when any source's columns are unknown).
std::uint64_t absent_columns(const record_set& set);

/// Read the bytes of one file (source `name`). errc::format when it is not such a file at all.
result<record_set> read_bytes(std::string_view bytes, std::string_view name, input_format format, const read_options& options = {});

/// Read a file from disk, read-only (format by extension; "-" is standard input, named
/// "(standard input)"). errc::io when it cannot be read.
result<record_set> read_path(const std::string& path, const read_options& options = {});

/// Append `more` to `into`: sources appended, record.source and finding.record_index renumbered,
/// so every finding keeps its own file, line and record.
void append(record_set& into, record_set&& more);

/// The index into `set.sources` a finding belongs to (through its record, else its file name);
/// set.sources.size() when it belongs to none.
std::size_t source_of(const record_set& set, const finding& f);

}  // namespace pl::pipeline
