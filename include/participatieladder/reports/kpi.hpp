// SPDX-License-Identifier: Apache-2.0
// Performance indicators per calendar year, SPEC §10 sixth bullet (revised), over the histories of §7.
//
// Definitions (docs/reports.md). The period of year Y is Y-01-01 … Y-12-31, cut off at the
// reference date; measurements after the reference date never count.
// - gp_with_instrument (policy target 100 %): of the clients on steps 1–5 with growth potential
//   (SPEC §5 effective flag) as of the end of the period, the share with an instrument deployed —
//   field 23 yes, or field 22 yes (an instrument already in use was deployed earlier).
// - rose_or_left_after_instrument (target 80 %): clients with a measurement in the period whose
//   previous measurement was on steps 1–5 with an instrument (field 22 or 23 yes); the client
//   counts once, on the last such pair in the period; success = the later measurement is on a
//   higher ladder step, or on 9 with exit reason work or education (SPEC §7: leaving is not by
//   itself a success). left_other_after_instrument: the other moves to 9 (another reason, or
//   none), shown apart over the same denominator.
// - successful_outflow (no target): clients who reached step 6 in the period — a measurement on 6
//   whose previous measurement is missing or not on 6, or a move to 9 with exit reason work from a
//   measurement not on 6 (left to work) — the first such event in the period. It counts once 6
//   calendar months have passed by the reference date (before that: outflow_pending, shown apart,
//   not in the denominator); it is successful unless a measurement on 0–5 follows within those
//   6 months (then outflow_fell_back). No later measurement is needed to confirm it: after outflow,
//   registration stops.
// - inflow_new / inflow_reentry: clients whose first measurement lies in the period (new inflow),
//   and clients who come back from 9 onto 0–6 in the period (re-entry, terugstroom, SPEC §7).
// - put_on_trajectory: clients with an instrument deployed (field 23) on a measurement in the
//   period, once, per target step of that measurement (`1-` … `5+`, `6`, not filled).
// - no_gp_kept_level: clients on steps 1–5 without growth potential at a measurement whose next
//   measurement lies in the period (not on 9, a filled step; the last such pair); success = the
//   next step is at least the earlier one (behoud van participatieniveau).
#pragma once

#include "../exit_reason.hpp"
#include "../extensions.hpp"
#include "../caseload_store.hpp"
#include "../record.hpp"
#include "as_of.hpp"
#include "characteristics.hpp"
#include "rounding.hpp"
#include "table.hpp"
#include "target_table.hpp"

#include <algorithm>
#include <climits>
#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace pl::reports {

struct kpi_year {
  int year = 0;
  date period_end;                       ///< Y-12-31, or the reference date when earlier
  std::size_t gp_clients = 0, gp_with_instrument = 0;
  std::size_t after_instrument = 0, rose_or_left = 0, left_other = 0;
  std::size_t reached_6 = 0, held_6 = 0, fell_back_6 = 0, pending_6 = 0;
  std::size_t inflow_new = 0, inflow_reentry = 0;
  std::map<std::string, std::size_t> trajectory_by_target;  ///< target key (or not_filled) → clients
  std::size_t put_on_trajectory = 0;
  std::size_t no_gp_clients = 0, no_gp_kept_level = 0;

  /// Reached 6 and the 6 months have passed: the denominator of successful_outflow.
  std::size_t outflow_due() const noexcept { return reached_6 - pending_6; }
};

struct kpi_report {
  date reference;
  std::vector<kpi_year> years;
};

namespace detail {
inline bool is_on(const measurement& r, step s) { return counted_step(r) == s; }
/// Steps 0–5: the client is back in the caseload below paid work (SPEC §10 successful outflow).
inline bool on_0_to_5(const measurement& r) {
  const auto s = counted_step(r);
  return s && to_int(*s) <= 5;
}
inline bool left_to(const measurement& r, bool (*pred)(exit_reason)) { return r.step == step::left && r.exit_reason && pred(*r.exit_reason); }
inline bool is_work(exit_reason e) { return e == exit_reason::work; }
}  // namespace detail

