// SPDX-License-Identifier: Apache-2.0
#include "pipeline/report.hpp"

#include "pipeline/check.hpp"

#include <participatieladder/error_text.hpp>
#include <participatieladder/report_html.hpp>
#include <participatieladder/report_xlsx.hpp>

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>

#include <utility>

namespace pl::pipeline {

namespace {

/// A period bound: a date, or for the KPI table (per calendar year, SPEC §10) also a year `YYYY`
/// — January 1 as the start, December 31 as the end.
result<std::optional<date>> optional_date(const std::string& text, const char* what, bool years, bool end) {
  if (text.empty()) return std::optional<date>();
  int year = 0;
  if (text.size() == 4 && detail::parse_uint(text, year)) {
    if (!years)
      return fail(errc::invalid_argument, msg::year_not_a_date, {what, text});
    return std::optional<date>(end ? date{year, 12, 31} : date{year, 1, 1});
  }
  auto d = parse_date(text);
  if (!d) return prefixed(what, d.error());
  return std::optional<date>(d.value());
}

}  // namespace

result<reports::report_options> report_options_of(const report_settings& s, const reference_date& reference, std::uint64_t absent) {
  const bool years = s.kind == reports::report_kind::kpi;
  PL_TRY(from, optional_date(s.from_date, "from_date", years, false));
  PL_TRY(to, optional_date(s.to_date, "to_date", years, true));
  if (s.by && s.kind && !reports::groupable(*s.kind))
    return fail(errc::invalid_argument, "group_by: the " + std::string(reports::to_string(*s.kind)) +
                                            " table is not grouped by caseworker, team or department (grouped tables: " +
                                            reports::report_kind_list(", ", true) + ")");
  reports::report_options o;
  if (s.kind) o.kind = *s.kind;
  o.reference = reference.value();
  o.no_reference = !reference.day;
  o.from = from;
  o.to = to;
  o.by = s.by.value_or(reports::group_by::caseworker);
  o.grouped = s.by.has_value();
  o.extensions = s.extensions;
  o.budget = s.budget;
  o.absent_columns = absent;
  o.title = s.title;
  o.municipality = s.municipality;  // SPEC §10 (revised): their figures are "niet beschikbaar"
  return o;
}

namespace {

result<reports::report_options> options_of(const record_set& set, const caseload_store& cl, const report_settings& s, reference_date& reference) {
  PL_TRY(ref, resolve_reference_date(s.reference_date, cl, "reference_date"));
  reference = ref;
  return report_options_of(s, reference, absent_columns(set));
}

}  // namespace

std::vector<finding> within_report(const record_set& set, std::vector<finding> findings, const date& reference) {
  const std::int32_t day = static_cast<std::int32_t>(reference.days());
  std::erase_if(findings, [&](const finding& f) {
    if (f.record_index == finding::no_record || f.record_index >= record_count(set)) return false;
    if (set.store) {
      const auto& on = set.store->rows()[f.record_index].measured_on;
      return on && on.days() > day;
    }
    const auto& on = set.records[f.record_index].measured_on;
    return on && *on > reference;
  });
  return findings;
}

namespace {
reports::data_quality assess(const record_set& set, const caseload_store& cl, const date& reference, const std::string& municipality) {
  std::vector<reports::data_quality::source> sources;
  for (std::size_t i = 0; i < set.sources.size(); ++i) {
    reports::data_quality::source s;
    s.name = set.sources[i];
    if (i < set.encodings.size()) s.encoding = set.encodings[i];
    if (i < set.local_columns.size()) s.local_columns = set.local_columns[i];
    sources.push_back(std::move(s));
  }
  auto q = reports::assess_data_quality(cl, set.findings, std::move(sources), reference);
  q.municipality = municipality;
  return q;
}
}  // namespace

reports::data_quality assess(const record_set& set, const date& reference, const std::string& municipality) {
  return assess(set, *caseload_of(set), reference, municipality);
}

result<report_outcome> report(const record_set& set, const report_settings& settings) {
  if (!settings.kind)
    return fail(errc::invalid_argument, "kind is not set: which report (" + reports::report_kind_list(", ") + ")?");
  report_outcome out;
  const auto store = caseload_of(set);  // built once: every figure below reads it
  PL_TRY(o, options_of(set, *store, settings, out.reference));
  PL_TRY(tables, reports::report_nl_en(*store, o));
  out.nl = std::move(tables.first);
  out.en = std::move(tables.second);
  out.findings = within_report(set, set.findings, out.reference.value());
  name_and_order(set, out.findings);
  out.records = record_count(set);
  out.parts = store->parts();
  out.sources = set.sources;
  out.quality = assess(set, *store, out.reference.value(), settings.municipality);
  return out;
}

result<std::string> report_html(const record_set& set, const report_settings& settings, lang language) {
  reference_date reference;
  const auto store = caseload_of(set);
  PL_TRY(o, options_of(set, *store, settings, reference));
  o.language = language;
  const reports::data_quality quality = assess(set, *store, reference.value(), settings.municipality);
  o.quality = &quality;
  return render_html_report(*store, o);
}

result<std::string> report_xlsx(const record_set& set, const report_settings& settings, lang language, const check_config& config) {
  reference_date reference;
  const auto store = caseload_of(set);
  PL_TRY(o, options_of(set, *store, settings, reference));
  o.language = language;
  const reports::data_quality quality = assess(set, *store, reference.value(), settings.municipality);
  o.quality = &quality;
  PL_TRY(checked, check(set, settings.reference_date, config));
  // SPEC §8 (revised): a report checks what it counts; later records are outside its period (the
  // data-quality sheet says how many there are), not errors on its worklist.
  checked.findings = within_report(set, std::move(checked.findings), reference.value());
  // libxlsxwriter writes files: a private temporary file, read back and removed.
  std::string tmp = (std::filesystem::temp_directory_path() / "pladder-XXXXXX.xlsx").string();
  const int fd = ::mkstemps(tmp.data(), 5);
  if (fd < 0) return fail(errc::io, "cannot create a temporary file for the workbook: " + std::string(std::strerror(errno)));
  ::close(fd);
  auto written = write_xlsx_report(tmp, *store, o, checked.findings);
  std::string bytes;
  if (written) {
    std::ifstream in(tmp, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (in.bad()) written = fail(errc::io, tmp + ": cannot read the workbook back");
  }
  std::remove(tmp.c_str());
  if (!written) return written.error();
  return bytes;
}

}  // namespace pl::pipeline
