// SPDX-License-Identifier: Apache-2.0
// Performance indicators per calendar year, SPEC §10 sixth bullet, over the histories of §7.
//
// Definitions (docs/reports.md). The period of year Y is Y-01-01 … Y-12-31, cut off at the
// reference date; measurements after the reference date never count.
// - gp_with_instrument (policy target 100 %): of the clients on steps 1–5 with growth potential
//   (SPEC §5 effective flag) as of the end of the period, the share with an instrument deployed —
//   field 23 yes, or field 22 yes (an instrument already in use was deployed earlier).
// - rose_or_left_after_instrument (target 80 %): clients with a measurement in the period whose
//   previous measurement was on steps 1–5 with an instrument (field 22 or 23 yes); the client
//   counts once, on the last such pair in the period; success = the later measurement is on 9
//   (left) or on a higher ladder step.
// - successful_outflow (no target): clients that reached step 6 in the period (a measurement on 6
//   whose previous measurement is missing or not on 6; the first such one in the period), and
//   held it at least 6 months: a later measurement on 6 dated at least 6 calendar months after
//   reaching it, with only step-6 measurements in between (up to the reference date).
//   `outflow_fell_back` counts those with a measurement on 0–5 or an empty step before that.
//   The rest (no confirming measurement yet, or a 9) are neither.
#pragma once

#include "../extensions.hpp"
#include "../history.hpp"
#include "../record.hpp"
#include "as_of.hpp"
#include "characteristics.hpp"
#include "rounding.hpp"
#include "table.hpp"

#include <algorithm>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace pl::reports {

struct kpi_year {
  int year = 0;
  date period_end;                       ///< Y-12-31, or the reference date when earlier
  std::size_t gp_clients = 0, gp_with_instrument = 0;
  std::size_t after_instrument = 0, rose_or_left = 0;
  std::size_t reached_6 = 0, held_6 = 0, fell_back_6 = 0;
};

struct kpi_report {
  date reference;
  std::vector<kpi_year> years;
};

namespace detail {
inline bool is_on(const record& r, step s) { return counted_step(r) == s; }
}  // namespace detail

/// One calendar year.
inline kpi_year kpi_for_year(std::span<const record> records, const std::vector<client_history>& histories, int year,
                             const date& reference) {
  kpi_year k;
  k.year = year;
  const date start{year, 1, 1};
  k.period_end = std::min(date{year, 12, 31}, reference);
  auto in_period = [&](const record& r) { return r.measured_on && start <= *r.measured_on && *r.measured_on <= k.period_end; };

  for (auto i : select_as_of(records, k.period_end).caseload) {
    const auto& r = records[i];
    const auto s = counted_step(r);
    if (!s || !can_grow(*s) || counted_growth(r) != growth::potential) continue;
    ++k.gp_clients;
    if (characteristics::has_instrument(r)) ++k.gp_with_instrument;
  }

  for (const auto& h : histories) {
    if (h.client_id.empty()) continue;
    std::vector<std::size_t> dated;  // measurements on or before the reference date, in date order
    for (auto i : h.measurements)
      if (records[i].measured_on && *records[i].measured_on <= reference) dated.push_back(i);

    std::optional<bool> after_instrument;  // success of the last pair in the period
    for (std::size_t p = 1; p < dated.size(); ++p) {
      const auto& prev = records[dated[p - 1]];
      const auto& next = records[dated[p]];
      const auto ps = counted_step(prev);
      if (!in_period(next) || !ps || !can_grow(*ps) || !characteristics::has_instrument(prev)) continue;
      const auto ns = counted_step(next);
      after_instrument = next.step == step::left || (ns && is_ladder_step(*ns) && to_int(*ns) > to_int(*ps));
    }
    if (after_instrument) {
      ++k.after_instrument;
      if (*after_instrument) ++k.rose_or_left;
    }

    for (std::size_t p = 0; p < dated.size(); ++p) {
      const auto& r = records[dated[p]];
      if (!in_period(r) || !detail::is_on(r, step::paid_work)) continue;
      if (p > 0 && detail::is_on(records[dated[p - 1]], step::paid_work)) continue;
      ++k.reached_6;
      const date due = r.measured_on->add_months(6);
      for (std::size_t q = p + 1; q < dated.size(); ++q) {
        const auto& later = records[dated[q]];
        if (detail::is_on(later, step::paid_work)) {
          if (*later.measured_on >= due) { ++k.held_6; break; }
          continue;
        }
        if (later.step != step::left) ++k.fell_back_6;
        break;
      }
      break;  // the first entry to 6 in the period
    }
  }
  return k;
}

/// Indicators for every calendar year from `first_year` to `last_year` (inclusive, capped at the
/// reference year). Without a range: from the year of the earliest measurement to the reference year.
inline kpi_report kpi(std::span<const record> records, const date& reference, std::optional<int> first_year = std::nullopt,
                      std::optional<int> last_year = std::nullopt) {
  kpi_report out;
  out.reference = reference;
  int first = reference.year;
  for (const auto& r : records)
    if (r.measured_on && *r.measured_on <= reference) first = std::min(first, r.measured_on->year);
  if (first_year) first = *first_year;
  const int last = std::min(last_year.value_or(reference.year), reference.year);
  const auto histories = build_histories(records);
  for (int y = first; y <= last; ++y) out.years.push_back(kpi_for_year(records, histories, y, reference));
  return out;
}

/// Long form, one row per year and indicator: `year,indicator,numerator,denominator,pct,target_pct`.
inline table to_table(const kpi_report& r, lang l) {
  table t;
  t.name = "kpi";
  const bool nl = l == lang::nl;
  t.columns = {"year", "indicator", "numerator", "denominator", "pct", "target_pct"};
  t.column_labels = nl ? std::vector<std::string>{"jaar", "indicator", "teller", "noemer", "%", "doel %"}
                       : std::vector<std::string>{"year", "indicator", "numerator", "denominator", "%", "target %"};
  auto add = [&](int year, const char* key, std::size_t n, std::size_t d, std::optional<int> target, std::string_view nl_label,
                 std::string_view en_label) {
    t.rows.push_back({num(static_cast<std::size_t>(year)), str(key), num(n), num(d), num(percent(n, d)), num(target)});
    t.row_labels.push_back(std::string(nl ? nl_label : en_label));
  };
  for (const auto& y : r.years) {
    add(y.year, "gp_with_instrument", y.gp_with_instrument, y.gp_clients, 100,
        "met groeipotentieel en instrument ingezet", "with growth potential and an instrument deployed");
    add(y.year, "rose_or_left_after_instrument", y.rose_or_left, y.after_instrument, 80,
        "gestegen of uitgestroomd na instrument", "rose or left after an instrument");
    add(y.year, "successful_outflow", y.held_6, y.reached_6, std::nullopt,
        "trede 6 bereikt en 6 maanden behouden", "reached step 6 and held it 6 months");
    add(y.year, "outflow_fell_back", y.fell_back_6, y.reached_6, std::nullopt,
        "trede 6 bereikt en teruggevallen", "reached step 6 and fell back");
  }
  t.summary = {{"reference_date", str(r.reference.iso())}};
  return t;
}

}  // namespace pl::reports
