// SPDX-License-Identifier: Apache-2.0
// Movement on the ladder between two measurement moments, SPEC §10 fifth bullet (revised), over the
// histories of SPEC §7.
//
// Definitions (docs/reports.md):
// - each client's state at a date is its latest measurement on or before that date (as-of, as in
//   every report); "in the caseload" means that measurement is not on 9.
// - the matrix covers the clients in the caseload at the from-date or at the to-date.
//   rows (state at from): `new` (new inflow: no measurement on or before the from-date),
//   `reentry` (re-entry, terugstroom, SPEC §7: on 9 at the from-date, back at the to-date), `0`…`6`,
//   `not_filled`; columns (state at to): `0`…`6`, `not_filled`, `left` (on 9 at the to-date; the
//   summary splits it by exit reason: leaving is not by itself a success).
// - a client in the caseload at the from-date with no measurement after it up to the to-date has
//   no second measurement: it is listed (`without_second_measurement`) and kept out of the matrix
//   and the shares, which would otherwise count "not measured" as "stayed".
// - rose: both states are ladder steps 1–6 and the to-step is higher. 0 → 3 is placement, not a
//   rise.
// - growth potential at the first moment: SPEC §5 effective flag of the from-measurement; share
//   that rose = rose / clients with growth potential (and a second measurement).
// - instrument at the first moment: field 22 or 23 yes on the from-measurement; share that rose or
//   left to work or education = (rose + good exits) / clients with an instrument (and a second
//   measurement); other exits are counted apart (`with_instrument_left_other`).
// - grouped (`--by caseworker|team|department`, the team's "second measurement" questions): one row
//   per group — the group of the client's measurement at the to-date, else at the from-date — with
//   its transition figures and the characteristics of its caseload at both moments: the shares with
//   an integration obligation, with low literacy and without start qualification.
#pragma once

#include "../exit_reason.hpp"
#include "../extensions.hpp"
#include "../caseload_store.hpp"
#include "../record.hpp"
#include "caseload.hpp"
#include "characteristics.hpp"
#include "rounding.hpp"
#include "table.hpp"

#include <algorithm>
#include <array>
#include <functional>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace pl::reports {

/// The characteristics the team's second measurement asks about (SPEC §10), at one moment.
struct movement_profile {
  std::size_t clients = 0;                 ///< in the caseload at that moment
  std::size_t integration_obligation = 0;  ///< field 17 yes
  std::size_t low_literacy = 0;            ///< field 19 yes
  std::size_t no_start_qualification = 0;  ///< field 16 no

  template <class Record>  // pl::record or the store's pl::measurement
  void add(const Record& r) {
    ++clients;
    if (r.integration_obligation == true) ++integration_obligation;
    if (r.low_literacy == true) ++low_literacy;
    if (r.start_qualification == false) ++no_start_qualification;
  }
};

struct movement_report {
  date from, to;
  std::vector<std::string> from_keys{"new", "reentry", "0", "1", "2", "3", "4", "5", "6", "not_filled"};
  std::vector<std::string> to_keys{"0", "1", "2", "3", "4", "5", "6", "not_filled", "left"};
  std::vector<std::vector<std::size_t>> matrix;  ///< [from row][to column]
  std::size_t inflow = 0;                ///< clients in row `new`
  std::size_t reentry = 0;               ///< clients in row `reentry`
  std::size_t outflow = 0;               ///< clients in column `left`
  std::array<std::size_t, exit_reason_table.size()> left_by_reason{};  ///< column `left` by exit reason
  std::size_t left_no_reason = 0;        ///< column `left` without an exit reason
  std::size_t rose = 0;                  ///< clients whose step rose
  std::size_t fell = 0;                  ///< clients whose step fell
  std::size_t stayed = 0;                ///< clients on the same step at both moments
  std::size_t gp_clients = 0, gp_rose = 0;
  std::size_t instrument_clients = 0, instrument_rose_or_left = 0, instrument_left_other = 0;
  std::vector<std::string> without_second_measurement;  ///< client ids (vendor keys, no personal data)
  movement_profile at_from, at_to;       ///< the caseload at both moments (with a second measurement or not)

  std::size_t cell(std::string_view from_key, std::string_view to_key) const {
    const auto r = std::find(from_keys.begin(), from_keys.end(), from_key);
    const auto c = std::find(to_keys.begin(), to_keys.end(), to_key);
    if (r == from_keys.end() || c == to_keys.end()) return 0;
    return matrix[static_cast<std::size_t>(r - from_keys.begin())][static_cast<std::size_t>(c - to_keys.begin())];
  }
};

