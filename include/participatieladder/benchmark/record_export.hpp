// SPDX-License-Identifier: Apache-2.0
// The record-level benchmark export, SPEC §11 (issue 21, docs/privacy.md): per measurement the
// base-data-set fields 10–23 (the `benchmark` column of fields.hpp's field table: one list, not a
// second copy) except the staff names (caseworker, department, team: personal data of staff, and
// in a small municipality a pointer to the client), dates reduced to the month (YYYY-MM), on the
// national step (SPEC §9, national.hpp) with the `determination` (conversion where converted);
// the client id replaced by its keyed pseudonym (bound to the municipality, pseudonym.hpp); the
// birth date reduced to the birth year and the postal code to its four digits — these two are the
// quasi-identifiers, generalised (`k_anonymity_levels`) and where needed suppressed until every
// combination is shared by at least k clients (default 5). Nothing of fields 1–9 else, no BSN, no
// free field, no local fields, no sub-steps. With an SRG mapping (SPEC §12, only on request) a
// column `srg_position` is added and every placement it converts is marked `determination =
// conversion`.
#pragma once

#include "../csv_field.hpp"
#include "../extensions.hpp"
#include "../fields.hpp"
#include "../record.hpp"
#include "national.hpp"
#include "pseudonym.hpp"
#include "srg.hpp"

#include <map>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace pl::benchmark {

/// The four digits of a Dutch postal code (`1234 AB` → `1234`), else empty (never the raw value).
inline std::string postal_code_digits(std::string_view pc) {
  pc = pl::detail::trim(pc);
  if (pc.size() < 4 || pc[0] < '1' || pc[0] > '9') return "";
  for (std::size_t i = 1; i < 4; ++i)
    if (pc[i] < '0' || pc[i] > '9') return "";
  if (pc.size() > 4 && pc[4] >= '0' && pc[4] <= '9') return "";  // five digits: not Dutch
  return std::string(pc.substr(0, 4));
}

struct record_export_options {
  const extension_set* extensions = nullptr;  ///< SPEC §9: national steps
  const srg_mapping* srg = nullptr;           ///< SPEC §12: only on request
  std::string municipality;                   ///< the pseudonyms are bound to it (required)
  std::size_t k = 5;                          ///< the least number of clients sharing the quasi-identifiers
};

/// One generalisation of the quasi-identifiers, coarser down the list (data, not code).
struct k_anonymity_level {
  int birth_years;       ///< width of a birth-year class (1: the year itself)
  int postal_digits;     ///< leading postal-code digits kept (0: none)
  const char* label_nl;
  const char* label_en;
};
inline constexpr k_anonymity_level k_anonymity_levels[] = {
    {1, 4, "geboortejaar en 4 postcodecijfers", "birth year and 4 postal digits"},
    {5, 4, "geboortejaar in klassen van 5 en 4 postcodecijfers", "birth year in classes of 5 and 4 postal digits"},
    {5, 3, "geboortejaar in klassen van 5 en 3 postcodecijfers", "birth year in classes of 5 and 3 postal digits"},
    {10, 2, "geboortejaar in klassen van 10 en 2 postcodecijfers", "birth year in classes of 10 and 2 postal digits"},
    {10, 1, "geboortejaar in klassen van 10 en 1 postcodecijfer", "birth year in classes of 10 and 1 postal digit"},
    {20, 0, "geboortejaar in klassen van 20, geen postcode", "birth year in classes of 20, no postal code"},
};
/// The share of clients whose quasi-identifiers may be suppressed at a level before a coarser one is
/// tried; when no level stays under it, the level that suppresses fewest clients is used.
inline constexpr double k_anonymity_max_suppressed = 0.05;

/// What the k-anonymity step did (stated by the CLI and in docs/privacy.md).
struct k_anonymity_report {
  std::size_t k = 5;
  std::size_t level = 0;            ///< index into k_anonymity_levels
  std::size_t clients = 0;          ///< distinct pseudonyms
  std::size_t suppressed = 0;       ///< clients whose quasi-identifiers were emptied
  std::size_t smallest_group = 0;   ///< after generalisation and suppression (0: no clients)
};

struct record_export {
  std::vector<std::string> columns;
  std::vector<std::vector<std::string>> rows;
  std::size_t converted_national = 0;  ///< records placed on another national step (§9)
  std::size_t converted_srg = 0;       ///< records given an SRG position (§12)
  std::size_t srg_unmapped = 0;        ///< records on a step the SRG mapping does not map (cell empty)
  k_anonymity_report k_anonymity;
};

/// The fields 10–23 the export keeps: not the staff names.
inline bool exported_field(const field_info& f) { return f.benchmark && f.key != "caseworker" && f.key != "department" && f.key != "team"; }

/// The export's columns, in order.
inline std::vector<std::string> record_export_columns(bool with_srg) {
  std::vector<std::string> cols{"pseudonym", "birth_year", "postal_code_digits"};
  for (const auto& f : field_table)
    if (exported_field(f)) cols.emplace_back(f.key);
  cols.emplace_back("determination");
  if (with_srg) cols.emplace_back("srg_position");
  return cols;
}

