// SPDX-License-Identifier: Apache-2.0
#include "messages/report_message.hpp"

#include "messages/budget_message.hpp"

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

// The message enum and the library's table of reports (reports/report_kinds.hpp): every
// ReportKind but UNSPECIFIED is the proto_number of exactly one row, and no row has another number
// (the names, REPORT_KIND_<NAME>, are checked by tests/unit/report_kinds_test.cpp).
constexpr bool report_kinds_cover_the_enum() {
  if (v1::ReportKind_MIN != v1::REPORT_KIND_UNSPECIFIED || v1::REPORT_KIND_UNSPECIFIED != 0) return false;
  if (static_cast<std::size_t>(v1::ReportKind_MAX) != std::size(reports::report_kinds)) return false;
  for (int n = 1; n <= v1::ReportKind_MAX; ++n) {
    int rows = 0;
    for (const auto& k : reports::report_kinds) rows += k.proto_number == n;
    if (rows != 1) return false;
  }
  return true;
}
static_assert(report_kinds_cover_the_enum(), "proto ReportKind and reports::report_kinds differ");

constexpr std::array<std::pair<v1::GroupBy, reports::group_by>, 4> groupings{{
    {v1::GROUP_BY_UNSPECIFIED, reports::group_by::caseworker},
    {v1::GROUP_BY_CASEWORKER, reports::group_by::caseworker},
    {v1::GROUP_BY_TEAM, reports::group_by::team},
    {v1::GROUP_BY_DEPARTMENT, reports::group_by::department},
}};

result<reports::report_kind> kind_of(int k) {
  for (const auto& row : reports::report_kinds)
    if (row.proto_number == k) return row.kind;
  const auto& first = reports::report_kinds[0];
  const auto& last = reports::report_kinds[std::size(reports::report_kinds) - 1];
  return fail(errc::invalid_argument, "ReportOptions.kind = " + std::to_string(k) + " is not a report (" +
                                          v1::ReportKind_Name(first.proto_number) + " ... " + v1::ReportKind_Name(last.proto_number) +
                                          ", " + std::to_string(first.proto_number) + "-" + std::to_string(last.proto_number) + ")");
}

result<reports::group_by> group_of(int g) {
  for (const auto& [m, by] : groupings)
    if (m == g) return by;
  return fail(errc::invalid_argument, "ReportOptions.group_by = " + std::to_string(g) +
                                          " is not a grouping (GROUP_BY_CASEWORKER 1, GROUP_BY_TEAM 2, GROUP_BY_DEPARTMENT 3)");
}

void set_cell(const reports::cell& c, v1::ReportCell& out) {
  if (const auto* i = std::get_if<std::int64_t>(&c)) out.set_number(static_cast<double>(*i));
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

result<pipeline::report_settings> settings(const v1::ReportOptions& options, const extension_set* engine_extensions,
                                          report_owned& own) {
  pipeline::report_settings s;
  if (options.kind() != v1::REPORT_KIND_UNSPECIFIED) {
    PL_TRY(kind, kind_of(options.kind()));
    s.kind = kind;
  }
  if (options.group_by() != v1::GROUP_BY_UNSPECIFIED) {
    PL_TRY(by, group_of(options.group_by()));
    s.by = by;
  }
  s.reference_date = options.reference_date();
  s.from_date = options.from_date();
  s.to_date = options.to_date();
  if (options.has_extensions()) {
    PL_TRY(parsed, from_message(options.extensions(), "ReportOptions.extensions"));
    own.extensions = std::move(parsed);
  }
  s.extensions = own.extensions ? &*own.extensions : engine_extensions;
  if (options.has_budget()) {
    PL_TRY(budget, from_message(options.budget(), "ReportOptions.budget"));
    own.budget = std::move(budget);
    s.budget = &*own.budget;
  }
  return s;
}

v1::DataQuality to_message(const reports::data_quality& q) {
  v1::DataQuality m;
  for (const auto& s : q.sources) {
    auto* x = m.add_sources();
    x->set_name(s.name);
    x->set_encoding(s.encoding);
    x->set_records(static_cast<std::uint32_t>(s.records));
    for (const auto& c : s.local_columns) x->add_local_columns(c);
  }
  m.set_records(static_cast<std::uint32_t>(q.records));
  m.set_clients(static_cast<std::uint32_t>(q.clients));
  m.set_values_unreadable(static_cast<std::uint32_t>(q.values_unreadable));
  m.set_rows_skipped(static_cast<std::uint32_t>(q.rows_skipped));
  m.set_clients_in_view(static_cast<std::uint32_t>(q.clients_in_view));
  for (const auto& l : q.left_out) {
    auto* x = m.add_left_out();
    x->set_reason(std::string(reports::key_of(l.reason)));
    x->mutable_label()->set_nl(std::string(reports::label_of(l.reason).nl));
    x->mutable_label()->set_en(std::string(reports::label_of(l.reason).en));
    x->set_records(static_cast<std::uint32_t>(l.records));
    x->set_clients(static_cast<std::uint32_t>(l.clients));
  }
  m.set_clients_left_out(static_cast<std::uint32_t>(q.clients_left_out));
  m.set_complete(q.complete());
  return m;
}

v1::ReportResponse to_message(const pipeline::report_outcome& outcome) {
  v1::ReportResponse out;
  *out.mutable_table() = to_message(outcome.nl, outcome.en);
  for (const auto& f : outcome.findings) *out.add_findings() = to_message(f);
  out.set_reference_date(outcome.reference.iso());
  out.set_reference_date_from_data(outcome.reference.from_data);
  out.set_records(static_cast<std::uint32_t>(outcome.records));
  for (const auto& s : outcome.sources) out.add_sources(s);
  *out.mutable_quality() = to_message(outcome.quality);
  return out;
}

result<v1::ReportResponse> report(const pipeline::record_set& set, const v1::ReportOptions& options,
                                  const extension_set* engine_extensions) {
  report_owned own;
  PL_TRY(s, settings(options, engine_extensions, own));
  PL_TRY(outcome, pipeline::report(set, s));
  return to_message(outcome);
}

result<std::string> report_html(const pipeline::record_set& set, const v1::ReportOptions& options,
                                const extension_set* engine_extensions, lang language) {
  report_owned own;
  PL_TRY(s, settings(options, engine_extensions, own));
  return pipeline::report_html(set, s, language);
}

result<std::string> report_xlsx(const pipeline::record_set& set, const v1::ReportOptions& options,
                                const extension_set* engine_extensions, const check_config& engine_config, lang language) {
  report_owned own;
  PL_TRY(s, settings(options, engine_extensions, own));
  check_config config = engine_config;
  if (s.extensions != nullptr) config.extensions = s.extensions;
  return pipeline::report_xlsx(set, s, language, config);
}

}  // namespace pl::messages
