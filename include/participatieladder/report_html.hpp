// SPDX-License-Identifier: Apache-2.0
// The HTML report (SPEC §10, issue 5): one self-contained page — inline CSS and inline SVG, no
// JavaScript, no network resources — with the charts a manager would rather look at than read
// (step distribution with the growth split, target distribution, movement matrix as a heat map,
// caseload per caseworker/team) followed by the tables themselves. Every figure comes from
// pl::reports::report; the page only draws the rows. Part of participatieladder::report_html —
// link `participatieladder::report_html`. Dutch by default (report_options::language).
#pragma once

#include <participatieladder/error.hpp>
#include <participatieladder/caseload_store.hpp>
#include <participatieladder/record.hpp>
#include <participatieladder/reports/report.hpp>
#include <participatieladder/text_escape.hpp>  // html_escape, part of this header's API

#include <span>
#include <string>

namespace pl {

/// Render the HTML report over `records` as of `o.reference`. Uses o.reference, o.from/o.to (the
/// movement period; KPI years are not restricted), o.by, o.extensions and o.language; o.kind is
/// ignored (the page holds every table). Fails only as pl::reports::report does (a bad period).
result<std::string> render_html_report(const caseload_store& cl, const reports::report_options& o);

/// The same over records (a store of them is built first).
inline result<std::string> render_html_report(std::span<const record> records, const reports::report_options& o) {
  return render_html_report(caseload_store::of(records), o);
}

}  // namespace pl
