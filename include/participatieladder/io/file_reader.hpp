// SPDX-License-Identifier: Apache-2.0
// Reading a base-data-set file from disk (SPEC §6): `.jsonl` / `.ndjson` as JSON Lines, anything
// else as CSV. The file is opened read-only and never modified. Part of participatieladder::io —
// link `participatieladder::io`.
#pragma once

#include <participatieladder/error.hpp>
#include <participatieladder/io/read_options.hpp>
#include <participatieladder/io/read_result.hpp>

#include <cstdint>
#include <string>

namespace pl {

/// errc::io when the file cannot be opened or read (missing, a directory, no permission); the
/// format errors of read_csv / read_jsonl otherwise. Messages and findings name `path` as given.
result<read_result> read_file(const std::string& path, std::uint32_t source_index = 0, const read_options& options = {});

}  // namespace pl
