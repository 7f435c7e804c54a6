// SPDX-License-Identifier: Apache-2.0
#include "pipeline/benchmark.hpp"

namespace pl::pipeline {

result<benchmark::data_conformance> conform(const record_set& set, const benchmark_settings& s) {
  auto ref = resolve_reference_date(s.reference_date, set.records, "reference_date");
  if (!ref) return ref.error();
  return benchmark::assess_conformance(set.records, set.findings, ref.value().value(), s.extensions, s.thresholds);
}

result<benchmark::publication> publish(const record_set& set, const benchmark::pseudonym_key& key, const benchmark_settings& s) {
  const std::string municipality(pl::detail::trim(s.municipality));
  if (municipality.empty()) return fail(errc::invalid_argument, "municipality: a publication needs the municipality's name");
  if (s.protect.table.base < 5)
    return fail(errc::invalid_argument, "rounding base " + std::to_string(s.protect.table.base) + ": at least 5 (counts 1-4 protected, SPEC §11)");
  auto ref = resolve_reference_date(s.reference_date, set.records, "reference_date");
  if (!ref) return ref.error();
  benchmark::publication_options o;
  o.municipality = municipality;
  o.reference = ref.value().value();
  o.extensions = s.extensions;
  o.protect = s.protect;
  o.thresholds = s.thresholds;
  o.record_key = [&key, municipality](std::string_view id) { return benchmark::record_key(key, municipality, id); };
  return benchmark::make_publication(set.records, set.findings, o);
}

result<benchmark::record_export> export_records(const record_set& set, const benchmark::pseudonym_key& key, const benchmark_settings& s) {
  const std::string municipality(pl::detail::trim(s.municipality));
  if (municipality.empty()) return fail(errc::invalid_argument, "municipality: the record-level export needs the municipality's name (its pseudonyms are bound to it)");
  benchmark::record_export_options o;
  o.extensions = s.extensions;
  o.srg = s.srg;
  o.municipality = municipality;
  o.k = s.k_anonymity;
  return benchmark::make_record_export(set.records, key, o);
}

}  // namespace pl::pipeline
