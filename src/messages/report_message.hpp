// SPDX-License-Identifier: Apache-2.0
// Management information (SPEC §10) as participatieladder.v1 messages: a report request in, the
// report table (reports/table.hpp) out, its labels in Dutch and English.
#pragma once

#include <participatieladder/extensions.hpp>
#include <participatieladder/reports.hpp>
#include <participatieladder/finding.hpp>
#include <participatieladder/record.hpp>
#include <participatieladder/v1/report.pb.h>

#include <optional>
#include <vector>

namespace pl::messages {

/// The message of a report table: `nl` and `en` are the same report in each language (same
/// columns and rows; only the labels differ).
participatieladder::v1::ReportTable to_message(const reports::table& nl, const reports::table& en);

/// A report request read into the core's terms. Not copyable or movable: options.extensions may
/// point into own_extensions.
struct prepared_report {
  prepared_report() = default;
  prepared_report(const prepared_report&) = delete;
  prepared_report& operator=(const prepared_report&) = delete;

  std::vector<record> records;
  std::vector<finding> unreadable;             ///< an `input` finding per value that cannot be read
  std::optional<extension_set> own_extensions;  ///< the request's set, when it has one
  reports::report_options options;              ///< kind left at its default when the request has none
};

/// Read `request` into `out` (errors as for run; the kind only required when `kind_required`).
result<void> prepare(const participatieladder::v1::ReportRequest& request, const extension_set* engine_extensions,
                     bool kind_required, prepared_report& out);

/// Run a report request (SPEC §10) with `engine_extensions` (may be null) unless the request
/// carries its own set: the request's input findings, then a finding for every record value that
/// cannot be read, then the table. A missing or unreadable date is errc::parse; a missing or
/// unknown kind, or an impossible period, errc::invalid_argument; an invalid extension set
/// errc::config.
result<participatieladder::v1::ReportResponse> run(const participatieladder::v1::ReportRequest& request,
                                                   const extension_set* engine_extensions);

}  // namespace pl::messages
