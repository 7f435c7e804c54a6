// SPDX-License-Identifier: Apache-2.0
// Budget attribution per step, SPEC §10 last bullet (revised), as configuration: per step and
// income situation which budgets carry a client — the income part (Inkomensdeel) and the
// participation budget — optionally a share (for `partly`) and a cost per client-year, giving
// totals. The default is the Sneek table of the source: steps 1–4 from the income part and the
// participation budget; step 5 from the participation budget and partly (50 %) the income part;
// step 6 from neither; a client without a benefit (income c, NUG-er) is never charged to the
// income part.
//
// The report counts the caseload as of the reference date per step (as the placement table): per
// step the clients, how many each budget carries, and with costs the totals (whole euros per
// year, rounded half up). Steps 0, 9 and an empty step have no attribution (`not_attributable`).
// A client on a step no rule covers is `not_attributable` too (named in the summary).
#pragma once

#include "../extensions.hpp"
#include "../record.hpp"
#include "as_of.hpp"
#include "as_of_tally.hpp"
#include "rounding.hpp"
#include "table.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace pl::reports {

enum class funding : unsigned char { yes, partly, no };

constexpr std::string_view to_string(funding f) noexcept {
  switch (f) {
    case funding::yes: return "yes";
    case funding::partly: return "partly";
    case funding::no: return "no";
  }
  return "no";
}

constexpr text funding_label(funding f) noexcept {
  switch (f) {
    case funding::yes: return {"ja", "yes"};
    case funding::partly: return {"deels", "partly"};
    case funding::no: return {"nee", "no"};
  }
  return {"nee", "no"};
}

/// One line of a budget configuration: which clients (steps, optionally one income situation) and
/// what they are charged to. The first line that matches a client applies.
struct budget_line {
  std::vector<step> steps;                 ///< ladder steps 1–6 this line covers
  std::optional<income> income_situation;  ///< only clients with this income (SPEC §6 field 15); empty: any
  funding income_part = funding::no;
  funding participation_budget = funding::no;
  int share = 50;                          ///< percent charged where a budget is `partly`
  std::optional<double> cost_income_part = std::nullopt;           ///< euro per client-year, when known
  std::optional<double> cost_participation_budget = std::nullopt;  ///< euro per client-year, when known

  bool covers(step s, std::optional<income> i) const {
    if (std::find(steps.begin(), steps.end(), s) == steps.end()) return false;
    return !income_situation || income_situation == i;
  }
};

struct budget_config {
  std::string name;
  std::vector<budget_line> lines;

  /// The line that applies to a client on step `s` with income `i`, or nullptr.
  const budget_line* match(step s, std::optional<income> i) const {
    for (const auto& l : lines)
      if (l.covers(s, i)) return &l;
    return nullptr;
  }
};

/// SPEC §10: the default (Sneek) attribution.
inline budget_config default_budget_config() {
  const std::vector<step> low{step::isolated, step::social_contacts, step::organised_activities, step::unpaid_work};
  budget_config c;
  c.name = "Sneek";
  c.lines = {
      {low, income::no_benefit, funding::no, funding::yes},  // no benefit: never the income part
      {low, std::nullopt, funding::yes, funding::yes},
      {{step::paid_work_with_support}, income::no_benefit, funding::no, funding::yes},
      {{step::paid_work_with_support}, std::nullopt, funding::partly, funding::yes},
      {{step::paid_work}, std::nullopt, funding::no, funding::no},
  };
  return c;
}

/// Validation: every line covers at least one ladder step, a share lies in 1–100, costs are not
/// negative. `where` names the source in messages.
inline result<void> validate(const budget_config& c, std::string_view where) {
  for (std::size_t i = 0; i < c.lines.size(); ++i) {
    const auto& l = c.lines[i];
    const std::string at = std::string(where) + ".rules[" + std::to_string(i) + "]";
    if (l.steps.empty()) return fail(errc::config, at + ".steps: no step (expected ladder steps 1-6)");
    for (const auto s : l.steps)
      if (!is_ladder_step(s)) return fail(errc::config, at + ".steps: " + to_string(s) + " is not a ladder step 1-6 (0 and 9 carry no budget)");
    if (l.share < 1 || l.share > 100) return fail(errc::config, at + ".share: " + std::to_string(l.share) + " is not a percentage 1-100");
    for (const auto& cost : {l.cost_income_part, l.cost_participation_budget})
      if (cost && !(*cost >= 0)) return fail(errc::config, at + ": a cost per client-year cannot be negative");
  }
  return success();
}

struct budget_row {
  step code = step::isolated;
  std::optional<funding> income_part, participation_budget;  ///< of the step's general line (any income), for display
  std::size_t clients = 0;
  std::optional<int> pct;  ///< of the clients on steps 1–6
  std::size_t clients_income_part = 0, clients_participation_budget = 0;  ///< charged, fully or partly
  double cost_income_part = 0, cost_participation_budget = 0;
};

struct budget_report {
  date reference;
  std::string config_name;
  bool with_costs = false;            ///< some line has a cost
  std::array<budget_row, 6> rows{};   ///< steps 1–6
  std::size_t on_ladder = 0;          ///< clients on 1–6
  std::size_t not_attributable = 0;   ///< clients on 0, with an empty step, or on a step no line covers
  std::size_t income_part_full = 0, income_part_partly = 0, participation_budget = 0;
  double cost_income_part = 0, cost_participation_budget = 0;
};

namespace detail {
constexpr double charged(funding f, int share) noexcept {
  return f == funding::yes ? 1.0 : f == funding::partly ? share / 100.0 : 0.0;
}
/// Whole euros, rounded half up.
inline std::int64_t euros(double v) { return static_cast<std::int64_t>(v + 0.5); }
}  // namespace detail