namespace detail {
/// Year `k.year`'s indicators of one client (its history `h`, `dated`: its measurements on or
/// before the reference date, in date order), added to `k`.
inline void kpi_add_client(kpi_year& k, std::span<const measurement> records, std::span<const std::uint32_t> h,
                           const std::vector<std::size_t>& dated, const date& reference) {
  const date start{k.year, 1, 1};
  auto in_period = [&](const measurement& r) { return r.measured_on && start <= *r.measured_on && *r.measured_on <= k.period_end; };

  if (const auto latest = latest_on_or_before(records, h, k.period_end); latest && records[*latest].step != step::left) {
    const auto& r = records[*latest];
    const auto s = counted_step(r);
    if (s && can_grow(*s) && counted_growth(r) == growth::potential) {
      ++k.gp_clients;
      if (characteristics::has_instrument(r)) ++k.gp_with_instrument;
    }
  }

  enum class after { rose_or_good_exit, left_other, neither };
  std::optional<after> after_instrument;  // outcome of the last pair in the period
  for (std::size_t p = 1; p < dated.size(); ++p) {
    const auto& prev = records[dated[p - 1]];
    const auto& next = records[dated[p]];
    const auto ps = counted_step(prev);
    if (!in_period(next) || !ps || !can_grow(*ps) || !characteristics::has_instrument(prev)) continue;
    const auto ns = counted_step(next);
    if (next.step == step::left)
      after_instrument = next.exit_reason && is_good_exit(*next.exit_reason) ? after::rose_or_good_exit : after::left_other;
    else if (ns && is_ladder_step(*ns) && to_int(*ns) > to_int(*ps))
      after_instrument = after::rose_or_good_exit;
    else
      after_instrument = after::neither;
  }
  if (after_instrument) {
    ++k.after_instrument;
    if (*after_instrument == after::rose_or_good_exit) ++k.rose_or_left;
    if (*after_instrument == after::left_other) ++k.left_other;
  }

  // successful outflow: the first entry to 6 (or left to work) in the period
  for (std::size_t p = 0; p < dated.size(); ++p) {
    const auto& r = records[dated[p]];
    if (!in_period(r)) continue;
    const bool prev_on_6 = p > 0 && detail::is_on(records[dated[p - 1]], step::paid_work);
    const bool reached = (detail::is_on(r, step::paid_work) || detail::left_to(r, detail::is_work)) && !prev_on_6;
    if (!reached) continue;
    ++k.reached_6;
    const date due = r.measured_on->add_months(6);
    if (due > reference) { ++k.pending_6; break; }
    bool fell_back = false;
    for (std::size_t q = p + 1; q < dated.size() && *records[dated[q]].measured_on <= due; ++q)
      fell_back = fell_back || detail::on_0_to_5(records[dated[q]]);
    if (fell_back) ++k.fell_back_6;
    else ++k.held_6;
    break;
  }

  // inflow: new, and re-entry after 9 (SPEC §7)
  if (!dated.empty() && in_period(records[dated.front()])) ++k.inflow_new;
  for (std::size_t p = 1; p < dated.size(); ++p)
    if (in_period(records[dated[p]]) && records[dated[p - 1]].step == step::left && records[dated[p]].step &&
        records[dated[p]].step != step::left) {
      ++k.inflow_reentry;
      break;
    }

  // put on a trajectory, per target step
  for (auto i : dated) {
    const auto& r = records[i];
    if (!in_period(r) || r.instrument_deployed != true) continue;
    ++k.put_on_trajectory;
    ++k.trajectory_by_target[r.target_step ? target_key(*r.target_step, r.target_growth) : std::string("not_filled")];
    break;
  }

  // clients without growth potential kept at their level
  std::optional<bool> kept;
  for (std::size_t p = 1; p < dated.size(); ++p) {
    const auto& prev = records[dated[p - 1]];
    const auto& next = records[dated[p]];
    const auto ps = counted_step(prev), ns = counted_step(next);
    if (!in_period(next) || !ps || !can_grow(*ps) || counted_growth(prev) != growth::none) continue;
    if (!ns || next.step == step::left) continue;
    kept = to_int(*ns) >= to_int(*ps);
  }
  if (kept) {
    ++k.no_gp_clients;
    if (*kept) ++k.no_gp_kept_level;
  }
}

/// An empty year `year` as of `reference`.
inline kpi_year kpi_empty_year(int year, const date& reference) {
  kpi_year k;
  k.year = year;
  k.period_end = std::min(date{year, 12, 31}, reference);
  return k;
}
}  // namespace detail

/// The indicators counted a client at a time (issue 25; as placement_tally): add() every client,
/// of one store or of the stores of a file's parts of complete clients, then finish(). A client
/// counts in the years from its first measurement on (before it, it has none to count).
class kpi_tally {
 public:
  kpi_tally(const date& reference, std::optional<int> first_year = std::nullopt, std::optional<int> last_year = std::nullopt)
      : reference_(reference), first_year_(first_year), last_(std::min(last_year.value_or(reference.year), reference.year)) {}

  void add(const pl::caseload_store& cl, std::uint32_t client) {
    const auto records = cl.rows();
    const auto h = cl.history(client);
    dated_.clear();  // the client's measurements on or before the reference date, in date order
    for (auto i : h)
      if (records[i].measured_on && *records[i].measured_on <= reference_) dated_.push_back(i);
    if (dated_.empty()) return;
    const int from = std::max(first_year_.value_or(INT_MIN), records[dated_.front()].measured_on->year);
    for (int y = from; y <= last_; ++y) {
      auto it = years_.find(y);
      if (it == years_.end()) it = years_.emplace(y, detail::kpi_empty_year(y, reference_)).first;
      detail::kpi_add_client(it->second, records, h, dated_, reference_);
    }
  }
  /// Every client of `cl`, and its earliest measurement (the first year, when none is given).
  void add(const pl::caseload_store& cl) {
    for (const auto& r : cl.rows())
      if (r.measured_on && r.measured_on.days() <= reference_.days() && (!earliest_ || r.measured_on.days() < *earliest_))
        earliest_ = r.measured_on.days();
    for (std::uint32_t c = 0; c < cl.clients(); ++c) add(cl, c);
  }

