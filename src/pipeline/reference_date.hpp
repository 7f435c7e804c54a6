// SPDX-License-Identifier: Apache-2.0
// The one reference-date rule of checks and reports (SPEC §8: "the reference date is an input,
// never the system clock"): the date given, or else the latest measured_on of the records read —
// deterministic for the same input. Every result says which date was used and how.
#pragma once

#include <participatieladder/date.hpp>
#include <participatieladder/error.hpp>
#include <participatieladder/caseload_store.hpp>
#include <participatieladder/record.hpp>

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace pl::pipeline {

struct reference_date {
  std::optional<date> day;  ///< empty only when none was given and no record has a readable measured_on
  bool from_data = false;   ///< true when not given: the latest measured_on of the records

  /// The date to compute with: records without a readable date make any date equivalent.
  date value() const noexcept { return day.value_or(date{}); }
  /// `YYYY-MM-DD`, or "" when there is none.
  std::string iso() const { return day ? day->iso() : std::string(); }
};

/// `given` (YYYY-MM-DD or another SPEC §6 date spelling; "" = not given) resolved against `records`.
/// errc::parse naming `what` when `given` cannot be read.
result<reference_date> resolve_reference_date(std::string_view given, std::span<const record> records, std::string_view what);
/// The same against the records of a caseload store (its rows before the leaving rows).
result<reference_date> resolve_reference_date(std::string_view given, const caseload_store& records, std::string_view what);

}  // namespace pl::pipeline
