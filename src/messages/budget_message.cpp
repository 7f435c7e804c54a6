// SPDX-License-Identifier: Apache-2.0
#include "messages/budget_message.hpp"

#include "messages/json.hpp"
#include "support/text_file.hpp"

#include <participatieladder/fields.hpp>

#include <algorithm>
#include <utility>

namespace pl::messages {

namespace v1 = participatieladder::v1;

namespace {

/// `yes`/`partly`/`no`, or the Dutch label the report shows (`ja`/`deels`/`nee`): budget.hpp's spellings.
result<reports::funding> funding_of(const std::string& text, const std::string& where) {
  for (const auto f : {reports::funding::yes, reports::funding::partly, reports::funding::no})
    if (text == reports::to_string(f) || text == reports::funding_label(f).nl) return f;
  return fail(errc::config, where + ": '" + text + "' is not yes, partly or no");
}

}  // namespace

result<reports::budget_config> from_message(const v1::BudgetConfig& m, std::string_view where) {
  reports::budget_config c;
  c.name = m.name();
  for (int i = 0; i < m.rules_size(); ++i) {
    const auto& r = m.rules(i);
    const std::string at = std::string(where) + ".rules[" + std::to_string(i) + "]";
    reports::budget_line l;
    for (const auto s : r.steps()) {
      const auto st = step_from_int(static_cast<int>(std::min<std::uint32_t>(s, 100)));
      if (!st || !is_ladder_step(*st))
        return fail(errc::config, at + ".steps: " + std::to_string(s) + " is not a ladder step 1-6 (0 and 9 carry no budget)");
      l.steps.push_back(*st);
    }
    if (!r.income_situation().empty()) {
      auto inc = parse_income(r.income_situation());
      if (!inc) return fail(errc::config, at + ".income_situation: " + inc.error().message);
      l.income_situation = inc.value();
    }
    PL_TRY(ip, funding_of(r.income_part().empty() ? std::string("no") : r.income_part(), at + ".income_part"));
    PL_TRY(pb, funding_of(r.participation_budget().empty() ? std::string("no") : r.participation_budget(),
                          at + ".participation_budget"));
    l.income_part = ip;
    l.participation_budget = pb;
    if (r.share() != 0) l.share = static_cast<int>(std::min<std::uint32_t>(r.share(), 1000));
    if (r.has_cost_income_part()) l.cost_income_part = r.cost_income_part();
    if (r.has_cost_participation_budget()) l.cost_participation_budget = r.cost_participation_budget();
    c.lines.push_back(std::move(l));
  }
  if (c.lines.empty()) return fail(errc::config, std::string(where) + ".rules: no rule (a budget configuration needs at least one)");
  PL_TRY(reports::validate(c, where));
  return c;
}

result<v1::BudgetConfig> parse_budget_config(std::string_view json, std::string_view name) {
  if (json.substr(0, 3) == "\xEF\xBB\xBF") json.remove_prefix(3);  // a UTF-8 BOM, as editors on Windows write
  v1::BudgetConfig m;
  PL_TRY(from_json(json, m, name));
  PL_TRY(valid, from_message(m, name));
  (void)valid;
  return m;
}

result<reports::budget_config> read_budget_config(const std::string& path) {
  PL_TRY(text, support::read_text_file(path, "budget file"));
  PL_TRY(m, parse_budget_config(text, path));
  return from_message(m, path);
}

}  // namespace pl::messages
