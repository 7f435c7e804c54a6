// SPDX-License-Identifier: Apache-2.0
// The Excel workbook of a report (SPEC §10; docs/reports.md "XLSX"): one sheet per management
// table, a findings sheet (with caseworker and team columns and an autofilter, for worklists) and a
// data-quality sheet (SPEC §6: nothing is lost silently). Numbers are numbers, percentages are
// formatted as percentages, labels in the report language. Written with libxlsxwriter (BSD-2).
// Part of participatieladder::report_xlsx — link `participatieladder::report_xlsx`.
#pragma once

#include <participatieladder/error.hpp>
#include <participatieladder/finding.hpp>
#include <participatieladder/caseload_store.hpp>
#include <participatieladder/record.hpp>
#include <participatieladder/reports.hpp>

#include <span>
#include <string>

namespace pl {

/// Write the workbook to `path` (a new file; the caller renames it into place). The tables are
/// computed from `records` with `o` (kind ignored: every table); `findings` fill the findings
/// sheet; `o.quality`, when set, the data-quality sheet. errc::io naming the path when it cannot be
/// written.
result<void> write_xlsx_report(const std::string& path, const caseload_store& cl, const reports::report_options& o,
                               std::span<const finding> findings);

/// The same over records (a store of them is built first).
inline result<void> write_xlsx_report(const std::string& path, std::span<const record> records, const reports::report_options& o,
                                      std::span<const finding> findings) {
  return write_xlsx_report(path, caseload_store::of(records), o, findings);
}

/// A worklist workbook (`pladder check --split`): one sheet of `findings` with the filter, dates as
/// dates; `title` in the document properties, `reference` as its creation date (never the clock).
result<void> write_xlsx_worklist(const std::string& path, std::span<const finding> findings, lang l, const std::string& title,
                                 const date& reference);

}  // namespace pl
