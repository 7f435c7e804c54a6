// SPDX-License-Identifier: Apache-2.0
// Writing a synthetic caseload as a file (issue 3): the CSV (SPEC §6, Dutch Excel or ISO style)
// or JSON Lines writers of participatieladder::io, plus the planted unreadable values (`input`)
// written in place of the field's value. Needs linking `participatieladder::generator`.
#pragma once

#include <participatieladder/error.hpp>
#include <participatieladder/io/csv_writer.hpp>
#include "generator.hpp"

#include <ostream>
#include <string_view>

namespace pl::gen {

enum class file_format { csv, jsonl };

result<file_format> parse_file_format(std::string_view s);

/// Write `c` to `out`. For CSV `style` chooses Dutch Excel or ISO; JSON Lines has one spelling.
result<void> write_caseload(std::ostream& out, const caseload& c, file_format format,
                            const csv_style& style = csv_style::dutch_excel());

}  // namespace pl::gen
