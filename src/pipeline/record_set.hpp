// SPDX-License-Identifier: Apache-2.0
// Step 1 of the pipeline (SPEC §6): file bytes → a record set. The records of one or more files,
// the `input` finding of every value or row that could not be read, and the names of the files.
// Every door reads through here (the CLI from disk, the C ABI from bytes), so a file gives the
// same records and findings whichever door it enters.
#pragma once

#include <participatieladder/caseload_store.hpp>
#include <participatieladder/error.hpp>
#include <participatieladder/finding.hpp>
#include <participatieladder/io/read_options.hpp>
#include <participatieladder/record.hpp>

#include <cstddef>
#include <cstdint>
#include <memory>
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
  std::vector<record> records;         ///< every readable row; record.source indexes `sources` (empty when read for tables only)
  /// Read for tables only (read_path_into, issue 25): the caseload store the records went
  /// into, row i = record i; `records` is then empty. Otherwise null (caseload_of builds one).
  std::shared_ptr<const caseload_store> store;
  std::vector<finding> findings;       ///< `input` findings; record_index indexes `records` (or the store's rows)
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

/// Read a file for the tables only (SPEC §10; issue 25): every record goes straight into `store`
/// (as source `source`) and is dropped. A CSV file on disk is read block by block
/// (io/csv_stream.hpp: the very records and findings read_path gives), so memory is the store plus
/// a block whatever the file's size. The set returned has no records: its findings name the rows
/// of the store (record_index), and sources, encodings and columns are read_path's. Read every file
/// so, append the sets, then set `store` from the builder.
result<record_set> read_path_into(const std::string& path, std::uint32_t source, caseload_builder& store, const read_options& options = {});

/// The caseload store of `set`: its own (read for tables) or one built from its records.
std::shared_ptr<const caseload_store> caseload_of(const record_set& set);

/// The number of records of `set` (its records, or its store's).
std::size_t record_count(const record_set& set) noexcept;

/// Append `more` to `into`: sources appended, record.source and finding.record_index renumbered,
/// so every finding keeps its own file, line and record.
void append(record_set& into, record_set&& more);

/// The index into `set.sources` a finding belongs to (through its record, else its file name);
/// set.sources.size() when it belongs to none.
std::size_t source_of(const record_set& set, const finding& f);

}  // namespace pl::pipeline
