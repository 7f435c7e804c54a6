// SPDX-License-Identifier: Apache-2.0
// Step 3 of the pipeline in bounded memory (issue 25, `pladder report --stream`): a CSV file that
// is grouped by client (every client's measurements together, as most exports are) is read a part
// of complete clients at a time (client_parts.hpp); each part becomes a small caseload store whose
// clients the table counts (reports::report_tally) and which is then dropped. The table is made
// once at the end and is report()'s for the same file, byte for byte (tests/stream), as are the
// data-quality block (reports::data_quality_tally) and the readers' findings — while memory stays
// about one part, whatever the file's size. A file that is not grouped by client is refused,
// naming the lines, and never half-reported. Every table kind goes so (none needs more than one
// client at a time; the KPI table's first year, when not given, is known at the end).
#pragma once

#include "pipeline/client_parts.hpp"
#include "pipeline/report.hpp"

#include <participatieladder/io/read_options.hpp>

#include <string>

namespace pl::pipeline {

/// report() of the CSV file `path`: settings.kind and settings.reference_date must be given (the
/// latest measured_on is known only at the end): errc::invalid_argument without them, errc::format
/// for a file not grouped by client, else read_csv's errors and report()'s. report_outcome::parts
/// counts the parts read.
result<report_outcome> report_stream(const std::string& path, const report_settings& settings, const read_options& options = {},
                                     const client_part_settings& parts = {});

}  // namespace pl::pipeline
