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
  std::string library_version;  ///< the reference library that computed the expected answers
  std::string runner_version;   ///< pladder's own version
  std::string adapter;
  std::string product, product_version;  ///< --product, --version: what the certificate is about
  std::string date;                      ///< UTC, ISO 8601, when the run ended
  std::vector<std::string> features;     ///< what the adapter declared (all when it declared nothing)
  bool declared = false;                 ///< the adapter answered the capabilities request
  conformance::protocol protocol = protocol::binary;
  std::vector<case_outcome> cases;
  level_counts required, recommended;
  std::vector<std::string> unknown_listed;  ///< failure-list ids that name no case
  std::vector<std::string> failure_list;    ///< the failure list the run was given

  /// No unexpected failure, no listed case that passes, no unknown id in the failure list.
  bool ok() const;
  std::size_t passed() const { return required.passed + recommended.passed; }
  std::size_t failed() const { return required.failed + recommended.failed; }
  /// ok() and no required case failing, expected-failing or skipped.
  bool conformant() const { return ok() && required.skipped + required.expected_failures + required.failed == 0; }
  /// sha256 over every case's outcome ("outcome<TAB>id", in case order) and the counts per level:
  /// the same adapter on the same vector set gives the same digest (`pladder conform --verify`).
  std::string results_digest() const;
};

/// A failure list: one case id per line; empty lines and lines starting with '#' are ignored.
result<std::set<std::string>> read_failure_list(const std::string& path);

/// What a case compares of a response, as canonical text (equal text = the case passes).
std::string projection(aspect a, const participatieladder::v1::ConformanceResponse& response);

/// Runs every case through `adapter`, after asking what it implements (a CapabilitiesRequest; cases
/// of a feature it does not declare are skipped, not sent). An adapter that cannot be started, that
/// breaks or that does not answer within its timeout is an error (naming the case), never counted
/// as a failure of the cases after it.
result<run_report> run(const vector_set& vectors, const std::vector<request_case>& cases, adapter_process& adapter,
                       const std::set<std::string>& failure_list);

/// Stable names, as in the certificate: "passed", "failed", "expected_failure", …; "required", "recommended".
const char* outcome_name(outcome o);
const char* level_name(level l);

/// The conformance certificate (product, versions, date, vector-set and results digests, counts, failures).
std::string certificate_json(const run_report& r);
std::string certificate_html(const run_report& r, lang language);

/// What a certificate states, read back from its JSON (`pladder conform --verify`).
struct certificate_claims {
  std::string adapter, protocol, product, product_version, vector_digest, results_digest;
  bool conformant = false;
  level_counts required, recommended;
  std::set<std::string> failure_list;  ///< ids the run had on its failure list (expected/listed/unknown)
};
result<certificate_claims> read_certificate(const std::string& json);

/// The differences between a certificate's claims and a new run ("" when none): each named.
std::string compare_with(const certificate_claims& claims, const run_report& rerun);

}  // namespace pl::conformance
