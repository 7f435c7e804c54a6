// SPDX-License-Identifier: Apache-2.0
// Management information (SPEC §10) as participatieladder.v1 messages: a report request in, the
// report table (reports/table.hpp) out, its labels in Dutch and English.
#pragma once

#include <participatieladder/extensions.hpp>
#include <participatieladder/reports.hpp>
#include <participatieladder/v1/report.pb.h>

namespace pl::messages {

/// The message of a report table: `nl` and `en` are the same report in each language (same
/// columns and rows; only the labels differ).
participatieladder::v1::ReportTable to_message(const reports::table& nl, const reports::table& en);

/// Run a report request (SPEC §10) with `engine_extensions` (may be null) unless the request
/// carries its own set: the request's input findings, then a finding for every record value that
/// cannot be read, then the table. A missing or unreadable date is errc::parse; a missing or
/// unknown kind, or an impossible period, errc::invalid_argument; an invalid extension set
/// errc::config.
result<participatieladder::v1::ReportResponse> run(const participatieladder::v1::ReportRequest& request,
                                                   const extension_set* engine_extensions);

}  // namespace pl::messages