/// The budget attribution counted a client at a time (issue 25; as placement_tally): add(), then
/// finish(). The costs are made once at the end, per step and line: the clients the line charges
/// times its cost per client-year — the same sum however the clients came in.
class budget_tally : public as_of_tally<budget_tally> {
 public:
  budget_tally(const date& reference, const budget_config* config = nullptr)
      : as_of_tally(reference), config_(config ? *config : default_budget_config()), charged_(config_.lines.size()) {}

  budget_report finish() const {
    const budget_config& c = config_;
    auto out = new_report<budget_report>();
    out.config_name = c.name;
    out.not_attributable = not_attributable_;
    for (std::size_t i = 0; i < out.rows.size(); ++i) {
      auto& row = out.rows[i];
      row.code = *step_from_int(static_cast<int>(i) + 1);
      for (const auto& l : c.lines)
        if (!l.income_situation && l.covers(row.code, std::nullopt)) {
          row.income_part = l.income_part;
          row.participation_budget = l.participation_budget;
          break;
        }
    }
    for (const auto& l : c.lines) out.with_costs = out.with_costs || l.cost_income_part || l.cost_participation_budget;
    for (std::size_t k = 0; k < c.lines.size(); ++k) {
      const auto& line = c.lines[k];
      for (std::size_t i = 0; i < out.rows.size(); ++i) {
        const std::size_t n = charged_[k][i];
        if (n == 0) continue;
        auto& row = out.rows[i];
        out.on_ladder += n;
        row.clients += n;
        if (line.income_part != funding::no) {
          row.clients_income_part += n;
          (line.income_part == funding::yes ? out.income_part_full : out.income_part_partly) += n;
        }
        if (line.participation_budget != funding::no) {
          row.clients_participation_budget += n;
          out.participation_budget += n;
        }
        row.cost_income_part += static_cast<double>(n) * (line.cost_income_part.value_or(0) * detail::charged(line.income_part, line.share));
        row.cost_participation_budget +=
            static_cast<double>(n) * (line.cost_participation_budget.value_or(0) * detail::charged(line.participation_budget, line.share));
      }
    }
    for (auto& row : out.rows) {
      row.pct = percent(row.clients, out.on_ladder);
      out.cost_income_part += row.cost_income_part;
      out.cost_participation_budget += row.cost_participation_budget;
    }
    return out;
  }

 private:
  friend as_of_tally;
  void count(const pl::caseload_store&, const measurement& r) {
    const auto s = counted_step(r);
    const budget_line* line = s && is_ladder_step(*s) ? config_.match(*s, r.income_situation) : nullptr;
    if (!line) { ++not_attributable_; return; }
    ++charged_[static_cast<std::size_t>(line - config_.lines.data())][static_cast<std::size_t>(to_int(*s) - 1)];
  }

  budget_config config_;
  std::vector<std::array<std::size_t, 6>> charged_;  ///< per line, per step 1–6: the clients it applies to
  std::size_t not_attributable_ = 0;
};

inline budget_report budget(const pl::caseload_store& cl, const date& reference, const budget_config* config = nullptr) {
  return budget_tally::of(cl, reference, config);
}

/// Columns `step,clients,pct,income_part,participation_budget,clients_income_part,
/// clients_participation_budget,cost_income_part,cost_participation_budget`; rows `1`…`6`. The two
/// funding columns show the step's general line (any income); costs are empty without costs.
inline budget_report budget(std::span<const record> records, const date& reference, const budget_config* config = nullptr) {
  return budget(pl::caseload_store::of(records), reference, config);
}

inline table to_table(const budget_report& b, lang l) {
  table t;
  t.name = "budget";
  t.columns = {"step", "clients", "pct", "income_part", "participation_budget", "clients_income_part",
               "clients_participation_budget", "cost_income_part", "cost_participation_budget"};
  t.column_labels = l == lang::nl
                        ? std::vector<std::string>{"trede", "klanten", "%", "inkomensdeel", "participatiebudget",
                                                   "klanten inkomensdeel", "klanten participatiebudget",
                                                   "kosten inkomensdeel (€/jaar)", "kosten participatiebudget (€/jaar)"}
                        : std::vector<std::string>{"step", "clients", "%", "income part", "participation budget",
                                                   "clients income part", "clients participation budget",
                                                   "cost income part (€/year)", "cost participation budget (€/year)"};
  auto funding_cell = [](const std::optional<funding>& f) { return f ? str(to_string(*f)) : cell(); };
  auto cost_cell = [&](double v) { return b.with_costs ? cell(detail::euros(v)) : cell(); };
  for (const auto& row : b.rows) {
    t.rows.push_back({str(to_string(row.code)), num(row.clients), num(row.pct), funding_cell(row.income_part),
                      funding_cell(row.participation_budget), num(row.clients_income_part),
                      num(row.clients_participation_budget), cost_cell(row.cost_income_part),
                      cost_cell(row.cost_participation_budget)});
    t.row_labels.push_back(key_label(to_string(row.code), l));
  }
  t.summary = {{"reference_date", str(b.reference.iso())},
               {"budget_config", str(b.config_name)},
               {"clients_income_part", num(b.income_part_full)},
               {"clients_income_part_partly", num(b.income_part_partly)},
               {"clients_participation_budget", num(b.participation_budget)},
               {"not_attributable", num(b.not_attributable)}};
  if (b.with_costs) {
    t.summary.emplace_back("total_cost_income_part", cell(detail::euros(b.cost_income_part)));
    t.summary.emplace_back("total_cost_participation_budget", cell(detail::euros(b.cost_participation_budget)));
  }
  return t;
}

}  // namespace pl::reports
