// SPDX-License-Identifier: Apache-2.0
// One entry point for every SPEC §10 report: records + options → a report table
// (reports/table.hpp). The CLI, the HTML report, the C ABI and Python call this; none of them
// computes a figure itself.
#pragma once

#include "../error.hpp"
#include "../extensions.hpp"
#include "../lang.hpp"
#include "../record.hpp"
#include "availability.hpp"
#include "budget.hpp"
#include "caseload.hpp"
#include "comparison.hpp"
#include "data_quality.hpp"
#include "kpi.hpp"
#include "movement.hpp"
#include "placement.hpp"
#include "report_kinds.hpp"
#include "table.hpp"
#include "target_table.hpp"

#include <array>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace pl::reports {

struct report_options {
  report_kind kind = report_kind::placement;
  date reference;                        ///< "today": measurements after it never count
  std::optional<date> from;              ///< movement: first moment (default: to − 12 months); kpi: first year
  std::optional<date> to;                ///< movement: second moment (default: the reference date); kpi: last year
  group_by by = group_by::caseworker;    ///< caseload and comparison (always grouped)
  bool grouped = false;                  ///< movement: one row per `by` group instead of the matrix
  const extension_set* extensions = nullptr;  ///< SPEC §9 sub-steps (placement, caseload); not owned
  const budget_config* budget = nullptr;      ///< SPEC §10 budget attribution; nullptr: the default (Sneek); not owned
  lang language = lang::nl;
  const data_quality* quality = nullptr;  ///< what the figures rest on (shown by the HTML report); not owned
  /// No reference date was given and no record has a readable measured_on (a file with only a
  /// header): there is no reference date, and every output says so instead of inventing one.
  bool no_reference = false;
  /// SPEC §10 (revised): the §6 columns no source has (availability.hpp); their figures are "niet beschikbaar".
  column_mask absent_columns = 0;
  std::string title;         ///< the HTML and XLSX report's title ("" = the default title)
  std::string municipality;  ///< whose report it is (HTML header, XLSX, data quality)
};

/// The reference date as people read it: `YYYY-MM-DD`, or that there is none (no records).
inline std::string reference_text(const report_options& o, lang l) {
  if (!o.no_reference) return o.reference.iso();
  return std::string(text{"geen: er zijn geen records met een meetdatum", "none: there are no records with a measurement date"}(l));
}

/// The movement period of `o`: to defaults to the reference date, from to 12 months before to.
/// Errors when from is not before to, or to lies after the reference date.
inline result<std::pair<date, date>> movement_period(const report_options& o) {
  const date to = o.to.value_or(o.reference);
  const date from = o.from.value_or(to.add_months(-12));
  if (to > o.reference)
    return fail(errc::invalid_argument, "the period ends on " + to.iso() + ", after the reference date " + o.reference.iso());
  if (!(from < to))
    return fail(errc::invalid_argument, "the period starts on " + from.iso() + ", which is not before its end " + to.iso());
  return std::pair{from, to};
}

namespace detail {
inline result<table> compute(std::span<const record> records, const report_options& o) {
  const lang l = o.language;
  switch (o.kind) {
    case report_kind::placement: return to_table(placement(records, o.reference, o.extensions), l, o.extensions);
    case report_kind::target: return to_table(target_table(records, o.reference), l);
    case report_kind::caseload: return to_table(caseload(records, o.reference, o.by, o.extensions), l, o.extensions);
    case report_kind::comparison: return to_table(comparison(records, o.reference, o.by), l);
    case report_kind::movement: {
      auto period = movement_period(o);
      if (!period) return period.error();
      const auto [from, to] = period.value();
      if (o.grouped) return to_table(movement_by(records, from, to, o.by), l);
      return to_table(movement_between(records, from, to), l);
    }
    case report_kind::kpi: {
      std::optional<int> first, last;
      if (o.from) first = o.from->year;
      if (o.to) last = o.to->year;
      if (first && last && *first > *last)
        return fail(errc::invalid_argument, "the first year " + std::to_string(*first) + " lies after the last year " + std::to_string(*last));
      return to_table(kpi(records, o.reference, first, last), l);
    }
    case report_kind::budget: return to_table(budget(records, o.reference, o.budget), l);
  }
  return fail(errc::internal, "unhandled report kind");
}
}  // namespace detail

/// Compute the report `o.kind` over `records` as of `o.reference`, labelled in `o.language`.
inline result<table> report(std::span<const record> records, const report_options& o) {
  auto t = detail::compute(records, o);
  if (!t) return t;
  t.value().language = o.language;
  mark_not_available(t.value(), o.absent_columns);
  if (o.no_reference) {  // every date of the summary would derive from a date nobody gave
    for (auto& [key, value] : t.value().summary)
      if (key == "reference_date" || key == "from" || key == "to") value = reference_text(o, o.language);
    if (o.kind == report_kind::kpi) {  // and so would the calendar years
      t.value().rows.clear();
      t.value().row_labels.clear();
      t.value().row_levels.clear();
    }
  }
  return t;
}

}  // namespace pl::reports
