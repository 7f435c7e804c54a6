// SPDX-License-Identifier: Apache-2.0
#include "pipeline/report.hpp"

#include "pipeline/check.hpp"

#include <participatieladder/report_html.hpp>

#include <utility>

namespace pl::pipeline {

namespace {

result<std::optional<date>> optional_date(const std::string& text, const char* what) {
  if (text.empty()) return std::optional<date>();
  auto d = parse_date(text);
  if (!d) return fail(errc::parse, std::string(what) + ": " + d.error().message);
  return std::optional<date>(d.value());
}

result<reports::report_options> options_of(const record_set& set, const report_settings& s, reference_date& reference) {
  PL_TRY(ref, resolve_reference_date(s.reference_date, set.records, "reference_date"));
  reference = ref;
  PL_TRY(from, optional_date(s.from_date, "from_date"));
  PL_TRY(to, optional_date(s.to_date, "to_date"));
  reports::report_options o;
  if (s.kind) o.kind = *s.kind;
  o.reference = reference.value();
  o.from = from;
  o.to = to;
  o.by = s.by;
  o.extensions = s.extensions;
  return o;
}

}  // namespace

result<report_outcome> report(const record_set& set, const report_settings& settings) {
  if (!settings.kind)
    return fail(errc::invalid_argument, "kind is not set: which report (placement, target, caseload, comparison, movement, kpi, budget)?");
  report_outcome out;
  PL_TRY(o, options_of(set, settings, out.reference));
  o.language = lang::nl;
  PL_TRY(nl, reports::report(set.records, o));
  o.language = lang::en;
  PL_TRY(en, reports::report(set.records, o));
  out.nl = std::move(nl);
  out.en = std::move(en);
  out.findings = set.findings;
  name_and_order(set, out.findings);
  out.records = set.records.size();
  out.sources = set.sources;
  return out;
}

result<std::string> report_html(const record_set& set, const report_settings& settings, lang language) {
  reference_date reference;
  PL_TRY(o, options_of(set, settings, reference));
  o.language = language;
  return render_html_report(set.records, o);
}

}  // namespace pl::pipeline
