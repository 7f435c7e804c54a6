// SPDX-License-Identifier: Apache-2.0
// The benchmark coordinator's comparison, SPEC §11 "Benchmark exchange" (issue 21): the
// publications of many municipalities merged into one comparison — per municipality the counts
// over the national steps with their denominator, the count with growth potential over the clients
// on steps 1–5, and the movement counts over the clients with a second measurement, each with its
// share.
//
// Protection (docs/privacy.md): every count a municipality publishes is already protected by the
// cell-key method, so the merge only adds and divides published values — nothing it shows can say
// more than the publications do. Before merging the coordinator's policy is checked
// (`policy_refusal`): a publication in another format, with another method or a weaker
// protection than the policy (a smaller rounding base, a smaller minimum size) is refused.
// Totals are over the municipalities that are comparable and not withheld (below the minimum
// size); the others stay in the table as rows and the comparison says how many are left out. One
// municipality at several reference dates is a trend: a line per date, the latest in the total.
#pragma once

#include "../reports/rounding.hpp"
#include "publication.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace pl::benchmark {

/// What the coordinator knows of one municipality: its publication as read.
struct municipality_entry {
  std::string source;  ///< the file it was read from (messages)
  unsigned format = 0;
  std::string method;
  protection protect;
  std::string municipality;
  std::string reference_date;
  bool withheld = false;
  std::uint64_t records = 0, clients = 0, converted_national = 0;
  bool comparable = true;
  std::vector<published_reason> reasons;
  std::size_t comparability_warnings = 0;
  std::vector<count_grid> tables;  ///< protected values

  const count_grid* table(std::string_view name) const {
    for (const auto& t : tables)
      if (t.name == name) return &t;
    return nullptr;
  }
};

inline municipality_entry entry_of(const publication& p) {
  municipality_entry e;
  e.format = p.format;
  e.method = std::string(protection_method);
  e.protect = p.protect;
  e.municipality = p.municipality;
  e.reference_date = p.reference.iso();
  e.withheld = p.withheld;
  e.records = p.records;
  e.clients = p.clients;
  e.converted_national = p.converted_national;
  e.comparable = p.comparable;
  e.reasons = p.reasons;
  e.comparability_warnings = p.comparability_warnings;
  e.tables = p.tables;
  return e;
}

/// The coordinator's protection policy: the least every publication must have.
struct merge_policy {
  unsigned min_base = 5;           ///< counts 1…min_base−1 protected at least
  std::size_t min_clients = 20;    ///< the least minimum size of a publication
};

/// Why `e` may not be merged under `policy` (Dutch, English), or nothing.
inline std::optional<std::pair<std::string, std::string>> policy_refusal(const municipality_entry& e, const merge_policy& policy) {
  const std::string who = e.source.empty() ? e.municipality : e.source;
  if (e.format != publication_format)
    return std::pair{who + ": publicatie in formaat " + std::to_string(e.format) + (e.format < publication_format ? " (oud, zonder afdoende bescherming)" : "") +
                         "; deze versie voegt alleen formaat " + std::to_string(publication_format) +
                         " samen: laat de gemeente opnieuw publiceren met pladder benchmark export (docs/privacy.md)",
                     who + ": publication in format " + std::to_string(e.format) + (e.format < publication_format ? " (old, not protected enough)" : "") +
                         "; this version merges format " + std::to_string(publication_format) +
                         " only: have the municipality publish again with pladder benchmark export (docs/privacy.md)"};
  if (e.method != protection_method)
    return std::pair{who + ": beschermingsmethode '" + e.method + "' is niet " + std::string(protection_method),
                     who + ": protection method '" + e.method + "' is not " + std::string(protection_method)};
  if (e.protect.table.base < policy.min_base)
    return std::pair{who + ": afrondingsbasis " + std::to_string(e.protect.table.base) + " is zwakker dan het beleid (minstens " + std::to_string(policy.min_base) + ")",
                     who + ": rounding base " + std::to_string(e.protect.table.base) + " is weaker than the policy (at least " + std::to_string(policy.min_base) + ")"};
  if (e.protect.min_clients < policy.min_clients)
    return std::pair{who + ": minimale omvang " + std::to_string(e.protect.min_clients) + " klanten is kleiner dan het beleid (minstens " +
                         std::to_string(policy.min_clients) + ")",
                     who + ": minimum size " + std::to_string(e.protect.min_clients) + " clients is below the policy (at least " + std::to_string(policy.min_clients) + ")"};
  return std::nullopt;
}

