// SPDX-License-Identifier: Apache-2.0
// Step 2 of the pipeline in bounded memory (issue 13, `pladder check --stream`): a CSV file that is
// grouped by client (every client's measurements together, as most exports are) is read a part at
// a time (csv_stream.hpp), each part's complete clients checked with check()'s own rule
// (checked_findings) and dropped. The outcome is check()'s for the same file — the same findings
// in the same order (tests/determinism) — while memory stays about one part, whatever the file's
// size. A file that is not grouped by client is refused, naming the lines, and never half-checked.
#pragma once

#include "pipeline/check.hpp"
#include "pipeline/client_parts.hpp"

#include <participatieladder/io/read_options.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace pl::pipeline {

struct stream_settings {
  // Issue 25: parts of 8,192 records read in blocks of 1 MiB keep `check --stream` of 1M records
  // under 50 MiB (docs/benchmark.md: a part's records and their checks take about 2.5 KB a
  // record); a part's checks still run on two threads (parts of 4,096).
  std::size_t part_records = 8192;     ///< records checked together (and held) at a time
  std::size_t block_bytes = 1u << 20;  ///< bytes of the file read at a time
  unsigned threads = 1;                ///< threads for the checks of a part (0 = one per core)
  std::size_t min_part_records = default_min_part_records / 4;  ///< check_threads::min_part_records for a part's checks
};

/// check() of the CSV file `path` as of `reference_given`, which must be given (the latest
/// measured_on is known only at the end): errc::invalid_argument without it, errc::format for a
/// file not grouped by client, else read_csv's errors.
result<check_outcome> check_stream(const std::string& path, std::string_view reference_given, const check_config& config,
                                   const read_options& options = {}, const stream_settings& settings = {});

}  // namespace pl::pipeline
