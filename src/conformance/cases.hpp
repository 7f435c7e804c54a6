// SPDX-License-Identifier: Apache-2.0
// The cases of the vendor conformance suite (SPEC §11, docs/conformance.md), built from the
// vector set: every complete path of the questionnaire (SPEC §4: 308) and every prefix of one,
// the questionnaire, check and report vectors, and the bad input files. One request can be judged
// by several cases (a path: its step at the required level, its §4.1 notes at the recommended).
#pragma once

#include <participatieladder/error.hpp>
#include <participatieladder/v1/conformance.pb.h>

#include <string>
#include <vector>

namespace pl::conformance {

enum class level { required, recommended };

/// What a case compares of a response (case_judge.cpp).
enum class aspect {
  determination,  ///< complete/step/path/unused, or the next question (SPEC §4)
  notes,          ///< the ids of the §4.1 divergence notes
  check,          ///< the findings: check, severity, line, record, key, fields (SPEC §8)
  report,         ///< the table's CSV and the input findings (SPEC §10)
  bad_input,      ///< an error status, or the findings of a malformed file (SPEC §6)
};

struct case_spec {
  std::string id;  ///< stable: "required/path/1:N 2:N 10:J 12:J 13:J"; a failure list names these
  pl::conformance::level level;
  pl::conformance::aspect aspect;
  std::string feature;  ///< the capability it tests (conformance.proto, Capabilities.features)
};

/// Every feature the runner tests, in the order of the cases (Capabilities.features).
const std::vector<std::string>& all_features();

struct request_case {
  participatieladder::v1::ConformanceRequest request;
  std::vector<case_spec> cases;
};

/// The vector set in `dir`: vectors/questionnaire.json, vectors/checks.json, vectors/reports.json,
/// bad_input/* with bad_input/expected.json; VERSION names the set's version.
struct vector_set {
  std::string dir;
  std::string version;  ///< from VERSION; "source" when absent
  std::string digest;   ///< sha256 over every file's path and sha256 (sorted by path)
  std::vector<std::string> files;
};

/// The files and digest of the set in `dir`; an error naming the file when one is missing or,
/// when the directory has a SHA256SUMS manifest, when a file differs from it.
result<vector_set> open_vector_set(const std::string& dir);

/// The set next to the running program (PREFIX/share/participatieladder/conformance for
/// PREFIX/bin/pladder), else the one staged in the build tree.
std::string default_vector_dir();

/// Every request and its cases, in a fixed order.
result<std::vector<request_case>> build_cases(const vector_set& set);

/// The reference library's answer to a request (the expected response of every case).
participatieladder::v1::ConformanceResponse reference_answer(const participatieladder::v1::ConformanceRequest& request);

}  // namespace pl::conformance
