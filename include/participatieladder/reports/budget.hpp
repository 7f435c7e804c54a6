// SPDX-License-Identifier: Apache-2.0
// Budget attribution per step, SPEC §10 last bullet, as a data table: steps 1–4 are paid from the
// income part (Inkomensdeel) and the participation budget; step 5 from the participation budget
// and possibly part of the income part; step 6 from neither.
//
// The report counts the caseload as of the reference date per step (as the placement table) next
// to the rule, so policy sees how many clients each budget carries. Steps 0, 9 and an empty step
// have no attribution (summary `not_attributable` counts 0 and empty).
#pragma once

#include "../extensions.hpp"
#include "../record.hpp"
#include "as_of.hpp"
#include "rounding.hpp"
#include "table.hpp"

#include <array>
#include <span>
#include <string>
#include <string_view>

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

struct budget_rule {
  step code;
  funding income_part;           ///< Inkomensdeel (Participatiewet income part, benefits)
  funding participation_budget;  ///< participatiebudget
};

/// SPEC §10 last bullet.
inline constexpr std::array<budget_rule, 6> budget_table{{
    {step::isolated, funding::yes, funding::yes},
    {step::social_contacts, funding::yes, funding::yes},
    {step::organised_activities, funding::yes, funding::yes},
    {step::unpaid_work, funding::yes, funding::yes},
    {step::paid_work_with_support, funding::partly, funding::yes},
    {step::paid_work, funding::no, funding::no},
}};

struct budget_row {
  budget_rule rule;
  std::size_t clients = 0;
  std::optional<int> pct;  ///< of the clients on steps 1–6
};

struct budget_report {
  date reference;
  std::array<budget_row, 6> rows{};
  std::size_t on_ladder = 0;          ///< clients on 1–6
  std::size_t not_attributable = 0;   ///< clients on 0 or with an empty step
  std::size_t income_part_full = 0, income_part_partly = 0, participation_budget = 0;
};

inline budget_report budget(std::span<const record> records, const date& reference) {
  budget_report out;
  out.reference = reference;
  for (std::size_t i = 0; i < budget_table.size(); ++i) out.rows[i].rule = budget_table[i];
  for (auto i : select_as_of(records, reference).caseload) {
    const auto s = counted_step(records[i]);
    if (!s || !is_ladder_step(*s)) { ++out.not_attributable; continue; }
    ++out.on_ladder;
    for (auto& row : out.rows)
      if (row.rule.code == *s) ++row.clients;
  }
  for (auto& row : out.rows) {
    row.pct = percent(row.clients, out.on_ladder);
    if (row.rule.income_part == funding::yes) out.income_part_full += row.clients;
    if (row.rule.income_part == funding::partly) out.income_part_partly += row.clients;
    if (row.rule.participation_budget != funding::no) out.participation_budget += row.clients;
  }
  return out;
}

/// Columns `step,clients,pct,income_part,participation_budget`; rows `1`…`6`.
inline table to_table(const budget_report& b, lang l) {
  table t;
  t.name = "budget";
  t.columns = {"step", "clients", "pct", "income_part", "participation_budget"};
  t.column_labels = l == lang::nl ? std::vector<std::string>{"trede", "klanten", "%", "inkomensdeel", "participatiebudget"}
                                  : std::vector<std::string>{"step", "clients", "%", "income part", "participation budget"};
  for (const auto& row : b.rows) {
    t.rows.push_back({str(to_string(row.rule.code)), num(row.clients), num(row.pct), str(to_string(row.rule.income_part)),
                      str(to_string(row.rule.participation_budget))});
    t.row_labels.push_back(key_label(to_string(row.rule.code), l));
  }
  t.summary = {{"reference_date", str(b.reference.iso())},
               {"clients_income_part", num(b.income_part_full)},
               {"clients_income_part_partly", num(b.income_part_partly)},
               {"clients_participation_budget", num(b.participation_budget)},
               {"not_attributable", num(b.not_attributable)}};
  return t;
}

}  // namespace pl::reports
