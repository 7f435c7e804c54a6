// SPDX-License-Identifier: Apache-2.0
// A CSV file grouped by client, a part of complete clients at a time (issues 13 and 25): the one
// loop behind `pladder check --stream` (check_stream.hpp) and `pladder report --stream`
// (report_stream.hpp). The file is read block by block (io/csv_stream.hpp); each part holds about
// `part_records` records, cut where one client's measurements end (SPEC §7: a history is one
// client's), so whoever takes a part sees every client whole and can drop it afterwards. A client
// whose measurements come back after other clients' refuses the file, naming both lines — before
// that part is handed over, so nothing is computed over half a history.
//
// Memory: the records of a part and a block of text, plus 16 bytes per client for the clients
// done (a set of 64-bit hashes of their ids; a hash seen again is confirmed by reading the file
// up to that line once more, so a collision never refuses a grouped file).
#pragma once

#include <participatieladder/error.hpp>
#include <participatieladder/error_text.hpp>
#include <participatieladder/io/read_options.hpp>
#include <participatieladder/io/read_result.hpp>

#include <cstddef>
#include <functional>
#include <string>

namespace pl::pipeline {

struct client_part_settings {
  std::size_t part_records = 8192;     ///< records handed over (and held) at a time, about
  std::size_t block_bytes = 1u << 20;  ///< bytes of the file read at a time
};

/// Read the CSV file `path` and call `each` with every part of complete clients, in file order:
/// its records, and the findings about them and the rows before the next part (record_index
/// within the part), its encoding, local columns, headers and columns. The last part may hold no
/// records (findings only). `not_grouped` is the message of the refusal (errc::format): the file,
/// the line of the client's return and the last line of its earlier measurements. Else csv_stream's
/// errors, or the first error `each` returns.
result<void> for_each_client_part(const std::string& path, const read_options& options, const client_part_settings& settings,
                                  msg not_grouped, const std::function<result<void>(read_result& part)>& each);

}  // namespace pl::pipeline
