// SPDX-License-Identifier: Apache-2.0
// The vendor conformance runner (SPEC §11, docs/conformance.md; pattern of the protobuf
// conformance suite): every case is sent to the vendor's adapter, its response compared with the
// reference library's, and the outcome counted per level against the vendor's failure list.
#pragma once

#include "conformance/adapter_process.hpp"
#include "conformance/cases.hpp"

#include <participatieladder/lang.hpp>

#include <set>
#include <string>
#include <vector>

namespace pl::conformance {

enum class outcome {
  passed,
  failed,            ///< unexpected: not on the failure list
  expected_failure,  ///< on the failure list and still failing
  listed_but_passed, ///< on the failure list but passing: the list must shrink (a failure of the run)
  skipped,           ///< the adapter answered "skipped"
};

struct case_outcome {
  case_spec spec;
  conformance::outcome outcome = outcome::passed;
  std::string expected;  ///< what was compared, as text (empty when passed)
  std::string got;
};

struct level_counts {
  std::size_t passed = 0, failed = 0, expected_failures = 0, listed_but_passed = 0, skipped = 0;
};

struct run_report {
  conformance::vector_set vectors;
  std::string library_version;
  std::string adapter;
  conformance::protocol protocol = protocol::binary;
  std::vector<case_outcome> cases;
  level_counts required, recommended;
  std::vector<std::string> unknown_listed;  ///< failure-list ids that name no case

  /// No unexpected failure, no listed case that passes, no unknown id in the failure list.
  bool ok() const;
  std::size_t passed() const { return required.passed + recommended.passed; }
  std::size_t failed() const { return required.failed + recommended.failed; }
};

/// A failure list: one case id per line; empty lines and lines starting with '#' are ignored.
result<std::set<std::string>> read_failure_list(const std::string& path);

/// What a case compares of a response, as canonical text (equal text = the case passes).
std::string projection(aspect a, const participatieladder::v1::ConformanceResponse& response);

/// Runs every case through `adapter`. An adapter that cannot be started or that breaks is an error
/// (naming the case), never counted as a failure of the cases after it.
result<run_report> run(const vector_set& vectors, const std::vector<request_case>& cases, adapter_process& adapter,
                       const std::set<std::string>& failure_list);

/// Stable names, as in the certificate: "passed", "failed", "expected_failure", …; "required", "recommended".
const char* outcome_name(outcome o);
const char* level_name(level l);

/// The conformance certificate (library version, vector-set version and digest, counts, failures).
std::string certificate_json(const run_report& r);
std::string certificate_html(const run_report& r, lang language);

}  // namespace pl::conformance
