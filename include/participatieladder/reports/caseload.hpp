// SPDX-License-Identifier: Apache-2.0
// Caseload overview (caseload-overzicht) per caseworker or per team, SPEC §10 third bullet: the
// characteristics of reports/characteristics.hpp for each group, then the same broken down per
// step (and per sub-step with an extension set, SPEC §9).
//
// Interpretations (docs/reports.md):
// - population: the caseload as of the reference date (clients on 9 are out); step 0 (not yet
//   placed) is in the caseload — the overview counts it (`step_0`) because a caseworker must
//   place those clients.
// - group key: the record's caseworker (field 12) or team; empty is the group "" (shown as
//   "(geen)"/"(none)"). Groups in key order, then an `all` group over every client.
// - scopes per group: `all`, then `0`…`6`, `not_filled` (only scopes with clients), then sub-step
//   scopes `2.1` … under their base step when an extension set is given.
// - pct_with_gp is of the clients on steps 1–5 in the scope; pct_with_instrument of all clients
//   in the scope (rounded half up).
#pragma once

#include "../extensions.hpp"
#include "../record.hpp"
#include "as_of.hpp"
#include "as_of_tally.hpp"
#include "characteristics.hpp"
#include "rounding.hpp"
#include "table.hpp"

#include <functional>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace pl::reports {

/// SPEC §6 field 12: who is responsible — the caseworker, the team, the department.
enum class group_by { caseworker, team, department };

inline result<group_by> parse_group_by(std::string_view s) {
  if (s == "caseworker") return group_by::caseworker;
  if (s == "team") return group_by::team;
  if (s == "department") return group_by::department;
  return fail(errc::invalid_argument, "unknown grouping '" + std::string(s) + "' (expected caseworker, team or department)");
}

constexpr std::string_view to_string(group_by by) noexcept {
  return by == group_by::team ? "team" : by == group_by::department ? "department" : "caseworker";
}

/// The column label of a grouping.
constexpr std::string_view group_label(group_by by, lang l) noexcept {
  if (by == group_by::team) return "team";
  if (by == group_by::department) return l == lang::nl ? "afdeling" : "department";
  return l == lang::nl ? "klantmanager" : "caseworker";
}

inline const std::string& group_key(const unit& u, group_by by) {
  return by == group_by::team ? u.team : by == group_by::department ? u.department : u.caseworker;
}
inline const std::string& group_key(const record& r, group_by by) {
  return by == group_by::team ? r.team : by == group_by::department ? r.department : r.caseworker;
}

struct caseload_scope {
  std::string key;  ///< `all`, `0`…`6`, `not_filled`, or a sub-step `2.4`
  characteristics c;
};

struct caseload_group {
  std::string key;  ///< caseworker or team; `all` for the total over every group
  std::vector<caseload_scope> scopes;
};

struct caseload_report {
  date reference;
  group_by by = group_by::caseworker;
  std::vector<caseload_group> groups;
  std::size_t left = 0;
};

namespace detail {
/// One group's clients: all of them, per step, per sub-step (SPEC §9).
struct caseload_group_tally {
  characteristics all;
  std::map<int, characteristics> per_step;  // 99 = not filled
  std::map<sub_step, characteristics> per_sub;

  void add(const measurement& r, const extension_set* ext) {
    all.add(r);
    const auto s = counted_step(r);
    per_step[s ? to_int(*s) : 99].add(r);
    if (ext)
      if (const auto sub = shown_sub_step(r, *ext)) per_sub[*sub].add(r);
  }
  caseload_group finish(std::string key) const {
    caseload_group g;
    g.key = std::move(key);
    g.scopes.push_back({"all", all});
    for (const auto& [s, c] : per_step) {
      g.scopes.push_back({s == 99 ? "not_filled" : std::to_string(s), c});
      for (const auto& [sub, sc] : per_sub)
        if (to_int(sub.base) == s) g.scopes.push_back({sub.to_string(), sc});
    }
    return g;
  }
};
}  // namespace detail

/// The caseload overview counted a client at a time (issue 25; as placement_tally): add(), then finish().
class caseload_tally : public as_of_tally<caseload_tally> {
 public:
  caseload_tally(const date& reference, group_by by, const extension_set* ext = nullptr) : as_of_tally(reference), by_(by), ext_(ext) {}

  caseload_report finish() const {
    auto out = new_report<caseload_report>();
    out.by = by_;
    for (const auto& [k, g] : groups_) out.groups.push_back(g.finish(k));
    out.groups.push_back(all_.finish("all"));
    return out;
  }

