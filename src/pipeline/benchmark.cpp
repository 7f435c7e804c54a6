// SPDX-License-Identifier: Apache-2.0
#include "pipeline/benchmark.hpp"

namespace pl::pipeline {

result<benchmark::data_conformance> conform(const record_set& set, const benchmark_settings& s) {
  auto ref = resolve_reference_date(s.reference_date, set.records, "reference_date");
  if (!ref) return ref.error();
  return benchmark::assess_conformance(set.records, set.findings, ref.value().value(), s.extensions, s.thresholds);
}

result<benchmark::publication> publish(const record_set& set, const benchmark_settings& s) {
  if (pl::detail::trim(s.municipality).empty()) return fail(errc::invalid_argument, "municipality: a publication needs the municipality's name");
  if (s.rule.min < 1 || s.rule.max < s.rule.min)
    return fail(errc::invalid_argument, "suppress: " + std::to_string(s.rule.min) + "-" + std::to_string(s.rule.max) +
                                            " is not a range of small counts (it must start at 1 or above and not end before it starts)");
  auto ref = resolve_reference_date(s.reference_date, set.records, "reference_date");
  if (!ref) return ref.error();
  benchmark::publication_options o;
  o.municipality = std::string(pl::detail::trim(s.municipality));
  o.reference = ref.value().value();
  o.extensions = s.extensions;
  o.rule = s.rule;
  o.thresholds = s.thresholds;
  return benchmark::make_publication(set.records, set.findings, o);
}

result<benchmark::record_export> export_records(const record_set& set, const benchmark::pseudonym_key& key, const benchmark_settings& s) {
  benchmark::record_export_options o;
  o.extensions = s.extensions;
  o.srg = s.srg;
  return benchmark::make_record_export(set.records, key, o);
}

}  // namespace pl::pipeline
