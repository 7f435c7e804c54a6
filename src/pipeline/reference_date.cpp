// SPDX-License-Identifier: Apache-2.0
#include "pipeline/reference_date.hpp"

namespace pl::pipeline {

result<reference_date> resolve_reference_date(std::string_view given, std::span<const record> records, std::string_view what) {
  reference_date out;
  if (!given.empty()) {
    auto d = parse_date(given);
    if (!d) return prefixed(what, d.error());
    out.day = d.value();
    return out;
  }
  out.from_data = true;
  for (const auto& r : records)
    if (r.measured_on && (!out.day || *r.measured_on > *out.day)) out.day = r.measured_on;
  return out;
}

result<reference_date> resolve_reference_date(std::string_view given, const caseload_store& records, std::string_view what) {
  if (!given.empty()) return resolve_reference_date(given, std::span<const record>(), what);
  reference_date out;
  out.from_data = true;
  std::optional<std::int32_t> latest;
  for (const auto& r : records.rows().first(records.records()))
    if (r.measured_on && (!latest || r.measured_on.days() > *latest)) latest = r.measured_on.days();
  if (latest) out.day = date::from_days(*latest);
  return out;
}

}  // namespace pl::pipeline
