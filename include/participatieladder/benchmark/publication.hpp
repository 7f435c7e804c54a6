// SPDX-License-Identifier: Apache-2.0
// A municipality's aggregated benchmark publication, SPEC §11 "Benchmark exchange", format 2
// (issue 21): the placement and target tables and the movement matrix on national steps (SPEC §9,
// national.hpp), with the municipality's name, reference date, record and client counts and its
// conformance verdict — every count protected by the cell-key method (cell_key.hpp,
// docs/privacy.md). The figures are the SPEC §10 reports' (reports/placement.hpp, target_table.hpp,
// movement.hpp) over the national view, computed per client (one report over one client's records
// puts that client in one cell of each table), so each count knows its clients' record keys; the
// table is the sum of its clients' tables. No client id, no true count leaves this header: a
// `publication` holds protected values only.
//
// Grids (rows × columns; totals are part of the published table):
// - placement: rows `1`…`6`, `not_filled`; columns `without_gp`, `with_gp`, `gp_not_filled`.
// - target: rows `1-` … `5+`, `6`, `not_filled`; columns `one_year`, `longer`, `no_target`.
// - movement: from the state 12 months before the reference date to the reference date (rows
//   `new`, `reentry`, `0`…`6`, `not_filled`; columns `0`…`6`, `not_filled`, `left`).
// - movement_summary: one row `all`, columns `rose`, `stayed`, `fell`, `left`, `other`.
// A municipality with fewer clients than `min_clients` publishes its verdict only (no table, no
// count): below that size even protected counts say too much.
#pragma once

#include "../record.hpp"
#include "../reports/movement.hpp"
#include "../reports/placement.hpp"
#include "../reports/target_table.hpp"
#include "conformance.hpp"
#include "national.hpp"
#include "cell_key.hpp"
#include "suppression.hpp"

#include <cstdint>
#include <functional>
#include <map>
#include <span>
#include <string>
#include <vector>

namespace pl::benchmark {

/// The publication format this library writes; merge refuses any other (docs/privacy.md).
inline constexpr unsigned publication_format = 2;
/// The protection method of format 2, as named in the publication.
inline constexpr std::string_view protection_method = "cell-key-rounding";

/// The protection of a publication: a setting of the municipality, checked by the coordinator.
struct protection {
  ptable table;                   ///< keyed random rounding to table.base (counts 1…base−1 protected)
  std::size_t min_clients = 20;   ///< fewer clients: only the verdict is published
};

struct publication_options {
  std::string municipality;                   ///< required: the name published
  date reference;                             ///< the reference date of every table
  const extension_set* extensions = nullptr;  ///< SPEC §9: sub-steps → national steps
  protection protect;
  conformance_thresholds thresholds;
  /// The secret record key of a client id (pseudonym.hpp `record_key` under the municipality's
  /// key); required: without a key there is no publication.
  std::function<std::uint64_t(std::string_view client_id)> record_key;
};

/// A conformance reason as published: its id and a message without figures (the exact shares of a
/// municipality would narrow its counts; the shares themselves are not published either).
struct published_reason {
  std::string id, message_nl, message_en;
};

struct publication {
  unsigned format = publication_format;
  std::string municipality;
  date reference, movement_from, movement_to;
  protection protect;
  bool withheld = false;                 ///< fewer clients than protect.min_clients: verdict only
  std::uint64_t records = 0, clients = 0;  ///< protected counts (0 when withheld)
  std::uint64_t converted_national = 0;    ///< protected: records counted on another national step
  bool comparable = true;
  std::vector<published_reason> reasons;
  std::size_t comparability_warnings = 0;
  std::vector<count_grid> tables;  ///< protected values only; placement, target, movement, movement_summary

