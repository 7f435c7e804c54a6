// SPDX-License-Identifier: Apache-2.0
// The record-level benchmark export, SPEC §11: per measurement the base-data-set fields 10–23
// only (the `benchmark` column of fields.hpp's field table: one list, not a second copy), on the
// national step (SPEC §9, national.hpp) with the `determination` (conversion where converted),
// the client id replaced by its keyed pseudonym, the birth date reduced to the birth year, the
// postal code to its four digits. Nothing of fields 1–9 else, no BSN, no free field, no local
// fields, no sub-steps. With an SRG mapping (SPEC §12, only on request) a column `srg_position`
// is added and every placement it converts is marked `determination = conversion`.
#pragma once

#include "../csv_field.hpp"
#include "../extensions.hpp"
#include "../fields.hpp"
#include "../record.hpp"
#include "national.hpp"
#include "pseudonym.hpp"
#include "srg.hpp"

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
};

struct record_export {
  std::vector<std::string> columns;
  std::vector<std::vector<std::string>> rows;
  std::size_t converted_national = 0;  ///< records placed on another national step (§9)
  std::size_t converted_srg = 0;       ///< records given an SRG position (§12)
  std::size_t srg_unmapped = 0;        ///< records on a step the SRG mapping does not map (cell empty)
};

/// The export's columns, in order.
inline std::vector<std::string> record_export_columns(bool with_srg) {
  std::vector<std::string> cols{"pseudonym", "birth_year", "postal_code_digits"};
  for (const auto& f : field_table)
    if (f.benchmark) cols.emplace_back(f.key);
  cols.emplace_back("determination");
  if (with_srg) cols.emplace_back("srg_position");
  return cols;
}

inline record_export make_record_export(std::span<const record> records, const pseudonym_key& key, const record_export_options& o = {}) {
  record_export out;
  out.columns = record_export_columns(o.srg != nullptr);
  const value_style style = value_style::iso();
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
    row.push_back(in.client_id.empty() ? std::string() : pseudonym(key, in.client_id));
    row.push_back(in.birth_date ? std::to_string(in.birth_date->year) : std::string());
    row.push_back(postal_code_digits(in.postal_code));
    for (const auto& f : field_table)
      if (f.benchmark) row.push_back(f.format(r, style));
    row.push_back(r.determination ? std::string(fields_detail::format_determination_field(r, style)) : std::string());
    if (o.srg) row.push_back(srg);
    out.rows.push_back(std::move(row));
  }
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