/// One figure of the comparison: a published count over a published denominator.
struct count_share {
  std::optional<std::uint64_t> count, denominator;
  std::optional<int> pct() const {
    if (!count || !denominator || *denominator == 0) return std::nullopt;
    return reports::percent(static_cast<std::size_t>(*count), static_cast<std::size_t>(*denominator));
  }
};

/// One line of the comparison (a municipality, or the total over the included ones).
struct comparison_line {
  std::string name;
  std::string reference_date;
  bool comparable = true, withheld = false, included = true;
  std::optional<std::uint64_t> clients;     ///< placement grand total (clients as of the reference date)
  std::vector<count_share> steps;           ///< 1…6, not_filled over clients
  count_share with_gp;                      ///< over the clients on steps 1–5
  std::vector<count_share> movement;        ///< rose, stayed, fell, left, other over the movement's clients
  std::vector<count_share> targets;         ///< per target key (reports::target_keys) over the target table's clients
};

struct comparison {
  std::vector<municipality_entry> municipalities;
  merge_policy policy;
  std::vector<comparison_line> lines;  ///< one per municipality, in order
  comparison_line total;               ///< over the included municipalities
  std::size_t included = 0, left_out = 0;
  std::vector<std::string> notes_nl, notes_en;  ///< left out, differing reference dates
};

inline const std::vector<std::string>& merged_step_keys() {
  static const std::vector<std::string> k{"1", "2", "3", "4", "5", "6", "not_filled"};
  return k;
}
inline const std::vector<std::string>& merged_movement_keys() {
  static const std::vector<std::string> k{"rose", "stayed", "fell", "left", "other"};
  return k;
}

namespace detail {
inline std::optional<std::uint64_t> cell_of(const count_grid* g, std::string_view row, std::string_view col) {
  if (!g) return std::nullopt;
  for (std::size_t i = 0; i < g->rows.size(); ++i)
    if (g->rows[i] == row)
      for (std::size_t j = 0; j < g->columns.size(); ++j)
        if (g->columns[j] == col) return g->cells[i][j];
  return std::nullopt;
}
inline std::optional<std::uint64_t> row_total_of(const count_grid* g, std::string_view row) {
  if (!g) return std::nullopt;
  for (std::size_t i = 0; i < g->rows.size(); ++i)
    if (g->rows[i] == row && i < g->row_totals.size()) return g->row_totals[i];
  return std::nullopt;
}
inline std::optional<std::uint64_t> column_total_of(const count_grid* g, std::string_view col) {
  if (!g) return std::nullopt;
  for (std::size_t j = 0; j < g->columns.size(); ++j)
    if (g->columns[j] == col && j < g->column_totals.size()) return g->column_totals[j];
  return std::nullopt;
}
inline void add_to(std::optional<std::uint64_t>& sum, std::optional<std::uint64_t> v) {
  sum = sum && v ? std::optional<std::uint64_t>(*sum + *v) : std::nullopt;
}

inline comparison_line line_of(const municipality_entry& m) {
  comparison_line l;
  l.name = m.municipality;
  l.reference_date = m.reference_date;
  l.comparable = m.comparable;
  l.withheld = m.withheld;
  const auto* p = m.table("placement");
  const auto* s = m.table("movement_summary");
  l.clients = p ? p->grand_total : std::nullopt;
  for (const auto& k : merged_step_keys()) l.steps.push_back({row_total_of(p, k), l.clients});
  std::optional<std::uint64_t> on_1_5 = p ? std::optional<std::uint64_t>(0) : std::nullopt;
  for (const char* k : {"1", "2", "3", "4", "5"}) add_to(on_1_5, row_total_of(p, k));
  l.with_gp = {column_total_of(p, "with_gp"), on_1_5};
  const auto moved = row_total_of(s, "all");
  for (const auto& k : merged_movement_keys()) l.movement.push_back({cell_of(s, "all", k), moved});
  const auto* t = m.table("target");
  const auto targeted = t ? t->grand_total : std::nullopt;
  for (const auto k : reports::target_keys) l.targets.push_back({row_total_of(t, k), targeted});
  return l;
}
}  // namespace detail

