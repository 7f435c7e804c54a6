// SPDX-License-Identifier: Apache-2.0
// One entry point for every SPEC §10 report: records + options → a report table
// (reports/table.hpp). The CLI, the HTML report, the C ABI and Python call this; none of them
// computes a figure itself.
#pragma once

#include "../error.hpp"
#include "../extensions.hpp"
#include "../lang.hpp"
#include "../caseload_store.hpp"
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
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>

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
/// A computed report: its figures, labelled in a language when asked (SPEC §10: one computation,
/// Dutch and English labels).
using labeller = std::function<table(lang)>;
}  // namespace detail

/// The report `o.kind` counted a caseload store at a time (issue 25): add() one store — or, for a
/// file grouped by client, the store of each part of complete clients in turn (every client wholly
/// in one) — then finish() makes the table once. Every table is computed so, the whole store's
/// too: one rule, whichever way the records come in.
class report_tally {
 public:
  /// errc::invalid_argument for a period that is not possible.
  static result<report_tally> make(const report_options& o) {
    const extension_set* ext = o.extensions;
    switch (o.kind) {
      case report_kind::placement: return report_tally(o, placement_tally(o.reference, ext));
      case report_kind::target: return report_tally(o, target_tally(o.reference));
      case report_kind::caseload: return report_tally(o, caseload_tally(o.reference, o.by, ext));
      case report_kind::comparison: return report_tally(o, caseload_tally(o.reference, o.by));
      case report_kind::movement: {
        auto period = movement_period(o);
        if (!period) return period.error();
        const auto [from, to] = period.value();
        return report_tally(o, movement_tally(from, to, o.grouped ? std::optional<group_by>(o.by) : std::nullopt));
      }
      case report_kind::kpi: {
        std::optional<int> first, last;
        if (o.from) first = o.from->year;
        if (o.to) last = o.to->year;
        if (first && last && *first > *last)
          return fail(errc::invalid_argument, "the first year " + std::to_string(*first) + " lies after the last year " + std::to_string(*last));
        return report_tally(o, kpi_tally(o.reference, first, last));
      }
      case report_kind::budget: return report_tally(o, budget_tally(o.reference, o.budget));
    }
    return fail(errc::internal, "unhandled report kind");
  }

  /// Every client of `cl`.
  void add(const pl::caseload_store& cl) {
    std::visit([&](auto& t) { t.add(cl); }, tally_);
  }

  /// The computed report, to be labelled in a language (detail::labelled).
  detail::labeller finish() const {
    const extension_set* ext = kind_ == report_kind::comparison ? nullptr : extensions_;
    return std::visit(
        [&](const auto& t) -> detail::labeller {
          using T = std::decay_t<decltype(t)>;
          if constexpr (std::is_same_v<T, placement_tally>)
            return [r = t.finish(), ext](lang l) { return to_table(r, l, ext); };
          else if constexpr (std::is_same_v<T, caseload_tally>) {
            if (kind_ == report_kind::comparison) return [r = comparison_of(t.finish())](lang l) { return to_table(r, l); };
            return [r = t.finish(), ext](lang l) { return to_table(r, l, ext); };
          } else if constexpr (std::is_same_v<T, movement_tally>) {
            if (grouped_) return [r = t.finish_by()](lang l) { return to_table(r, l); };
            return [r = t.finish_between()](lang l) { return to_table(r, l); };
          } else
            return [r = t.finish()](lang l) { return to_table(r, l); };
        },
        tally_);
  }

 private:
  using any_tally = std::variant<placement_tally, target_tally, caseload_tally, movement_tally, kpi_tally, budget_tally>;
  report_tally(const report_options& o, any_tally t)
      : kind_(o.kind), grouped_(o.grouped), extensions_(o.extensions), tally_(std::move(t)) {}
  report_kind kind_;
  bool grouped_;
  const extension_set* extensions_;
  any_tally tally_;
};

namespace detail {
inline result<labeller> compute(const pl::caseload_store& cl, const report_options& o) {
  PL_TRY(tally, report_tally::make(o));
  tally.add(cl);
  return tally.finish();
}

/// The table of a computed report in `l`, with what o says of the columns and the reference date.
inline table labelled(const labeller& computed, const report_options& o, lang l) {
  table t = computed(l);
  t.language = l;
  mark_not_available(t, o.absent_columns);
  if (o.no_reference) {  // every date of the summary would derive from a date nobody gave
    for (auto& [key, value] : t.summary)
      if (key == "reference_date" || key == "from" || key == "to") value = reference_text(o, l);
    if (o.kind == report_kind::kpi) {  // and so would the calendar years
      t.rows.clear();
      t.row_labels.clear();
      t.row_levels.clear();
    }
  }
  return t;
}
}  // namespace detail

/// Compute the report `o.kind` over the store `cl` as of `o.reference`, labelled in `o.language`.
inline result<table> report(const pl::caseload_store& cl, const report_options& o) {
  PL_TRY(computed, detail::compute(cl, o));
  return detail::labelled(computed, o, o.language);
}

/// The report computed once, labelled in Dutch and in English.
inline result<std::pair<table, table>> report_nl_en(const pl::caseload_store& cl, const report_options& o) {
  PL_TRY(computed, detail::compute(cl, o));
  return std::pair<table, table>{detail::labelled(computed, o, lang::nl), detail::labelled(computed, o, lang::en)};
}

/// The same over records (a store of them is built first).
inline result<table> report(std::span<const record> records, const report_options& o) {
  return report(pl::caseload_store::of(records), o);
}

}  // namespace pl::reports
