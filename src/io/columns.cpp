// SPDX-License-Identifier: Apache-2.0
#include "columns.hpp"

#include "input_finding.hpp"

#include <participatieladder/edit_distance.hpp>

#include <algorithm>
#include <vector>

namespace pl::io_detail {

const field_info* resolve_column(std::string_view header, const read_options& options) {
  if (!options.columns.empty()) {
    const auto folded = fields_detail::fold(header);
    for (const auto& [from, key] : options.columns)
      if (fields_detail::fold(from) == folded) return field_by_key(key);
  }
  return find_field(header);
}

std::string nearest_key_or_alias(std::string_view header) {
  const std::string h = fields_detail::fold(header);
  if (h.size() < 3) return {};
  // Close: at most one edit in four characters (two for short names), never a different word.
  const std::size_t allowed = std::max<std::size_t>(1, h.size() / 4);
  std::string best;
  std::size_t best_distance = static_cast<std::size_t>(-1);
  auto consider = [&](std::string_view name) {
    if (name.empty()) return;
    const std::string folded = fields_detail::fold(name);
    // The distance is at least the difference in length: a name that cannot be close is not
    // compared (a long header costs no quadratic work per key; found by fuzzing, issue 14).
    const std::size_t longer = std::max(h.size(), folded.size()), shorter = std::min(h.size(), folded.size());
    if (longer - shorter > allowed) return;
    const std::size_t d = detail::edit_distance(h, folded);
    if (d < best_distance) {
      best_distance = d;
      best = std::string(name);
    }
  };
  for (const auto& f : field_table) {
    consider(f.key);
    for (const auto a : f.aliases) consider(a);
  }
  return best_distance <= allowed ? best : std::string();
}

finding local_column_finding(std::string_view file, std::size_t line, std::string_view header) {
  const std::string near = nearest_key_or_alias(header);
  const field_info* f = near.empty() ? nullptr : find_field(near);
  const std::string h(header);
  std::string nl = "kolom '" + h + "' is geen sleutel of kolomnaam van de gegevensset: bewaard als lokaal veld";
  std::string en = "column '" + h + "' is not a key or header of the data set: kept as a local field";
  if (f != nullptr) {
    const std::string which = near == f->key ? "'" + near + "'" : "'" + near + "' (" + std::string(f->key) + ")";
    nl += "; bedoelt u " + which + "? Pas de kolomnaam aan of geef een kolomindeling (--columns)";
    en += "; did you mean " + which + "? Rename the column or give a column mapping (--columns)";
  }
  finding out = row_finding(file, line, nl, en);
  out.severity = severity::info;
  out.value = h;  // a header name, never personal data
  return out;
}

}  // namespace pl::io_detail
