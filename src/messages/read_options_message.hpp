// SPDX-License-Identifier: Apache-2.0
// How to read a file (SPEC §6, revised) as a participatieladder.v1.ReadOptions message — whose JSON
// mapping is the column-mapping file every door accepts (`pladder --columns`, pl_read_column_mapping,
// Python `columns=`): one grammar, one reader, the same error everywhere.
#pragma once

#include <participatieladder/error.hpp>
#include <participatieladder/io/read_options.hpp>
#include <participatieladder/v1/read.pb.h>

#include <string_view>

namespace pl::messages {

/// errc::config naming `where` for an unknown encoding, or a column mapped to something that is
/// not a §6 key.
result<read_options> from_message(const participatieladder::v1::ReadOptions& m, std::string_view where);

/// A column-mapping file (JSON of ReadOptions) read and validated; errc::parse when it is not
/// such JSON, errc::config when a value is invalid. Messages name `source_name`.
result<read_options> parse_read_options_json(std::string_view json, std::string_view source_name);

/// The encoding named by `text` ("auto", "utf-8"/"utf8", "windows-1252"/"cp1252"; any case).
result<text_encoding> parse_encoding(std::string_view text);

}  // namespace pl::messages
