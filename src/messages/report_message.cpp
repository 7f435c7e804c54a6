// SPDX-License-Identifier: Apache-2.0
#include "messages/report_message.hpp"

#include "messages/extensions_message.hpp"
#include "messages/finding_message.hpp"
#include "messages/record_message.hpp"

#include <array>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace pl::messages {

namespace v1 = participatieladder::v1;

namespace {

// The message enums and the library's, side by side.
constexpr std::array<std::pair<v1::ReportKind, reports::report_kind>, 7> kinds{{
    {v1::REPORT_KIND_PLACEMENT, reports::report_kind::placement},
    {v1::REPORT_KIND_TARGET, reports::report_kind::target},
    {v1::REPORT_KIND_CASELOAD, reports::report_kind::caseload},
    {v1::REPORT_KIND_COMPARISON, reports::report_kind::comparison},
    {v1::REPORT_KIND_MOVEMENT, reports::report_kind::movement},
    {v1::REPORT_KIND_KPI, reports::report_kind::kpi},
    {v1::REPORT_KIND_BUDGET, reports::report_kind::budget},
}};

constexpr std::array<std::pair<v1::GroupBy, reports::group_by>, 3> groupings{{
    {v1::GROUP_BY_UNSPECIFIED, reports::group_by::caseworker},
    {v1::GROUP_BY_CASEWORKER, reports::group_by::caseworker},
    {v1::GROUP_BY_TEAM, reports::group_by::team},
}};

result<reports::report_kind> kind_of(int k) {
  for (const auto& [m, kind] : kinds)
    if (m == k) return kind;
  return fail(errc::invalid_argument, "ReportRequest.kind = " + std::to_string(k) +
                                          " is not a report (REPORT_KIND_PLACEMENT ... REPORT_KIND_BUDGET, 1-7)");
}

result<reports::group_by> group_of(int g) {
  for (const auto& [m, by] : groupings)
    if (m == g) return by;
  return fail(errc::invalid_argument, "ReportRequest.group_by = " + std::to_string(g) +
                                          " is not a grouping (GROUP_BY_CASEWORKER 1, GROUP_BY_TEAM 2)");
}

result<std::optional<date>> optional_date(const std::string& text, const char* field) {
  if (text.empty()) return std::optional<date>();
  auto d = parse_date(text);
  if (!d) return fail(errc::parse, std::string("ReportRequest.") + field + ": " + d.error().message);
  return std::optional<date>(d.value());
}

void set_cell(const reports::cell& c, v1::ReportCell& out) {
  if (const auto* i = std::get_if<std::int64_t>(&c)) out.set_number(*i);
  else if (const auto* s = std::get_if<std::string>(&c)) out.set_text(*s);
}

void set_label(const std::vector<std::string>& nl, const std::vector<std::string>& en, std::size_t i,
               v1::LocalizedText& out) {
  if (i < nl.size()) out.set_nl(nl[i]);
  if (i < en.size()) out.set_en(en[i]);
}

}  // namespace

v1::ReportTable to_message(const reports::table& nl, const reports::table& en) {
  v1::ReportTable m;
  m.set_name(nl.name);
  for (std::size_t i = 0; i < nl.columns.size(); ++i) {
    auto* c = m.add_columns();
    c->set_key(nl.columns[i]);
    set_label(nl.column_labels, en.column_labels, i, *c->mutable_label());
  }
  for (std::size_t r = 0; r < nl.rows.size(); ++r) {
    auto* row = m.add_rows();
    for (const auto& c : nl.rows[r]) set_cell(c, *row->add_cells());
    set_label(nl.row_labels, en.row_labels, r, *row->mutable_label());
  }
  for (const auto& [key, value] : nl.summary) {
    auto* s = m.add_summary();
    s->set_key(key);
    set_cell(value, *s->mutable_value());
  }
  m.set_csv(reports::to_csv(nl));
  return m;
}

result<void> prepare(const v1::ReportRequest& request, const extension_set* engine_extensions, bool kind_required,
                     prepared_report& out) {
  if (request.reference_date().empty())
    return fail(errc::parse, "ReportRequest.reference_date is empty: the reference date (YYYY-MM-DD) is required (SPEC §10)");
  auto reference = parse_date(request.reference_date());
  if (!reference) return fail(errc::parse, "ReportRequest.reference_date: " + reference.error().message);
  if (kind_required && request.kind() == v1::REPORT_KIND_UNSPECIFIED)
    return fail(errc::invalid_argument, "ReportRequest.kind is not set: which report (REPORT_KIND_PLACEMENT ... REPORT_KIND_BUDGET)?");

  reports::report_options& o = out.options;
  if (request.kind() != v1::REPORT_KIND_UNSPECIFIED) {
    PL_TRY(kind, kind_of(request.kind()));
    o.kind = kind;
  }
  PL_TRY(by, group_of(request.group_by()));
  PL_TRY(from, optional_date(request.from_date(), "from_date"));
  PL_TRY(to, optional_date(request.to_date(), "to_date"));
  o.by = by;
  o.reference = reference.value();
  o.from = from;
  o.to = to;

  if (request.has_extensions()) {
    PL_TRY(parsed, from_message(request.extensions(), "ReportRequest.extensions"));
    out.own_extensions = std::move(parsed);
  }
  o.extensions = out.own_extensions ? &*out.own_extensions : engine_extensions;

  out.records.reserve(static_cast<std::size_t>(request.records_size()));
  for (int i = 0; i < request.records_size(); ++i)
    out.records.push_back(from_message(request.records(i), static_cast<std::size_t>(i), out.unreadable));
  name_files(out.unreadable, out.records, request.sources());
  return success();
}

result<v1::ReportResponse> run(const v1::ReportRequest& request, const extension_set* engine_extensions) {
  prepared_report p;
  PL_TRY(prepare(request, engine_extensions, true, p));
  p.options.language = lang::nl;
  PL_TRY(nl, reports::report(p.records, p.options));
  p.options.language = lang::en;
  PL_TRY(en, reports::report(p.records, p.options));

  v1::ReportResponse out;
  *out.mutable_table() = to_message(nl, en);
  for (const auto& f : request.input_findings()) *out.add_findings() = f;
  for (const auto& f : p.unreadable) *out.add_findings() = to_message(f);
  return out;
}

}  // namespace pl::messages
