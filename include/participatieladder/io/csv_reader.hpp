// SPDX-License-Identifier: Apache-2.0
// Reading the base data set from CSV (SPEC §6). Part of participatieladder::io — link
// `participatieladder::io` (libcsv, protobuf).
//
// Accepted: RFC 4180 quoting; `;` or `,` as delimiter (detected from the header line); UTF-8 with
// or without BOM; header names = §6 keys or Dutch aliases (case-insensitive); unknown columns are
// local fields (record.local_fields).
//
// Hard failures (the result's error, errc::format; the message names the file and why): empty
// file, binary content (NUL bytes, UTF-16), invalid UTF-8, not a CSV, a missing required column
// (client_id, measured_on, step), a duplicate column, a broken header line.
// Row level problems are `input` findings, never errors: an unreadable value (the record is kept
// with that value not filled), a row with the wrong number of fields or a broken quote (the row is
// skipped). Lines are 1-based physical lines where a row starts.
#pragma once

#include <participatieladder/error.hpp>
#include <participatieladder/io/read_options.hpp>
#include <participatieladder/io/read_result.hpp>

#include <cstdint>
#include <string_view>

namespace pl {

/// Read CSV text. `source_name` names the file in messages and findings; `source_index` is stored
/// in record.source (provenance when several files are read together).
result<read_result> read_csv(std::string_view bytes, std::string_view source_name, std::uint32_t source_index = 0,
                              const read_options& options = {});

}  // namespace pl