 private:
  friend as_of_tally;
  void count(const pl::caseload_store& cl, const measurement& r) {
    const std::string& key = group_key(cl.unit_of(r), by_);
    auto it = groups_.find(key);
    if (it == groups_.end()) it = groups_.emplace(key, detail::caseload_group_tally{}).first;
    it->second.add(r, ext_);
    all_.add(r, ext_);
  }

  group_by by_;
  const extension_set* ext_;
  std::map<std::string, detail::caseload_group_tally, std::less<>> groups_;  // groups in key order
  detail::caseload_group_tally all_;
};

inline caseload_report caseload(const pl::caseload_store& cl, const date& reference, group_by by, const extension_set* ext = nullptr) {
  return caseload_tally::of(cl, reference, by, ext);
}

inline caseload_report caseload(std::span<const record> records, const date& reference, group_by by,
                                const extension_set* ext = nullptr) {
  return caseload(pl::caseload_store::of(records), reference, by, ext);
}

inline std::string group_label(const std::string& key, lang l) {
  if (key.empty()) return l == lang::nl ? "(geen)" : "(none)";
  if (key == "all") return l == lang::nl ? "(alle)" : "(all)";
  return key;
}

inline table to_table(const caseload_report& r, lang l, const extension_set* ext = nullptr) {
  table t;
  t.name = "caseload";
  t.columns = {std::string(to_string(r.by)), "scope", "clients",
               "step_0", "step_1", "step_2", "step_3", "step_4", "step_5", "step_6", "step_not_filled",
               "with_gp", "without_gp", "unknown_gp", "pct_with_gp",
               "integration_obligation", "integration_need", "low_literacy", "start_qualification", "no_start_qualification",
               "income_a", "income_b", "income_c", "income_d", "income_not_filled",
               "work_obligation_exemption", "integration_exemption", "with_instrument", "pct_with_instrument"};
  if (l == lang::nl)
    t.column_labels = {std::string(group_label(r.by, lang::nl)), "deel", "klanten",
                       "0", "1", "2", "3", "4", "5", "6", "leeg",
                       "met gp", "zonder gp", "gp onbekend", "% met gp",
                       "inburgeringsplicht", "inburgeringsbehoefte", "laaggeletterd", "startkwal.", "geen startkwal.",
                       "inkomen a", "inkomen b", "inkomen c", "inkomen d", "inkomen leeg",
                       "vrijst. arbeidsplicht", "vrijst. inburgering", "met instrument", "% met instrument"};
  else
    t.column_labels = {std::string(group_label(r.by, lang::en)), "scope", "clients",
                       "0", "1", "2", "3", "4", "5", "6", "empty",
                       "with gp", "without gp", "gp unknown", "% with gp",
                       "integr. obligation", "integr. need", "low literacy", "start qual.", "no start qual.",
                       "income a", "income b", "income c", "income d", "income empty",
                       "work-obl. exemption", "integr. exemption", "with instrument", "% with instrument"};
  for (const auto& g : r.groups)
    for (const auto& s : g.scopes) {
      const auto& c = s.c;
      std::vector<cell> row{str(g.key), str(s.key), num(c.clients)};
      for (auto n : c.on_step) row.push_back(num(n));
      for (auto n : {c.step_not_filled, c.with_gp, c.without_gp, c.unknown_gp}) row.push_back(num(n));
      row.push_back(num(percent(c.with_gp, c.on_1_5)));
      for (auto n : {c.integration_obligation, c.integration_need, c.low_literacy, c.start_qualification, c.no_start_qualification})
        row.push_back(num(n));
      for (auto n : c.income) row.push_back(num(n));
      for (auto n : {c.income_not_filled, c.work_obligation_exemption, c.integration_exemption, c.with_instrument})
        row.push_back(num(n));
      row.push_back(num(percent(c.with_instrument, c.clients)));
      t.rows.push_back(std::move(row));
      std::string lab = group_label(g.key, l) + " / ";
      sub_step sub{};
      bool is_sub = false;
      if (s.key.find('.') != std::string::npos)
        if (auto p = parse_sub_step_code(s.key)) { sub = p.value(); is_sub = true; }
      if (is_sub && ext && ext->find(sub)) lab += std::string(ext->find(sub)->label(l));
      else lab += key_label(s.key, l);
      t.row_labels.push_back(std::move(lab));
    }
  t.summary = {{"reference_date", str(r.reference.iso())}, {"left", num(r.left)}};
  return t;
}

}  // namespace pl::reports
