// SPDX-License-Identifier: Apache-2.0
// Placement table (plaatsingstabel), SPEC §10 first bullet.
//
// Interpretations (docs/reports.md):
// - population: the caseload as of the reference date (reports/as_of.hpp): each client once, at
//   its latest measurement on or before the reference date. Clients on 9 are not in the table;
//   clients on 0 (intake, not yet placed: a status, not a step, SPEC §2) are not in the table
//   either. Both are reported in the summary (`left`, `intake`).
// - grand total = steps 1–5 + step 6 + not filled; "% of total" of every row is of the grand
//   total, so "not filled" counts in the denominator.
// - growth potential per SPEC §5: the registered flag, else derived from the target step
//   (target > step = `+`). A client on 1–5 with neither flag nor target is in neither column;
//   "% of the step" is of all clients on the step, so the two percentages can add up to < 100.
// - percentages rounded half up (reports/rounding.hpp).
// - with an extension set (SPEC §9) each base step 1–6 gets sub-step rows after it (`2.1` …) and
//   a `2.none` row for its clients without a (defined) sub-step; they always add up to the step.
// - comparability (SPEC §9 revised): the table shows the municipality's own ladder; when clients
//   are shown on sub-steps whose declared `national_step` differs from the base step (Heemskerk's
//   2.4 volunteer work → 4), the summary carries `not_comparable_clients`,
//   `not_comparable_sub_steps` (`2.4>4:2,2.6>5:1`: sub-step > national step : clients) and a
//   `comparability_note` in the report language naming each such sub-step, its national step and
//   its clients.
#pragma once

#include "../extensions.hpp"
#include "../record.hpp"
#include "as_of.hpp"
#include "as_of_tally.hpp"
#include "rounding.hpp"
#include "table.hpp"

#include <array>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

namespace pl::reports {

struct placement_row {
  std::string key;  ///< `1`…`5`, `6`, `not_filled`, `total_1_5`, `grand_total`; sub-steps `2.1`, `2.none`
  std::size_t clients = 0;
  std::optional<int> pct_of_total;
  std::optional<std::size_t> without_gp;  ///< empty where not applicable (6, not filled, grand total)
  std::optional<int> pct_without_gp;
  std::optional<std::size_t> with_gp;
  std::optional<int> pct_with_gp;
  std::optional<sub_step> sub;  ///< set on sub-step rows
  bool without_sub_step = false; ///< the `N.none` row
};

struct placement_report {
  date reference;
  std::vector<placement_row> rows;
  std::size_t intake = 0;         ///< clients on 0, not in the table
  std::size_t left = 0;           ///< clients on 9, not in the caseload
  std::size_t unknown_gp = 0;     ///< clients on 1–5 with neither growth flag nor target step
  /// SPEC §9: sub-steps with clients whose national step differs from their base step.
  std::vector<std::pair<sub_step_definition, std::size_t>> other_national;

  const placement_row* row(std::string_view key) const {
    for (const auto& r : rows)
      if (r.key == key) return &r;
    return nullptr;
  }
};

namespace detail {
struct gp_count {
  std::size_t clients = 0, without = 0, with = 0;
  void add(const measurement& r) {
    ++clients;
    const auto g = counted_growth(r);
    if (g == growth::potential) ++with;
    else if (g == growth::none) ++without;
  }
};
}  // namespace detail

/// The placement table counted a client at a time (issue 25): add() every client of a caseload
/// store — of one store, or of the stores of a file's parts of complete clients, one after the
/// other — then finish() makes the rows and percentages once. One rule for the whole store and for
/// a stream.
class placement_tally : public as_of_tally<placement_tally> {
 public:
  explicit placement_tally(const date& reference, const extension_set* ext = nullptr) : as_of_tally(reference), ext_(ext) {
    if (ext_)
      for (int s = 1; s <= 6; ++s) defs_[static_cast<std::size_t>(s)] = ext_->under(*step_from_int(s));
  }

  placement_report finish() const {
    auto out = new_report<placement_report>();
    out.intake = intake_;
    detail::gp_count total_1_5;
    for (int s = 1; s <= 5; ++s) {
      const auto& c = by_step_[static_cast<std::size_t>(s)];
      total_1_5.clients += c.clients; total_1_5.with += c.with; total_1_5.without += c.without;
    }
    out.unknown_gp = total_1_5.clients - total_1_5.with - total_1_5.without;
    const std::size_t grand = total_1_5.clients + by_step_[6].clients + not_filled_;

    auto gp_row = [&](std::string key, const detail::gp_count& c) {
      placement_row r;
      r.key = std::move(key);
      r.clients = c.clients;
      r.pct_of_total = percent(c.clients, grand);
      r.without_gp = c.without; r.pct_without_gp = percent(c.without, c.clients);
      r.with_gp = c.with; r.pct_with_gp = percent(c.with, c.clients);
      return r;
    };
    auto plain_row = [&](std::string key, std::size_t n) {
      placement_row r;
      r.key = std::move(key);
      r.clients = n;
      r.pct_of_total = percent(n, grand);
      return r;
    };
    auto sub_rows = [&](step base, bool with_growth) {
      if (!ext_) return;
      const auto defs = ext_->under(base);
      if (defs.empty()) return;
      std::vector<detail::gp_count> counts = sub_[static_cast<std::size_t>(to_int(base))];
      counts.resize(defs.size() + 1);
      for (std::size_t d = 0; d <= defs.size(); ++d) {
        const bool none = d == defs.size();
        auto r = with_growth ? gp_row(none ? to_string(base) + ".none" : defs[d]->code.to_string(), counts[d])
                             : plain_row(none ? to_string(base) + ".none" : defs[d]->code.to_string(), counts[d].clients);
        if (none) r.without_sub_step = true; else r.sub = defs[d]->code;
        if (!none && defs[d]->differs_nationally() && counts[d].clients > 0)
          out.other_national.emplace_back(*defs[d], counts[d].clients);
        out.rows.push_back(std::move(r));
      }
    };
    for (int s = 1; s <= 5; ++s) {
      out.rows.push_back(gp_row(std::to_string(s), by_step_[static_cast<std::size_t>(s)]));
      sub_rows(*step_from_int(s), true);
    }
    out.rows.push_back(plain_row("6", by_step_[6].clients));
    sub_rows(step::paid_work, false);
    out.rows.push_back(plain_row("not_filled", not_filled_));
    out.rows.push_back(gp_row("total_1_5", total_1_5));
    out.rows.push_back(plain_row("grand_total", grand));
    return out;
  }

