// SPDX-License-Identifier: Apache-2.0
#include "pipeline/check.hpp"

#include <participatieladder/io/input_consequences.hpp>

#include <algorithm>
#include <utility>

namespace pl::pipeline {

void name_and_order(const record_set& set, std::vector<finding>& findings) {
  for (auto& f : findings)
    if (f.file.empty() && f.record_index != finding::no_record && f.record_index < set.records.size()) {
      const auto source = set.records[f.record_index].source;
      if (source < set.sources.size()) f.file = set.sources[source];
    }
  std::vector<std::pair<std::size_t, finding>> keyed;
  keyed.reserve(findings.size());
  for (auto& f : findings) keyed.emplace_back(source_of(set, f), std::move(f));
  std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) {
    if (a.first != b.first) return a.first < b.first;
    if (a.second.line != b.second.line) return a.second.line < b.second.line;
    return (a.second.check == input_check_id) > (b.second.check == input_check_id);
  });
  findings.clear();
  for (auto& [source, f] : keyed) findings.push_back(std::move(f));
}

result<check_outcome> check(const record_set& set, std::string_view reference_given, const check_config& config) {
  check_outcome out;
  PL_TRY(reference, resolve_reference_date(reference_given, set.records, "reference_date"));
  out.reference = reference;
  std::vector<finding> found = run_checks(set.records, out.reference.value(), config);
  drop_input_consequences(found, set.findings);  // an unreadable value is reported once (SPEC §6)
  out.findings.reserve(set.findings.size() + found.size());
  out.findings.insert(out.findings.end(), set.findings.begin(), set.findings.end());
  std::move(found.begin(), found.end(), std::back_inserter(out.findings));
  name_and_order(set, out.findings);
  for (const auto& f : out.findings) {
    switch (f.severity) {
      case severity::error: ++out.errors; break;
      case severity::warning: ++out.warnings; break;
      case severity::info: ++out.infos; break;
    }
  }
  out.records = set.records.size();
  out.sources = set.sources;
  return out;
}

}  // namespace pl::pipeline
