// SPDX-License-Identifier: Apache-2.0
// Which §6 key a column (CSV header, JSON key) holds (SPEC §6, revised): the municipality's column
// mapping first, then the §6 keys and aliases. A column that is neither is a local field, and the
// reader says so once per file, naming the nearest key or alias when one is close
// (`Groeipotentie` → `groeipotentieel`), so a misspelt header never silently empties a field.
#pragma once

#include <participatieladder/fields.hpp>
#include <participatieladder/finding.hpp>
#include <participatieladder/io/read_options.hpp>

#include <string>
#include <string_view>

namespace pl::io_detail {

/// The §6 row for column `header`: through `options.columns`, else find_field. nullptr: a local field.
const field_info* resolve_column(std::string_view header, const read_options& options);

/// The nearest §6 key or alias to `header` when it is close enough to be a likely misspelling
/// (a small edit distance for its length), else "".
std::string nearest_key_or_alias(std::string_view header);

/// The `input` finding (severity info) for local column `header` of `file`, on `line`.
finding local_column_finding(std::string_view file, std::size_t line, std::string_view header);

}  // namespace pl::io_detail
