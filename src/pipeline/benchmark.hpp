// SPDX-License-Identifier: Apache-2.0
// The benchmark exchange as a pipeline step (SPEC §9, §11, §12): a record set → its conformance
// report, its aggregated publication, or its record-level export. The CLI (`pladder conform
// --data`, `pladder export --benchmark`, `pladder benchmark export`) and the C ABI call these; the
// rules are the header-only library's (include/participatieladder/benchmark/).
#pragma once

#include "pipeline/record_set.hpp"
#include "pipeline/reference_date.hpp"

#include <participatieladder/benchmark/conformance.hpp>
#include <participatieladder/benchmark/publication.hpp>
#include <participatieladder/benchmark/record_export.hpp>

#include <string>

namespace pl::pipeline {

struct benchmark_settings {
  std::string reference_date;                   ///< "" = the latest measured_on (reference_date.hpp)
  const extension_set* extensions = nullptr;    ///< SPEC §9 national steps; not owned
  std::string municipality;                     ///< the publication's name; the pseudonyms' municipality (required)
  benchmark::protection protect;                ///< the cell-key protection (docs/privacy.md)
  benchmark::conformance_thresholds thresholds;
  const benchmark::srg_mapping* srg = nullptr;  ///< SPEC §12, only on request; not owned
  std::size_t k_anonymity = 5;                  ///< record-level export: the least group size on the quasi-identifiers
};

/// The conformance report of `set`. errc::parse for an unreadable reference date.
result<benchmark::data_conformance> conform(const record_set& set, const benchmark_settings& s);

/// The aggregated publication, protected under `key` (its record keys). errc::invalid_argument
/// without a municipality name or with a rounding base below 5.
result<benchmark::publication> publish(const record_set& set, const benchmark::pseudonym_key& key, const benchmark_settings& s);

/// The record-level export under `key` (no key, no export: the caller must have one).
/// errc::invalid_argument without a municipality name (the pseudonyms are bound to it).
result<benchmark::record_export> export_records(const record_set& set, const benchmark::pseudonym_key& key, const benchmark_settings& s);

}  // namespace pl::pipeline
