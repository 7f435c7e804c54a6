// SPDX-License-Identifier: Apache-2.0
// Reading a large CSV file of the base data set in bounded memory (SPEC §6; issue 13, `pladder
// check --stream`). The file is read twice, read-only: once in blocks to decide its encoding
// (the rule of read_csv, the same messages), then block by block into records. The records and
// findings are exactly those read_file gives for the file, in the same order — only handed over a
// part at a time, so a caller can check and drop them (pipeline/check_stream.hpp). Part of
// participatieladder::io — link `participatieladder::io`.
#pragma once

#include <participatieladder/error.hpp>
#include <participatieladder/io/read_options.hpp>
#include <participatieladder/io/read_result.hpp>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <utility>
#include <string>

namespace pl {

class caseload_builder;

class csv_stream {
 public:
  /// Open `path` (a regular file; not standard input: it is read twice). errc::io when it cannot
  /// be read, errc::format for what read_csv refuses (not text, not a CSV, a broken header...).
  /// Memory: about `block_bytes` of text plus the records not yet taken.
  static result<std::unique_ptr<csv_stream>> open(const std::string& path, std::uint32_t source_index = 0,
                                                  const read_options& options = {}, std::size_t block_bytes = 4u << 20);
  ~csv_stream();
  csv_stream(const csv_stream&) = delete;
  csv_stream& operator=(const csv_stream&) = delete;

  /// Read on until pending() holds at least `records` more records, or to the end of the file.
  /// Returns false once the file is read to its end (pending() then also holds the last findings).
  result<bool> read(std::size_t records);

  /// What was read and not yet taken: records in file order, and the findings about them and
  /// about the rows between them; a finding's record_index counts within pending().records.
  const read_result& pending() const noexcept;

  /// The bytes of the file read into rows so far (about: a Windows-1252 file's bytes are counted
  /// as UTF-8), and the file's size (as the first pass read it).
  std::pair<std::size_t, std::size_t> bytes() const noexcept;

  /// Take the first `records` records of pending() with the findings before the next record's
  /// line (all findings when no record is left), record_index renumbered in both; the result also
  /// names the encoding, local columns and headers.
  read_result take_front(std::size_t records);

  /// The rest of the file straight into `store` (caseload_store.hpp, issue 25), nothing of a
  /// record kept but its row there: the way to read a file only to make tables. Call it before
  /// read() (the header read by open() only). The result is read_file's for the file except that
  /// records is empty: the same findings in the same order, a finding's record_index naming the
  /// record's row in `store`; `parts` tells the most parts a block was read in. With
  /// read_options::threads > 1 every block is cut after line ends into one part per thread, each
  /// read into a store of its own and appended in order (a cut that is no row start — inside a
  /// quoted value — reads that block on one thread), so the store is the same row for row.
  result<read_result> read_into(caseload_builder& store);

 private:
  struct impl;
  explicit csv_stream(std::unique_ptr<impl> p);
  std::unique_ptr<impl> impl_;
};

}  // namespace pl
