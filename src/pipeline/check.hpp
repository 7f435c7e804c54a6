// SPDX-License-Identifier: Apache-2.0
// Step 2 of the pipeline (SPEC §6, §8): a record set → every finding, in one order. The rule that
// an unreadable value is reported once (SPEC §6) lives here and nowhere else.
#pragma once

#include "pipeline/record_set.hpp"
#include "pipeline/reference_date.hpp"

#include <participatieladder/checks.hpp>

#include <cstddef>
#include <cstdint>
#include <set>
#include <utility>
#include <string>
#include <vector>

namespace pl::pipeline {

struct check_outcome {
  /// Input findings and check findings, each with its file named, ordered by source, line, input
  /// findings before check findings of the same line (otherwise in the order found).
  std::vector<finding> findings;
  std::size_t errors = 0, warnings = 0, infos = 0;
  pipeline::reference_date reference;
  std::size_t records = 0;
  std::vector<std::string> sources;
  std::vector<std::string> encodings;  ///< per source (SPEC §6: said in every summary)
  /// Spellings that are probably one caseworker / one team (reports/name_variants.hpp)
  std::vector<std::vector<std::string>> similar_caseworkers, similar_teams;
  /// The parts the records were checked in, one thread each (check_threads): 1 = on the calling
  /// thread only; over a stream (check_stream) the most any of its parts was cut into. Says
  /// whether the threaded path ran (tests/parallel); not part of the answer (not in the message).
  std::size_t parts = 0;
};

/// Records one thread checks at the least (issue 13): fewer are not worth a thread.
inline constexpr std::size_t default_min_part_records = 16384;

/// How the records are checked on threads (issue 13): cut, in record order, into parts of about
/// equal size — one per thread, none smaller than `min_part_records` (so a small set is one part,
/// checked on the calling thread) — and the parts' findings joined in order. The findings are the
/// same for every setting (tests/parallel, tests/determinism).
struct check_threads {
  unsigned threads = 1;  ///< 0 = one per core
  std::size_t min_part_records = default_min_part_records;
};

/// Check `set` as of `reference_given` ("" = the latest measured_on, see reference_date.hpp) with
/// `config`, on `threads` threads (0 = one per core; the findings are the same for every count). A check finding on a record that names a key whose value on that record could not be
/// read is left out: the `input` finding already says what is wrong (e.g. no PL006 "step is
/// empty" after the step `7` was unreadable). errc::parse when the reference date cannot be read.
result<check_outcome> check(const record_set& set, std::string_view reference_given, const check_config& config,
                            unsigned threads = 1);
/// check() with its parts set by `how` (check_outcome::parts says how many were used).
result<check_outcome> check(const record_set& set, std::string_view reference_given, const check_config& config,
                            const check_threads& how);

/// (source, index into active_rules(config)) of the checks not run on a record for an absent column
/// that would have fired there (SPEC §8 revised).
using not_run_set = std::set<std::pair<std::uint32_t, std::size_t>>;

/// The findings of check() over `set` as of `reference`: input findings and check findings, the
/// consequences of unreadable values dropped, named and ordered. check_stream calls it per part.
/// With `not_run`, the checks not run for absent columns are added to it and the finding about
/// them (absent_column_findings) is left to the caller (a file checked in parts says it once).
/// With `parts`, the number of parts the records were checked in is stored there.
std::vector<finding> checked_findings(const record_set& set, const date& reference, const check_config& config,
                                      const check_threads& how = {}, not_run_set* not_run = nullptr, std::size_t* parts = nullptr);

/// SPEC §8 (revised), absent columns: per source of `set` with checks in `not_run`, one finding
/// naming the absent columns those checks need and the checks.
std::vector<finding> absent_column_findings(const record_set& set, const check_config& config, const not_run_set& not_run);

/// SPEC §8 (revised), `pladder check --current`: only the findings about each client's current
/// measurement — its latest on or before `reference` — with the history checks on it; findings on
/// superseded or later measurements are dropped. Findings about a whole file, and about records
/// that cannot be placed in a history (no client id or no date), stay.
std::vector<finding> current_only(const record_set& set, std::vector<finding> findings, const date& reference);

/// errors, warnings and infos of out.findings.
void count_severities(check_outcome& out);

/// Messages name the column as the file wrote it (SPEC §6: `Trede` where the file says Trede, not
/// the key `step`): in a check finding about a record, each of its fields whose header in that
/// record's source differs from the key is named by that header.
void name_columns_as_written(const record_set& set, finding& f);

/// Order `findings` of `set` as check_outcome::findings is ordered, naming files from set.sources
/// and the caseworker and team of each finding's record.
void name_and_order(const record_set& set, std::vector<finding>& findings);

}  // namespace pl::pipeline