/// Grouped movement: one report per group, plus the total.
struct movement_groups {
  group_by by = group_by::caseworker;
  std::vector<std::pair<std::string, movement_report>> groups;  ///< by group key (empty key: not filled)
  movement_report total;
};

namespace detail {

inline movement_report empty_movement(const date& from, const date& to) {
  movement_report out;
  out.from = from;
  out.to = to;
  out.matrix.assign(out.from_keys.size(), std::vector<std::size_t>(out.to_keys.size(), 0));
  return out;
}

/// Adds one client's history to `out` (nothing when the client is in neither caseload).
inline void add_client(movement_report& out, const pl::caseload_store& cl, std::uint32_t client) {
  const auto records = cl.rows();
  const auto h = cl.history(client);
  auto index = [](const std::vector<std::string>& keys, const std::string& k) {
    return static_cast<std::size_t>(std::find(keys.begin(), keys.end(), k) - keys.begin());
  };
  const auto a = latest_on_or_before(records, h, out.from);
  const auto b = latest_on_or_before(records, h, out.to);
  const bool in_a = a && records[*a].step != step::left;
  const bool in_b = b && records[*b].step != step::left;
  if (!in_a && !in_b) return;
  if (in_a) out.at_from.add(records[*a]);
  if (in_b) out.at_to.add(records[*b]);
  if (in_a && b == a) {
    out.without_second_measurement.emplace_back(cl.client_id(client));
    return;
  }
  const auto sa = in_a ? counted_step(records[*a]) : std::nullopt;
  const auto sb = counted_step(records[*b]);
  const std::string row = in_a ? step_key(sa) : (a ? "reentry" : "new");
  const bool left = !in_b;
  const std::string col = left ? "left" : step_key(sb);
  ++out.matrix[index(out.from_keys, row)][index(out.to_keys, col)];
  if (!in_a) {
    ++(a ? out.reentry : out.inflow);
    return;
  }
  bool good_exit = false;
  if (left) {
    ++out.outflow;
    const auto& reason = records[*b].exit_reason;
    if (reason) {
      ++out.left_by_reason[static_cast<std::size_t>(*reason)];
      good_exit = is_good_exit(*reason);
    } else {
      ++out.left_no_reason;
    }
  }
  const bool both_on_ladder = !left && sa && sb && is_ladder_step(*sa) && is_ladder_step(*sb);
  const bool rose = both_on_ladder && to_int(*sb) > to_int(*sa);
  if (rose) ++out.rose;
  if (both_on_ladder && to_int(*sb) < to_int(*sa)) ++out.fell;
  if (both_on_ladder && *sb == *sa) ++out.stayed;
  if (counted_growth(records[*a]) == growth::potential) {
    ++out.gp_clients;
    if (rose) ++out.gp_rose;
  }
  if (characteristics::has_instrument(records[*a])) {
    ++out.instrument_clients;
    if (rose || good_exit) ++out.instrument_rose_or_left;
    if (left && !good_exit) ++out.instrument_left_other;
  }
}

/// The group a client counts in: of its measurement at the to-date, else at the from-date.
inline std::string movement_group(const pl::caseload_store& cl, std::uint32_t client, const date& from, const date& to, group_by by) {
  const auto records = cl.rows();
  const auto h = cl.history(client);
  const auto b = latest_on_or_before(records, h, to);
  const auto a = latest_on_or_before(records, h, from);
  if (b && !group_key(cl.unit_of(records[*b]), by).empty()) return group_key(cl.unit_of(records[*b]), by);
  if (a) return group_key(cl.unit_of(records[*a]), by);
  return {};
}

}  // namespace detail

/// Movement counted a client at a time (issue 25; as placement_tally): add() every client, of one
/// store or of the stores of a file's parts of complete clients, then finish(). Grouped when `by`
/// is given (movement_by), else the one matrix (movement_between).
class movement_tally {
 public:
  movement_tally(const date& from, const date& to, std::optional<group_by> by = std::nullopt)
      : from_(from), to_(to), by_(by), total_(detail::empty_movement(from, to)) {}

  void add(const pl::caseload_store& cl, std::uint32_t client) {
    if (by_) {
      const auto key = detail::movement_group(cl, client, from_, to_, *by_);
      auto it = groups_.find(key);
      if (it == groups_.end()) it = groups_.emplace(key, detail::empty_movement(from_, to_)).first;
      detail::add_client(it->second, cl, client);
    }
    detail::add_client(total_, cl, client);
  }
  void add(const pl::caseload_store& cl) {
    for (std::uint32_t c = 0; c < cl.clients(); ++c) add(cl, c);
  }

