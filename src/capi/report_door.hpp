// SPDX-License-Identifier: Apache-2.0
// The report step at the C boundary, once for every door: the request-message functions
// (pl_report, pl_report_html, pl_report_xlsx), the file functions (pl_report_file) and the
// record-set handle (pl_record_set_report*) all decode their arguments and then call these with a
// pipeline::record_set, the request's ReportOptions and the engine.
#pragma once

#include "c_boundary.hpp"
#include "engine.hpp"

#include <participatieladder/lang.hpp>
#include <participatieladder/v1/report.pb.h>

#include <string>

namespace pl::capi {

/// The language argument `lang` (PL_LANG_NL / PL_LANG_EN) of function `fn`; errc::invalid_argument otherwise.
result<pl::lang> language_of(const char* fn, int lang);

/// The table of `options.kind` over `set` with the engine's extension set (messages::report).
result<participatieladder::v1::ReportResponse> report_table(const pl_engine& engine, const pipeline::record_set& set,
                                                            const participatieladder::v1::ReportOptions& options);

/// The HTML report over `set` (messages::report_html).
result<std::string> report_html(const pl_engine& engine, const pipeline::record_set& set,
                                const participatieladder::v1::ReportOptions& options, pl::lang language);

/// The Excel workbook over `set`, its findings sheet checked with the engine's settings (messages::report_xlsx).
result<std::string> report_xlsx(const pl_engine& engine, const pipeline::record_set& set,
                                const participatieladder::v1::ReportOptions& options, pl::lang language);

}  // namespace pl::capi