namespace detail {
inline std::string month_of(std::string iso) { return iso.size() >= 7 ? iso.substr(0, 7) : iso; }
inline std::string birth_class(const std::string& year, int width) {
  if (year.empty() || width <= 1) return year;
  int y = 0;
  if (!pl::detail::parse_uint(year, y)) return "";
  const int from = y - y % width;
  return std::to_string(from) + "-" + std::to_string(from + width - 1);
}
inline std::string postal_prefix(const std::string& pc, int digits) {
  if (pc.empty() || digits <= 0) return "";
  return pc.substr(0, static_cast<std::size_t>(std::min<int>(digits, static_cast<int>(pc.size()))));
}
}  // namespace detail

inline record_export make_record_export(std::span<const record> records, const pseudonym_key& key, const record_export_options& o = {}) {
  record_export out;
  out.columns = record_export_columns(o.srg != nullptr);
  const value_style style = value_style::iso();
  std::vector<std::pair<std::string, std::string>> qi;  // per row: birth year, postal digits (full)
  for (const auto& in : records) {
    bool converted = false;
    record r = to_national(in, o.extensions, &converted);
    if (converted) ++out.converted_national;
    std::string srg;
    if (o.srg) {
      if (r.step && o.srg->code(*r.step)) {
        srg = *o.srg->code(*r.step);
        r.determination = determination_method::conversion;
        ++out.converted_srg;
      } else {
        ++out.srg_unmapped;
      }
    }
    std::vector<std::string> row;
    row.push_back(in.client_id.empty() ? std::string() : pseudonym(key, o.municipality, in.client_id));
    qi.emplace_back(in.birth_date ? std::to_string(in.birth_date->year) : std::string(), postal_code_digits(in.postal_code));
    row.emplace_back();
    row.emplace_back();
    for (const auto& f : field_table)
      if (exported_field(f)) row.push_back(f.kind == value_kind::date ? detail::month_of(f.format(r, style)) : f.format(r, style));
    row.push_back(r.determination ? std::string(fields_detail::format_determination_field(r, style)) : std::string());
    if (o.srg) row.push_back(srg);
    out.rows.push_back(std::move(row));
  }
  // k-anonymity over the quasi-identifiers, counted in clients (a client's rows share them; a
  // client whose rows differ counts in each of its combinations)
  auto& rep = out.k_anonymity;
  rep.k = o.k;
  std::set<std::string> clients;
  for (const auto& r : out.rows) clients.insert(r[0]);
  rep.clients = clients.size();
  const std::size_t levels = std::size(k_anonymity_levels);
  std::map<std::pair<std::string, std::string>, std::set<std::string>> groups;
  auto group_at = [&](std::size_t lv) {
    groups.clear();
    for (std::size_t i = 0; i < out.rows.size(); ++i)
      groups[{detail::birth_class(qi[i].first, k_anonymity_levels[lv].birth_years), detail::postal_prefix(qi[i].second, k_anonymity_levels[lv].postal_digits)}]
          .insert(out.rows[i][0]);
  };
  std::set<std::string> suppress;
  auto small_groups_at = [&](std::size_t lv) {
    group_at(lv);
    std::set<std::string> out;
    for (const auto& [g, members] : groups)
      if (members.size() < o.k) out.insert(members.begin(), members.end());
    return out;
  };
  // the first level with at most 5% suppressed; when none has, the level that suppresses fewest
  std::size_t best = levels;
  std::size_t fewest = 0;
  for (std::size_t lv = 0; lv < levels; ++lv) {
    const auto s = small_groups_at(lv);
    if (best == levels || s.size() < fewest) best = lv, fewest = s.size();
    if (static_cast<double>(s.size()) <= k_anonymity_max_suppressed * static_cast<double>(rep.clients)) {
      best = lv;
      break;
    }
  }
  rep.level = best;
  suppress = small_groups_at(best);
  // the emptied clients form one group of their own: fewer than k → empty the smallest groups too
  while (!suppress.empty() && suppress.size() < o.k && suppress.size() < rep.clients) {
    const std::set<std::string>* smallest = nullptr;
    for (const auto& [g, members] : groups) {
      bool all = true;
      for (const auto& m : members) all = all && suppress.count(m) > 0;
      if (!all && (!smallest || members.size() < smallest->size())) smallest = &members;
    }
    if (!smallest) break;
    suppress.insert(smallest->begin(), smallest->end());
  }
  rep.suppressed = suppress.size();
  const auto& lvl = k_anonymity_levels[rep.level];
  for (std::size_t i = 0; i < out.rows.size(); ++i) {
    if (suppress.count(out.rows[i][0])) continue;
    out.rows[i][1] = detail::birth_class(qi[i].first, lvl.birth_years);
    out.rows[i][2] = detail::postal_prefix(qi[i].second, lvl.postal_digits);
  }
  std::map<std::pair<std::string, std::string>, std::set<std::string>> final_groups;
  for (const auto& r : out.rows) final_groups[{r[1], r[2]}].insert(r[0]);
  for (const auto& [g, members] : final_groups)
    if (rep.smallest_group == 0 || members.size() < rep.smallest_group) rep.smallest_group = members.size();
  return out;
}

/// RFC 4180 CSV (`,`, `\n`), header of column keys.
inline std::string to_csv(const record_export& e) {
  std::string out;
  auto line = [&](const std::vector<std::string>& cells) {
    for (std::size_t i = 0; i < cells.size(); ++i) out += (i ? "," : "") + csv_field(cells[i], ',');
    out += '\n';
  };
  line(e.columns);
  for (const auto& r : e.rows) line(r);
  return out;
}

}  // namespace pl::benchmark