  /// The one matrix over every client.
  movement_report finish_between() const { return with_ids_sorted(total_); }
  /// Per group (`by` given) and the total.
  movement_groups finish_by() const {
    movement_groups out;
    out.by = by_.value_or(group_by::caseworker);
    out.total = with_ids_sorted(total_);
    for (const auto& [k, m] : groups_)
      if (m.at_from.clients + m.at_to.clients > 0) out.groups.emplace_back(k, with_ids_sorted(m));
    return out;
  }

 private:
  /// The clients without a second measurement in client id order (a store's order: parts come in file order).
  static movement_report with_ids_sorted(movement_report m) {
    std::sort(m.without_second_measurement.begin(), m.without_second_measurement.end());
    return m;
  }
  date from_, to_;
  std::optional<group_by> by_;
  movement_report total_;
  std::map<std::string, movement_report, std::less<>> groups_;
};

/// Movement from `from` to `to` (from < to; the caller checks, see reports/report.hpp).
inline movement_report movement_between(const pl::caseload_store& cl, const date& from, const date& to) {
  movement_tally t(from, to);
  t.add(cl);
  return t.finish_between();
}

inline movement_report movement_between(std::span<const record> records, const date& from, const date& to) {
  return movement_between(pl::caseload_store::of(records), from, to);
}

/// Movement per caseworker, team or department (SPEC §10, the team's second measurement).
inline movement_groups movement_by(const pl::caseload_store& cl, const date& from, const date& to, group_by by) {
  movement_tally t(from, to, by);
  t.add(cl);
  return t.finish_by();
}

inline movement_groups movement_by(std::span<const record> records, const date& from, const date& to, group_by by) {
  return movement_by(pl::caseload_store::of(records), from, to, by);
}

namespace detail {
/// The summary of a movement (also the figures of a grouped row).
inline std::vector<std::pair<std::string, cell>> movement_figures(const movement_report& m) {
  std::vector<std::pair<std::string, cell>> f{
      {"new_inflow", num(m.inflow)},
      {"reentry", num(m.reentry)},
      {"left", num(m.outflow)},
  };
  for (const auto& e : exit_reason_table)
    f.emplace_back("left_" + std::string(e.key), num(m.left_by_reason[static_cast<std::size_t>(e.code)]));
  f.emplace_back("left_no_reason", num(m.left_no_reason));
  f.insert(f.end(), {{"rose", num(m.rose)},
                     {"stayed", num(m.stayed)},
                     {"fell", num(m.fell)},
                     {"with_gp", num(m.gp_clients)},
                     {"with_gp_rose", num(m.gp_rose)},
                     {"pct_with_gp_rose", num(percent(m.gp_rose, m.gp_clients))},
                     {"with_instrument", num(m.instrument_clients)},
                     {"with_instrument_rose_or_left", num(m.instrument_rose_or_left)},
                     {"pct_with_instrument_rose_or_left", num(percent(m.instrument_rose_or_left, m.instrument_clients))},
                     {"with_instrument_left_other", num(m.instrument_left_other)},
                     {"without_second_measurement", num(m.without_second_measurement.size())}});
  return f;
}
}  // namespace detail

/// Columns `from,0,…,6,not_filled,left,total`; rows `new`, `reentry`, `0`…`6`, `not_filled`, `total`.
inline table to_table(const movement_report& m, lang l) {
  table t;
  t.name = "movement";
  const bool nl = l == lang::nl;
  t.columns.push_back("from");
  t.column_labels.push_back(nl ? "van \\ naar" : "from \\ to");
  for (const auto& k : m.to_keys) {
    t.columns.push_back(k);
    t.column_labels.push_back(k == "left" ? (nl ? "uit (9)" : "left (9)") : k == "not_filled" ? (nl ? "leeg" : "empty") : k);
  }
  t.columns.push_back("total");
  t.column_labels.push_back(nl ? "totaal" : "total");
  std::vector<std::size_t> col_total(m.to_keys.size(), 0);
  std::size_t all = 0;
  for (std::size_t r = 0; r < m.from_keys.size(); ++r) {
    std::vector<cell> row{str(m.from_keys[r])};
    std::size_t sum = 0;
    for (std::size_t c = 0; c < m.to_keys.size(); ++c) {
      row.push_back(num(m.matrix[r][c]));
      sum += m.matrix[r][c];
      col_total[c] += m.matrix[r][c];
    }
    all += sum;
    row.push_back(num(sum));
    t.rows.push_back(std::move(row));
    t.row_labels.push_back(key_label(m.from_keys[r], l));
  }
  std::vector<cell> total{str("total")};
  for (auto n : col_total) total.push_back(num(n));
  total.push_back(num(all));
  t.rows.push_back(std::move(total));
  t.row_labels.push_back(nl ? "totaal" : "total");
  std::string ids;
  for (const auto& id : m.without_second_measurement) ids += (ids.empty() ? "" : " ") + id;
  t.summary = {{"from", str(m.from.iso())}, {"to", str(m.to.iso())}};
  for (auto& f : detail::movement_figures(m)) t.summary.push_back(std::move(f));
  t.summary.emplace_back("without_second_measurement_ids", str(ids));
  return t;
}