  /// Every calendar year from the first (given, else the year of the earliest measurement on or
  /// before the reference date) to the last (given, capped at the reference year).
  kpi_report finish() const {
    kpi_report out;
    out.reference = reference_;
    int first = reference_.year;
    if (earliest_) first = std::min(first, date::from_days(*earliest_).year);
    if (first_year_) first = *first_year_;
    for (int y = first; y <= last_; ++y) {
      const auto it = years_.find(y);
      out.years.push_back(it != years_.end() ? it->second : detail::kpi_empty_year(y, reference_));
    }
    return out;
  }

 private:
  date reference_;
  std::optional<int> first_year_;
  int last_;
  std::optional<std::int32_t> earliest_;  ///< day number of the earliest measurement on or before the reference date
  std::map<int, kpi_year> years_;
  std::vector<std::size_t> dated_;
};

/// One calendar year.
inline kpi_year kpi_for_year(const pl::caseload_store& cl, int year, const date& reference) {
  const auto records = cl.rows();
  auto k = detail::kpi_empty_year(year, reference);
  std::vector<std::size_t> dated;
  for (std::uint32_t c = 0; c < cl.clients(); ++c) {
    dated.clear();
    for (auto i : cl.history(c))
      if (records[i].measured_on && *records[i].measured_on <= reference) dated.push_back(i);
    detail::kpi_add_client(k, records, cl.history(c), dated, reference);
  }
  return k;
}

/// Indicators for every calendar year from `first_year` to `last_year` (inclusive, capped at the
/// reference year). Without a range: from the year of the earliest measurement to the reference year.
inline kpi_report kpi(const pl::caseload_store& cl, const date& reference, std::optional<int> first_year = std::nullopt,
                      std::optional<int> last_year = std::nullopt) {
  kpi_tally t(reference, first_year, last_year);
  t.add(cl);
  return t.finish();
}

inline kpi_report kpi(std::span<const record> records, const date& reference, std::optional<int> first_year = std::nullopt,
                      std::optional<int> last_year = std::nullopt) {
  return kpi(pl::caseload_store::of(records), reference, first_year, last_year);
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
        "gestegen of uitgestroomd naar werk of opleiding na instrument", "rose, or left to work or education, after an instrument");
    add(y.year, "left_other_after_instrument", y.left_other, y.after_instrument, std::nullopt,
        "anders uitgestroomd na instrument (geen succes)", "left otherwise after an instrument (not a success)");
    add(y.year, "successful_outflow", y.held_6, y.outflow_due(), std::nullopt,
        "duurzaam uitgestroomd: trede 6 bereikt, 6 maanden niet terug op 0-5", "successful outflow: reached 6, not back on 0-5 within 6 months");
    add(y.year, "outflow_fell_back", y.fell_back_6, y.outflow_due(), std::nullopt,
        "trede 6 bereikt en binnen 6 maanden teruggevallen", "reached step 6 and fell back within 6 months");
    add(y.year, "outflow_pending", y.pending_6, y.reached_6, std::nullopt,
        "trede 6 bereikt, 6 maanden nog niet om", "reached step 6, 6 months not yet passed");
    add(y.year, "inflow_new", y.inflow_new, y.inflow_new + y.inflow_reentry, std::nullopt, "nieuwe instroom", "new inflow");
    add(y.year, "inflow_reentry", y.inflow_reentry, y.inflow_new + y.inflow_reentry, std::nullopt,
        "terugstroom na uitstroom (9)", "re-entry after leaving (9)");
    add(y.year, "put_on_trajectory", y.put_on_trajectory, y.put_on_trajectory, std::nullopt,
        "op traject gezet (instrument ingezet)", "put on a trajectory (instrument deployed)");
    std::vector<std::string> keys(target_keys.begin(), target_keys.end());
    keys.emplace_back("not_filled");
    for (const auto& key : keys) {  // the order of the target table (SPEC §10), only targets present
      const auto found = y.trajectory_by_target.find(key);
      if (found == y.trajectory_by_target.end()) continue;
      const std::size_t n = found->second;
      const std::string ind = "put_on_trajectory_target_" + key;
      const std::string nl_label = "op traject gezet, doeltrede " + (key == "not_filled" ? std::string("niet gevuld") : key);
      const std::string en_label = "put on a trajectory, target " + (key == "not_filled" ? std::string("not filled") : key);
      add(y.year, ind.c_str(), n, y.put_on_trajectory, std::nullopt, nl_label, en_label);
    }
    add(y.year, "no_gp_kept_level", y.no_gp_kept_level, y.no_gp_clients, std::nullopt,
        "zonder groeipotentieel, niveau behouden", "without growth potential, level kept");
  }
  t.summary = {{"reference_date", str(r.reference.iso())}};
  return t;
}

}  // namespace pl::reports