/// Merge the publications of `entries` (already checked against the policy) into the comparison.
inline comparison merge(std::vector<municipality_entry> entries, merge_policy policy = {}) {
  comparison c;
  c.policy = policy;
  c.municipalities = std::move(entries);
  comparison_line& t = c.total;
  t.name = "total";
  t.clients = 0;
  t.steps.assign(merged_step_keys().size(), count_share{0, 0});
  t.with_gp = {0, 0};
  t.movement.assign(merged_movement_keys().size(), count_share{0, 0});
  t.targets.assign(reports::target_keys.size(), count_share{0, 0});
  auto add = [](count_share& to, const count_share& v) {
    detail::add_to(to.count, v.count);
    detail::add_to(to.denominator, v.denominator);
  };
  std::map<std::string, std::size_t> dates;
  // a municipality given at several reference dates is a trend: each date its own line (named
  // with its date), only the latest in the total
  std::map<std::string, std::string> latest;
  std::map<std::string, std::size_t> times;
  for (const auto& m : c.municipalities) {
    ++times[m.municipality];
    if (latest[m.municipality] < m.reference_date) latest[m.municipality] = m.reference_date;
  }
  for (const auto& m : c.municipalities) {
    auto l = detail::line_of(m);
    if (times[m.municipality] > 1) l.name += " (" + m.reference_date + ")";
    l.included = m.comparable && !m.withheld && m.reference_date == latest[m.municipality];
    if (l.included) {
      ++c.included;
      detail::add_to(t.clients, l.clients);
      for (std::size_t j = 0; j < l.steps.size(); ++j) add(t.steps[j], l.steps[j]);
      add(t.with_gp, l.with_gp);
      for (std::size_t j = 0; j < l.movement.size(); ++j) add(t.movement[j], l.movement[j]);
      for (std::size_t j = 0; j < l.targets.size(); ++j) add(t.targets[j], l.targets[j]);
    } else {
      ++c.left_out;
    }
    ++dates[m.reference_date];
    c.lines.push_back(std::move(l));
  }
  if (c.left_out > 0) {
    c.notes_nl.push_back("het totaal is over " + std::to_string(c.included) + " gemeenten; " + std::to_string(c.left_out) +
                         " niet meegeteld (niet vergelijkbaar, kleiner dan de minimale omvang, of een eerdere peildatum)");
    c.notes_en.push_back("the total is over " + std::to_string(c.included) + " municipalities; " + std::to_string(c.left_out) +
                         " left out (not comparable, below the minimum size, or an earlier reference date)");
  }
  for (const auto& [name, n] : times)
    if (n > 1) {
      c.notes_nl.push_back(name + ": ontwikkeling over " + std::to_string(n) + " peildata; alleen de laatste (" + latest[name] + ") telt in het totaal");
      c.notes_en.push_back(name + ": trend over " + std::to_string(n) + " reference dates; only the latest (" + latest[name] + ") counts in the total");
    }
  if (dates.size() > 1) {
    std::string common;
    std::size_t most = 0;
    for (const auto& [d, n] : dates)
      if (n > most) most = n, common = d;
    for (const auto& m : c.municipalities)
      if (m.reference_date != common) {
        c.notes_nl.push_back("peildatum wijkt af: " + m.municipality + " " + m.reference_date + " (de meeste gemeenten: " + common + ")");
        c.notes_en.push_back("reference date differs: " + m.municipality + " " + m.reference_date + " (most municipalities: " + common + ")");
      }
  }
  return c;
}

}  // namespace pl::benchmark
