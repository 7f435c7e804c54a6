// SPDX-License-Identifier: Apache-2.0
// Management information (SPEC §10) as participatieladder.v1 messages: a report request in, the
// report table (reports/table.hpp) out, its labels in Dutch and English.
#pragma once

#include <participatieladder/extensions.hpp>
#include <participatieladder/reports.hpp>
#include <participatieladder/finding.hpp>
#include <participatieladder/record.hpp>
#include <participatieladder/v1/report.pb.h>

#include "pipeline/report.hpp"

#include <string>

#include <optional>
#include <vector>

namespace pl::messages {

/// The message of a report table: `nl` and `en` are the same report in each language (same
/// columns and rows; only the labels differ).
participatieladder::v1::ReportTable to_message(const reports::table& nl, const reports::table& en);

/// What report settings point to when the options carry it themselves.
struct report_owned {
  std::optional<extension_set> extensions;
  std::optional<reports::budget_config> budget;
};

/// The report settings of `options`: its extension set (kept in `own`) replaces the engine's; its
/// budget configuration (kept in `own`) replaces the default. errc::invalid_argument for an unknown
/// kind or grouping; errc::config for an invalid set or budget configuration.
result<pipeline::report_settings> settings(const participatieladder::v1::ReportOptions& options,
                                          const extension_set* engine_extensions, report_owned& own);

/// The data-quality block as a message.
participatieladder::v1::DataQuality to_message(const reports::data_quality& q);

/// The response message of a report outcome.
participatieladder::v1::ReportResponse to_message(const pipeline::report_outcome& outcome);

/// A report over a record set (pipeline::report) as a response message.
result<participatieladder::v1::ReportResponse> report(const pipeline::record_set& set,
                                                      const participatieladder::v1::ReportOptions& options,
                                                      const extension_set* engine_extensions);

/// The HTML report over a record set (pipeline::report_html).
result<std::string> report_html(const pipeline::record_set& set, const participatieladder::v1::ReportOptions& options,
                                const extension_set* engine_extensions, lang language);

/// The Excel workbook over a record set (pipeline::report_xlsx), checked with `engine_config`.
result<std::string> report_xlsx(const pipeline::record_set& set, const participatieladder::v1::ReportOptions& options,
                                const extension_set* engine_extensions, const check_config& engine_config, lang language);

}  // namespace pl::messages
