// SPDX-License-Identifier: Apache-2.0
// The consistency-check engine, SPEC §8: runs the catalogue (check_catalogue.hpp) with its
// predicates (check_rules.hpp) over a set of records and their histories (SPEC §7), under a
// municipality's configuration (checks switched off, severities changed, intervals).
//
// Findings are data, never errors. They come out in a deterministic order: by record index, then
// check id (then variant, in catalogue order). The reference date is an input, never the clock.
// Cost: the records grouped by client for the histories (check_history.hpp), then one pass in which
// the table's predicates are called directly; nothing is allocated per record except the findings.
#pragma once

#include "check_catalogue.hpp"
#include "check_history.hpp"
#include "check_message.hpp"
#include "check_rules.hpp"
#include "error.hpp"
#include "finding.hpp"
#include "record.hpp"

#include <array>
#include <functional>
#include <map>
#include <set>
#include <utility>
#include <span>
#include <string>
#include <vector>

namespace pl {

/// A municipality's check settings (SPEC §8: "a municipality can switch checks off or change
/// severities"; SPEC §7: the re-assessment interval is a setting).
struct check_config {
  std::set<std::string, std::less<>> disabled_checks;                 ///< ids, e.g. "PL018"
  std::map<std::string, severity, std::less<>> severity_overrides;    ///< id → severity (all variants)
  int reassessment_months = 12;  ///< SPEC §7 (PL011, PL021)
  int intake_months = 3;         ///< SPEC §8 (PL019)
  /// SPEC §9: the municipality's extension set (not owned). With it PL014 also flags sub-steps the
  /// set does not define; without it only sub-steps under another step.
  const extension_set* extensions = nullptr;
};

/// The configuration as given, or errc::config naming what is wrong: an id that is not in the
/// catalogue, an interval that is not a positive number of months.
inline result<check_config> validate(const check_config& config) {
  for (const auto& id : config.disabled_checks)
    if (!find_check(id)) return fail(errc::config, "disabled_checks: '" + id + "' is not a check id (expected PL001-PL023)");
  for (const auto& [id, sev] : config.severity_overrides)
    if (!find_check(id)) return fail(errc::config, "severity: '" + id + "' is not a check id (expected PL001-PL023)");
  if (config.reassessment_months <= 0)
    return fail(errc::config, "reassessment_months: " + std::to_string(config.reassessment_months) +
                                  " is not a positive number of months");
  if (config.intake_months <= 0)
    return fail(errc::config, "intake_months: " + std::to_string(config.intake_months) +
                                  " is not a positive number of months");
  return config;
}

/// One rule of `check_rules` resolved against the catalogue and a configuration.
struct active_rule {
  const check_rule* rule;
  const check_info* check;
  check_variant variant;
  pl::severity severity;  ///< after the configuration's override
};

/// The enabled rules under `config`, in catalogue order. Unknown ids in the configuration are
/// ignored here (validate() reports them).
inline std::vector<active_rule> active_rules(const check_config& config) {
  std::vector<active_rule> out;
  out.reserve(check_rules.size());
  for (const auto& rule : check_rules) {
    if (config.disabled_checks.count(rule.id) != 0) continue;
    const check_info* c = find_check(rule.id);
    const auto v = find_variant(*c, rule.variant);  // proven to exist by static_assert
    severity sev = v->severity;
    if (const auto it = config.severity_overrides.find(rule.id); it != config.severity_overrides.end()) sev = it->second;
    out.push_back({&rule, c, *v, sev});
  }
  return out;
}

/// Build the finding of `rule` on records[index].
inline finding make_finding(const active_rule& a, const check_input& in, std::span<const record> records, std::size_t index) {
  finding f;
  f.check = std::string(a.check->id);
  f.severity = a.severity;
  f.client_id = in.r.client_id;
  f.line = in.r.line;
  f.record_index = index;
  f.measured_on = in.r.measured_on;
  f.fields.reserve(a.variant.fields.size());
  for (const auto key : a.variant.fields) f.fields.emplace_back(key);
  f.message_nl = render_message(a.variant.message.nl, {in, records, index, lang::nl});
  f.message_en = render_message(a.variant.message.en, {in, records, index, lang::en});
  return f;
}

namespace checks_detail {

/// Where each rule of `check_rules` is among a plan's active rules (`none`: switched off), and
/// whether the active rules are in table order (plan_checks makes them so).
struct rule_slots {
  static constexpr std::size_t none = static_cast<std::size_t>(-1);
  std::array<std::size_t, check_rules.size()> of_rule;
  bool in_table_order = true;
};

inline rule_slots slots_of(std::span<const active_rule> rules) noexcept {
  rule_slots s;
  s.of_rule.fill(rule_slots::none);
  std::size_t previous = 0;
  for (std::size_t k = 0; k < rules.size(); ++k) {
    std::size_t t = 0;
    while (t < check_rules.size() && &check_rules[t] != rules[k].rule) ++t;
    if (t == check_rules.size() || (k > 0 && t <= previous)) {
      s.in_table_order = false;
      return s;
    }
    s.of_rule[t] = k;
    previous = t;
  }
  return s;
}

/// Rule K of the table on one record: its predicate is known when compiling, so it is called
/// directly (and inlined) rather than through a pointer, 29 times per record.
template <std::size_t K>
inline bool rule_fires(const check_input& in) noexcept {
  constexpr check_predicate fires = check_rules[K].fires;
  return fires(in);
}

/// found(k) for every active rule (of_rule[K] = k) that fires on `in`, in table order: the order
/// of run_checks' loop over the plan's rules.
template <class Found, std::size_t... K>
inline void each_firing_rule(const std::array<std::size_t, check_rules.size()>& of_rule, const check_input& in, Found&& found,
                             std::index_sequence<K...>) {
  ((of_rule[K] != rule_slots::none && rule_fires<K>(in) ? found(of_rule[K]) : void()), ...);
}

}  // namespace checks_detail

/// Run every enabled check over `records` (SPEC §8) as of `reference`. Pass a validated
/// configuration (validate()); unknown ids in it are ignored.
/// What the checks of every record need: the active rules, the context, and the history facts
/// of SPEC §7 (empty when no active check looks at a client's history).
struct check_plan {
  std::vector<active_rule> rules;
  check_context context;
  std::vector<history_facts> facts;
};

/// `absent_columns`: per source, the §6 columns it does not have (SPEC §8 revised; must outlive the plan).
inline check_plan plan_checks(std::span<const record> records, const date& reference, const check_config& config = {},
                              std::span<const std::uint64_t> absent_columns = {}) {
  check_plan plan{active_rules(config),
                  check_context{reference, config.reassessment_months, config.intake_months, config.extensions, absent_columns}, {}};
  bool needs_history = false;
  for (const auto& a : plan.rules) needs_history = needs_history || a.check->scope == check_scope::history;
  if (needs_history) plan.facts = build_history_facts(records, reference);
  return plan;
}

/// The findings of records [begin, end) of `records` (the span the plan was made for), appended to
/// `out` in record order, then rule order. Parts of one span may run on several threads: their
/// findings, joined in the order of the parts, are those of one run over the whole span.
/// `not_run` (optional) collects (source, rule index into plan.rules) of every rule that was not run
/// on a record for an absent column (SPEC §8 revised) but would have fired there on the empty values:
/// the findings the file would otherwise have got on every such record.
inline void run_checks(const check_plan& plan, std::span<const record> records, std::size_t begin, std::size_t end,
                       std::vector<finding>& out, std::set<std::pair<std::uint32_t, std::size_t>>* not_run = nullptr) {
  const history_facts no_facts{};
  const auto& absent = plan.context.absent_columns;
  const checks_detail::rule_slots slots = checks_detail::slots_of(plan.rules);
  for (std::size_t i = begin; i < end; ++i) {
    const check_input in{records[i], plan.facts.empty() ? no_facts : plan.facts[i], plan.context};
    const std::uint64_t gone = records[i].source < absent.size() ? absent[records[i].source] : 0;
    if (gone == 0 && slots.in_table_order) {  // every active rule runs: the table's predicates called directly
      checks_detail::each_firing_rule(slots.of_rule, in, [&](std::size_t k) { out.push_back(make_finding(plan.rules[k], in, records, i)); },
                                      std::make_index_sequence<check_rules.size()>{});
      continue;
    }
    for (std::size_t k = 0; k < plan.rules.size(); ++k) {
      const auto& a = plan.rules[k];
      if (gone != 0 && !a.rule->runs_without(gone)) {
        if (not_run && a.rule->fires(in)) not_run->emplace(records[i].source, k);
        continue;
      }
      if (a.rule->fires(in)) out.push_back(make_finding(a, in, records, i));
    }
  }
}

inline std::vector<finding> run_checks(std::span<const record> records, const date& reference, const check_config& config = {}) {
  const check_plan plan = plan_checks(records, reference, config);
  std::vector<finding> out;
  run_checks(plan, records, 0, records.size(), out);
  return out;
}

/// The checks of SPEC §8 that look at one record alone (scope `record`: all but the history checks
/// PL019–PL021), as an input form runs them before a record is saved. The same rules and messages
/// as run_checks(): its findings on a set of records, restricted to the record-scope checks, are
/// these findings of each record (record_index 0 here).
inline std::vector<finding> check_one_record(const record& r, const date& reference, check_config config = {}) {
  for (const auto& c : check_catalogue)
    if (c.scope == check_scope::history) config.disabled_checks.emplace(c.id);
  return run_checks(std::span<const record>(&r, 1), reference, config);
}

}  // namespace pl
