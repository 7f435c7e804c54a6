// SPDX-License-Identifier: Apache-2.0
// `input` findings (SPEC §6: a value that cannot be read is a clear error naming the row, the key
// and the value — as data, never a silent default). Personal values are withheld (SPEC §11).
#pragma once

#include <participatieladder/fields.hpp>
#include <participatieladder/finding.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

namespace pl::io_detail {

/// An unreadable value of a §6 field. `reason` is the parse error message (it already names the
/// key and, for non-personal fields, the value). The one wording of this finding: file readers and
/// records handed over as messages (line 0: named by `record_index`) use it alike.
finding value_finding(std::string_view file, std::size_t line, const field_info& f, std::string_view header,
                      std::string_view value, const std::string& reason, std::size_t record_index = finding::no_record);

/// SPEC §6 (revised): the sign of the step notation and the growth column disagree. Neither wins:
/// growth potential is unknown (not filled); the finding names both values as the file wrote them
/// (header, value). Keyed on growth_potential, so checks about the missing flag do not repeat it.
finding growth_conflict_finding(std::string_view file, std::size_t line, const std::pair<std::string, std::string>& step,
                                const std::pair<std::string, std::string>& growth, std::size_t record_index = finding::no_record);

/// A row that cannot be read at all (wrong field count, broken quote, not a JSON object).
finding row_finding(std::string_view file, std::size_t line, std::string message_nl, std::string message_en);

}  // namespace pl::io_detail
