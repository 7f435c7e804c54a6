// SPDX-License-Identifier: Apache-2.0
// Step 3 of the pipeline (SPEC §9, §10): a record set → a management-information table (in Dutch
// and English) or the HTML report. Dates of the request are read here, once, for every door.
#pragma once

#include "pipeline/record_set.hpp"
#include "pipeline/reference_date.hpp"

#include <participatieladder/checks.hpp>
#include <participatieladder/extensions.hpp>
#include <participatieladder/reports.hpp>

#include <optional>
#include <string>
#include <vector>

namespace pl::pipeline {

struct report_settings {
  std::optional<reports::report_kind> kind;       ///< required for report(); the HTML holds every table
  std::string reference_date;                     ///< "" = the latest measured_on (reference_date.hpp)
  std::string from_date;                          ///< "" = the table's default
  std::string to_date;                            ///< "" = the table's default
  std::optional<reports::group_by> by;            ///< not set: the table's default (caseworker)
  const extension_set* extensions = nullptr;      ///< SPEC §9 sub-steps; not owned
  const reports::budget_config* budget = nullptr; ///< SPEC §10 budget attribution; nullptr: the default; not owned
  std::string title;                              ///< HTML/XLSX title ("" = the default)
  std::string municipality;                       ///< whose report (HTML header, XLSX, data quality)
};

struct report_outcome {
  reports::table nl, en;          ///< the same table with Dutch and with English labels
  std::vector<finding> findings;  ///< the set's input findings (such values count as not filled)
  reports::data_quality quality;  ///< what the table rests on (SPEC §6: nothing is lost silently)
  pipeline::reference_date reference;
  std::size_t records = 0;
  std::vector<std::string> sources;
  std::size_t parts = 1;  ///< the parts the caseload store was built in, or read in by report_stream (issue 25; not in any message)
};

/// The options of the tables for `settings` as of `reference`, with the §6 columns no source has
/// (`absent`, absent_columns). errc::parse for an unreadable period date, errc::invalid_argument
/// for a grouping the table does not have.
result<reports::report_options> report_options_of(const report_settings& settings, const reference_date& reference, std::uint64_t absent);

/// The table `settings.kind` over `set`. errc::parse for an unreadable date; errc::invalid_argument
/// when no kind is given or the period is not possible.
result<report_outcome> report(const record_set& set, const report_settings& settings);

/// SPEC §8 (revised), checks inside a report: `findings` of `set` without those about records
/// measured after `reference` (outside the report's period; the data-quality block counts them).
std::vector<finding> within_report(const record_set& set, std::vector<finding> findings, const date& reference);

/// The data quality of `set` as of `reference` (of `municipality`, when given).
reports::data_quality assess(const record_set& set, const date& reference, const std::string& municipality = {});

/// The self-contained HTML page (report_html.hpp) over `set` in `language`, with its data-quality block.
result<std::string> report_html(const record_set& set, const report_settings& settings, lang language);

/// The Excel workbook (report_xlsx.hpp) over `set` in `language`: every table, the findings of
/// check() with `config` (a worklist sheet) and the data-quality sheet, as the bytes of an .xlsx file.
result<std::string> report_xlsx(const record_set& set, const report_settings& settings, lang language, const check_config& config);

}  // namespace pl::pipeline