  const count_grid* table(std::string_view name) const {
    for (const auto& t : tables)
      if (t.name == name) return &t;
    return nullptr;
  }
};

namespace detail {
inline count_grid make_grid(std::string name, std::vector<std::string> rows, std::vector<std::string> cols) {
  count_grid g;
  g.name = std::move(name);
  g.cells.assign(rows.size(), std::vector<std::optional<std::size_t>>(cols.size(), std::optional<std::size_t>(0)));
  g.rows = std::move(rows);
  g.columns = std::move(cols);
  return g;
}
}  // namespace detail

inline count_grid placement_grid(const reports::placement_report& p) {
  auto g = detail::make_grid("placement", {"1", "2", "3", "4", "5", "6", "not_filled"}, {"without_gp", "with_gp", "gp_not_filled"});
  for (std::size_t i = 0; i < g.rows.size(); ++i) {
    const auto* r = p.row(g.rows[i]);
    if (!r) continue;
    const std::size_t without = r->without_gp.value_or(0), with = r->with_gp.value_or(0);
    g.cells[i] = {without, with, r->clients - without - with};
  }
  return g;
}

inline count_grid target_grid(const reports::target_report& t) {
  std::vector<std::string> rows(reports::target_keys.begin(), reports::target_keys.end());
  auto g = detail::make_grid("target", rows, {"one_year", "longer", "no_target"});
  for (std::size_t i = 0; i < g.rows.size(); ++i)
    for (const auto& r : t.rows)
      if (r.key == g.rows[i]) g.cells[i] = r.key == "not_filled" ? std::vector<std::optional<std::size_t>>{0, 0, r.clients}
                                                                  : std::vector<std::optional<std::size_t>>{r.one_year, r.longer, 0};
  return g;
}

inline count_grid movement_grid(const reports::movement_report& m) {
  auto g = detail::make_grid("movement", m.from_keys, m.to_keys);
  for (std::size_t i = 0; i < m.from_keys.size(); ++i)
    for (std::size_t j = 0; j < m.to_keys.size(); ++j) g.cells[i][j] = m.matrix[i][j];
  return g;
}

inline count_grid movement_summary_grid(const reports::movement_report& m) {
  auto g = detail::make_grid("movement_summary", {"all"}, {"rose", "stayed", "fell", "left", "other"});
  std::size_t all = 0;
  for (const auto& row : m.matrix)
    for (const auto n : row) all += n;
  const std::size_t directed = m.rose + m.stayed + m.fell + m.outflow;
  g.cells[0] = {m.rose, m.stayed, m.fell, m.outflow, all >= directed ? all - directed : 0};
  return g;
}

/// A grid of true counts with, per count, the sum of its clients' record keys (its cell key).
struct keyed_grid {
  count_grid counts;  ///< true counts, totals filled
  std::vector<std::vector<std::uint64_t>> cell_keys;
  std::vector<std::uint64_t> row_keys, column_keys;
  std::uint64_t grand_key = 0;
};

/// The true tables of a publication with their cell keys, and the release key (a keyed fingerprint
/// of every client's place in every table and its number of records). Exposed for the tests; the
/// publication itself never holds a true count.
struct keyed_tables {
  std::vector<keyed_grid> grids;  ///< placement, target, movement, movement_summary
  std::size_t clients = 0, records = 0, converted = 0;
  std::uint64_t clients_key = 0, records_key = 0, converted_key = 0, release_key = 0;
};

inline keyed_tables make_keyed_tables(std::span<const record> records, const publication_options& o) {
  keyed_tables out;
  const auto national = to_national(records, o.extensions);
  const auto& nr = national.records;
  const date from = o.reference.add_months(-12), to = o.reference;
  // which national records were converted (same order as `records`)
  std::vector<bool> converted(records.size(), false);
  for (std::size_t i = 0; i < records.size(); ++i) {
    bool c = false;
    (void)to_national(records[i], o.extensions, &c);
    converted[i] = c;
  }
  std::map<std::string, std::vector<std::size_t>> by_client;
  for (std::size_t i = 0; i < nr.size(); ++i) by_client[nr[i].client_id].push_back(i);
  bool first = true;
  std::uint64_t fingerprint = 0;
  std::vector<record> mine;
  for (const auto& [id, idx] : by_client) {
    // a record without a client id belongs to no client: it is counted in `records` only
    const std::uint64_t key = o.record_key(id);
    for (std::size_t n = 0; n < idx.size(); ++n) {
      const std::uint64_t rk = detail::mix64(key + detail::mix64(n + 1));
      ++out.records;
      out.records_key += rk;
      if (converted[idx[n]]) {
        ++out.converted;
        out.converted_key += rk;
      }
    }
    if (id.empty()) continue;
    ++out.clients;
    out.clients_key += key;
    mine.clear();
    for (const auto i : idx) mine.push_back(nr[i]);
    const auto m = reports::movement_between(mine, from, to);
    const count_grid one[] = {placement_grid(reports::placement(mine, o.reference)), target_grid(reports::target_table(mine, o.reference)),
                              movement_grid(m), movement_summary_grid(m)};
    if (first) {
      for (const auto& g : one) {
        keyed_grid k;
        k.counts = g;
        for (auto& r : k.counts.cells)
          for (auto& c : r) c = 0;
        k.counts.row_totals.assign(g.rows.size(), 0);
        k.counts.column_totals.assign(g.columns.size(), 0);
        k.counts.grand_total = 0;
        k.cell_keys.assign(g.rows.size(), std::vector<std::uint64_t>(g.columns.size(), 0));
        k.row_keys.assign(g.rows.size(), 0);
        k.column_keys.assign(g.columns.size(), 0);
        out.grids.push_back(std::move(k));
      }
      first = false;
    }
    std::uint64_t place = detail::mix64(idx.size());
    for (std::size_t t = 0; t < 4; ++t) {
      auto& k = out.grids[t];
      for (std::size_t i = 0; i < one[t].rows.size(); ++i)
        for (std::size_t j = 0; j < one[t].columns.size(); ++j) {
          const std::size_t n = one[t].cells[i][j].value_or(0);
          if (n == 0) continue;
          *k.counts.cells[i][j] += n;
          *k.counts.row_totals[i] += n;
          *k.counts.column_totals[j] += n;
          *k.counts.grand_total += n;
          k.cell_keys[i][j] += n * key;
          k.row_keys[i] += n * key;
          k.column_keys[j] += n * key;
          k.grand_key += n * key;
          place = detail::mix64(place ^ (t * 4099 + i * 64 + j + 1) * n);
        }
    }
    fingerprint += detail::mix64(key ^ place);
  }
  if (first) {  // no client: empty tables
    const reports::movement_report m = reports::movement_between(nr, from, to);
    for (const auto& g : {placement_grid(reports::placement(nr, o.reference)), target_grid(reports::target_table(nr, o.reference)), movement_grid(m),
                          movement_summary_grid(m)}) {
      keyed_grid k;
      k.counts = g;
      k.counts.complete_totals();
      k.cell_keys.assign(g.rows.size(), std::vector<std::uint64_t>(g.columns.size(), 0));
      k.row_keys.assign(g.rows.size(), 0);
      k.column_keys.assign(g.columns.size(), 0);
      out.grids.push_back(std::move(k));
    }
  }
  out.release_key = detail::mix64(fingerprint ^ detail::mix64(out.records_key) ^ detail::mix64(static_cast<std::uint64_t>(o.reference.days())) ^
                                  o.record_key("\x1frelease"));
  return out;
}

/// A conformance reason without figures (see published_reason).
inline published_reason publish_reason(const conformance_reason& r) {
  const auto& id = r.id;
  if (id == "valid_records") return {id, "te weinig geldige records", "too few valid records"};
  if (id == "growth_filled") return {id, "groeipotentieel te weinig gevuld (trede 1-5)", "growth potential filled too rarely (steps 1-5)"};
  if (id == "code_list") return {id, "te veel waarden buiten de codelijst", "too many values outside the code list"};
  if (id == "no_records") return {id, r.message_nl, r.message_en};
  if (id.rfind("required_filled:", 0) == 0)
    return {id, "verplicht veld " + id.substr(16) + " te weinig gevuld", "required field " + id.substr(16) + " filled too rarely"};
  if (id == "sub_steps_undefined")  // without the list: which sub-steps have clients is not published
    return {id, "subtreden zonder landelijke trede (SPEC §9)", "sub-steps without a national step (SPEC §9)"};
  return {id, r.message_nl, r.message_en};
}

/// The publication of `records` (with the readers' `input` findings).
inline publication make_publication(std::span<const record> records, std::span<const finding> input, const publication_options& o) {
  publication p;
  p.municipality = o.municipality;
  p.reference = o.reference;
  p.protect = o.protect;
  p.movement_to = o.reference;
  p.movement_from = o.reference.add_months(-12);
  const auto c = assess_conformance(records, input, o.reference, o.extensions, o.thresholds);
  p.comparable = c.comparable;
  for (const auto& r : c.reasons) p.reasons.push_back(publish_reason(r));
  const auto k = make_keyed_tables(records, o);
  if (k.clients < o.protect.min_clients) {
    p.withheld = true;
    return p;
  }
  p.comparability_warnings = c.comparability.size();
  const auto& pt = o.protect.table;
  auto protect = [&](std::size_t n, std::uint64_t key) { return pt.published(n, cell_draw(k.release_key, key)); };
  p.records = protect(k.records, k.records_key);
  p.clients = protect(k.clients, k.clients_key);
  p.converted_national = protect(k.converted, k.converted_key);
  for (const auto& g : k.grids) {
    count_grid out = g.counts;
    for (std::size_t i = 0; i < out.rows.size(); ++i)
      for (std::size_t j = 0; j < out.columns.size(); ++j) out.cells[i][j] = protect(*g.counts.cells[i][j], g.cell_keys[i][j]);
    for (std::size_t i = 0; i < out.rows.size(); ++i) out.row_totals[i] = protect(*g.counts.row_totals[i], g.row_keys[i]);
    for (std::size_t j = 0; j < out.columns.size(); ++j) out.column_totals[j] = protect(*g.counts.column_totals[j], g.column_keys[j]);
    out.grand_total = protect(*g.counts.grand_total, g.grand_key);
    p.tables.push_back(std::move(out));
  }
  return p;
}

}  // namespace pl::benchmark