/// Grouped: one row per group and a `total` row. Columns: the group, its transition figures, and
/// the characteristics of its caseload at both moments (clients, % with integration obligation,
/// % low literacy, % without start qualification).
inline table to_table(const movement_groups& g, lang l) {
  table t;
  t.name = "movement";
  const bool nl = l == lang::nl;
  struct col { const char* key; const char* nl; const char* en; };
  static constexpr col figure_columns[] = {
      {"new_inflow", "nieuwe instroom", "new inflow"},
      {"reentry", "terugstroom", "re-entry"},
      {"left", "uit (9)", "left (9)"},
      {"left_work", "uit naar werk", "left to work"},
      {"left_education", "uit naar opleiding", "left to education"},
      {"rose", "gestegen", "rose"},
      {"stayed", "gelijk", "stayed"},
      {"fell", "gedaald", "fell"},
      {"with_gp", "met groeipotentieel", "with growth potential"},
      {"pct_with_gp_rose", "% daarvan gestegen", "% of them rose"},
      {"without_second_measurement", "zonder tweede meting", "without second measurement"},
  };
  static constexpr col profile_columns[] = {
      {"from_clients", "klanten begin", "clients at start"},
      {"to_clients", "klanten eind", "clients at end"},
      {"from_pct_integration_obligation", "% inburgeringsplichtig begin", "% integration obligation at start"},
      {"to_pct_integration_obligation", "% inburgeringsplichtig eind", "% integration obligation at end"},
      {"from_pct_low_literacy", "% laaggeletterd begin", "% low literacy at start"},
      {"to_pct_low_literacy", "% laaggeletterd eind", "% low literacy at end"},
      {"from_pct_no_start_qualification", "% zonder startkwalificatie begin", "% without start qualification at start"},
      {"to_pct_no_start_qualification", "% zonder startkwalificatie eind", "% without start qualification at end"},
  };
  t.columns.emplace_back(to_string(g.by));
  t.column_labels.emplace_back(group_label(g.by, l));
  for (const auto& c : figure_columns) {
    t.columns.emplace_back(c.key);
    t.column_labels.emplace_back(nl ? c.nl : c.en);
  }
  for (const auto& c : profile_columns) {
    t.columns.emplace_back(c.key);
    t.column_labels.emplace_back(nl ? c.nl : c.en);
  }
  auto add = [&](const std::string& key, std::string label, const movement_report& m) {
    const auto figures = detail::movement_figures(m);
    std::vector<cell> row{str(key)};
    for (const auto& c : figure_columns)
      for (const auto& [k, v] : figures)
        if (k == c.key) row.push_back(v);
    const auto& a = m.at_from;
    const auto& b = m.at_to;
    row.insert(row.end(), {num(a.clients), num(b.clients), num(percent(a.integration_obligation, a.clients)),
                           num(percent(b.integration_obligation, b.clients)), num(percent(a.low_literacy, a.clients)),
                           num(percent(b.low_literacy, b.clients)), num(percent(a.no_start_qualification, a.clients)),
                           num(percent(b.no_start_qualification, b.clients))});
    t.rows.push_back(std::move(row));
    t.row_labels.push_back(std::move(label));
  };
  for (const auto& [key, m] : g.groups)
    add(key.empty() ? "not_filled" : key, key.empty() ? key_label("not_filled", l) : key, m);
  add("total", nl ? "totaal" : "total", g.total);
  t.summary = {{"from", str(g.total.from.iso())}, {"to", str(g.total.to.iso())}, {"group_by", str(to_string(g.by))}};
  for (auto& f : detail::movement_figures(g.total)) t.summary.push_back(std::move(f));
  return t;
}

}  // namespace pl::reports