 private:
  friend as_of_tally;
  void count(const pl::caseload_store&, const measurement& r) {
    const auto s = counted_step(r);
    if (!s) { ++not_filled_; return; }
    if (*s == step::intake) { ++intake_; return; }
    by_step_[static_cast<std::size_t>(to_int(*s))].add(r);
    if (to_int(*s) > 6) return;
    const auto& defs = defs_[static_cast<std::size_t>(to_int(*s))];
    if (defs.empty()) return;
    auto& counts = sub_[static_cast<std::size_t>(to_int(*s))];
    counts.resize(defs.size() + 1);
    const auto shown = shown_sub_step(r, *ext_);
    std::size_t k = defs.size();
    for (std::size_t d = 0; d < defs.size(); ++d)
      if (shown && defs[d]->code == *shown) k = d;
    counts[k].add(r);
  }

  const extension_set* ext_;
  std::array<detail::gp_count, 7> by_step_{};  // index = step 1..6
  std::array<std::vector<const sub_step_definition*>, 7> defs_{};  // per base step 1..6: its sub-steps (SPEC §9)
  std::array<std::vector<detail::gp_count>, 7> sub_{};  // per base step: its sub-steps, then `N.none`
  std::size_t not_filled_ = 0, intake_ = 0;
};

/// The placement table as of `reference`; `ext` adds sub-step rows (never changes base rows).
inline placement_report placement(const pl::caseload_store& cl, const date& reference, const extension_set* ext = nullptr) {
  return placement_tally::of(cl, reference, ext);
}

inline placement_report placement(std::span<const record> records, const date& reference, const extension_set* ext = nullptr) {
  return placement(pl::caseload_store::of(records), reference, ext);
}

/// The placement table as a report table; columns exactly
/// `step,clients,pct_of_total,without_gp,pct_without_gp,with_gp,pct_with_gp`.
inline table to_table(const placement_report& p, lang l, const extension_set* ext = nullptr) {
  table t;
  t.name = "placement";
  t.columns = {"step", "clients", "pct_of_total", "without_gp", "pct_without_gp", "with_gp", "pct_with_gp"};
  if (l == lang::nl) t.column_labels = {"trede", "klanten", "% van totaal", "zonder gp", "% zonder gp", "met gp", "% met gp"};
  else t.column_labels = {"step", "clients", "% of total", "without gp", "% without gp", "with gp", "% with gp"};
  for (const auto& r : p.rows) {
    t.rows.push_back({str(r.key), num(r.clients), num(r.pct_of_total), num(r.without_gp), num(r.pct_without_gp),
                      num(r.with_gp), num(r.pct_with_gp)});
    std::string lab = key_label(r.key, l);
    if (r.sub && ext)
      if (const auto* d = ext->find(*r.sub)) lab = std::string(d->label(l));
    if (r.without_sub_step) lab = l == lang::nl ? "zonder subtrede" : "without sub-step";
    t.row_labels.push_back(std::move(lab));
    t.row_levels.push_back(r.sub || r.without_sub_step ? 1 : 0);
  }
  t.summary = {{"reference_date", str(p.reference.iso())}, {"intake", num(p.intake)}, {"left", num(p.left)},
               {"unknown_gp", num(p.unknown_gp)}};
  if (!p.other_national.empty()) {
    const bool nl = l == lang::nl;
    std::size_t n = 0;
    std::string codes;  // language-neutral: `2.4>4:2,2.6>5:1` (sub-step > national step : clients)
    std::string note = nl ? "Niet vergelijkbaar met andere gemeenten: " : "Not comparable with other municipalities: ";
    for (std::size_t i = 0; i < p.other_national.size(); ++i) {
      const auto& [d, clients] = p.other_national[i];
      n += clients;
      codes += (i ? "," : "") + d.code.to_string() + ">" + to_string(d.national()) + ":" + std::to_string(clients);
      note += (i ? "; " : "") + d.code.to_string() + " " + std::string(d.label(l)) + " (" + std::to_string(clients) +
              (nl ? " klanten) ligt volgens de landelijke afbakening op trede " : " clients) lies on step ") + to_string(d.national()) +
              (nl ? ", niet op " : " by the national delimitation, not on ") + to_string(d.code.base);
    }
    note += nl ? ". De benchmarkexport gebruikt de landelijke trede." : ". The benchmark export uses the national step.";
    t.summary.emplace_back("not_comparable_clients", num(n));
    t.summary.emplace_back("not_comparable_sub_steps", str(codes));
    t.summary.emplace_back("comparability_note", str(note));
  }
  return t;
}

}  // namespace pl::reports
