// SPDX-License-Identifier: Apache-2.0
// The base-data-set record (gegevensset), SPEC §6: one measurement of one client.
// Field names are the canonical §6 keys; every optional field is an std::optional (or an empty
// string for free text) so "not filled" is never confused with a value.
#pragma once

#include "date.hpp"
#include "exit_reason.hpp"
#include "growth.hpp"
#include "questionnaire.hpp"
#include "step.hpp"

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace pl {

/// SPEC §6 field 6.
enum class gender : unsigned char { male, female, unknown };  // M, V, O

/// SPEC §6 field 15: a gemeentelijke uitkering, b UWV-uitkering, c NUG-er (no benefit), d werk.
enum class income : unsigned char { municipal_benefit, uwv_benefit, no_benefit, work };

/// SPEC §6 `determination`: how the step was determined (§12: conversion marks SRG conversions).
enum class determination_method : unsigned char { questionnaire, delimitation, conversion, unknown };

/// A sub-step of a local extension (SPEC §9), e.g. 2.4 = base step 2, sub-step 4.
struct sub_step {
  step base;
  int number;
  friend constexpr auto operator<=>(const sub_step&, const sub_step&) = default;
  std::string to_string() const { return pl::to_string(base) + "." + std::to_string(number); }
};

/// One measurement (meetmoment) of one client, SPEC §6.
struct record {
  // identification (personal data: never logged, never exported to a benchmark, SPEC §11)
  std::string client_id;                      ///< required, vendor's own key
  std::string bsn;                            ///< optional, 9 digits, eleven-test (PL017)
  std::string family_name;                    ///< 1
  std::string given_name;                     ///< 2
  std::string initials;                       ///< 3
  std::string name_prefix;                    ///< 4
  std::optional<date> birth_date;             ///< 5
  std::optional<pl::gender> gender;           ///< 6
  std::string address;                        ///< 7
  std::string postal_code;                    ///< 8, NNNN AA (PL017)
  std::string city;                           ///< 9
  // measurement
  std::optional<date> measured_on;            ///< 10, required
  std::optional<date> next_measurement_due;   ///< 11
  std::string caseworker;                     ///< 12
  std::string department;                     ///< 12
  std::string team;                           ///< 12
  std::optional<pl::step> step;               ///< 13, required
  std::optional<growth> growth_potential;     ///< 14
  int growth_grade = 0;                       ///< local grade (`++` = 2), reduced to the flag (§5)
  std::optional<pl::step> target_step;        ///< potentietrede / doeltrede
  std::optional<horizon> target_horizon;      ///< termijn
  std::optional<growth> target_growth;        ///< growth expected beyond the target (§5)
  std::optional<pl::income> income_situation; ///< 15
  std::optional<bool> start_qualification;    ///< 16
  std::optional<bool> integration_obligation; ///< 17
  std::optional<bool> integration_need;       ///< 18
  std::optional<bool> low_literacy;           ///< 19
  std::optional<bool> work_obligation_exemption;  ///< 20 (a non-empty municipal code = yes)
  std::string work_obligation_exemption_code;     ///< 20, the municipal code when one was given
  std::optional<bool> integration_exemption;  ///< 21
  std::optional<bool> instrument_in_use;      ///< 22
  std::optional<bool> instrument_deployed;    ///< 23
  std::vector<sub_step> sub_steps;            ///< §9, several allowed (`2.2,2.4`)
  std::optional<determination_method> determination;
  std::optional<answer_set> answers;          ///< `1:N 2:N 10:J`
  std::string free_field;                     ///< passed through, never exported to a benchmark
  std::optional<pl::exit_reason> exit_reason; ///< uitstroomreden, with step 9 (§6, §7)
  std::optional<date> exit_date;              ///< datum uitstroom: the client left on this date (§6 revised)
  std::vector<std::pair<std::string, std::string>> local_fields;  ///< unknown columns, kept as given

  // provenance (not part of the data set)
  std::size_t line = 0;     ///< 1-based line in the source file; 0 when not read from a file
  std::uint32_t source = 0; ///< index of the source file among those read together
  /// SPEC §6 (revised): the sign of the step notation and the growth column disagreed; neither
  /// wins, growth_potential is left not filled and the reader reports both values.
  bool growth_conflict = false;

  /// Every member back to its default (as `record{}`), keeping the buffers of its strings and
  /// vectors: a reader reuses one record for every row (issue 25). A member added above is added
  /// here too (tests/unit/record_clear_test.cpp).
  void clear() noexcept {
    for (std::string* s : {&client_id, &bsn, &family_name, &given_name, &initials, &name_prefix, &address, &postal_code, &city,
                           &caseworker, &department, &team, &work_obligation_exemption_code, &free_field})
      s->clear();
    for (std::optional<date>* d : {&birth_date, &measured_on, &next_measurement_due, &exit_date}) d->reset();
    for (std::optional<bool>* b : {&start_qualification, &integration_obligation, &integration_need, &low_literacy,
                                   &work_obligation_exemption, &integration_exemption, &instrument_in_use, &instrument_deployed})
      b->reset();
    gender.reset();
    step.reset();
    growth_potential.reset();
    growth_grade = 0;
    target_step.reset();
    target_horizon.reset();
    target_growth.reset();
    income_situation.reset();
    sub_steps.clear();
    determination.reset();
    answers.reset();
    exit_reason.reset();
    local_fields.clear();
    line = 0;
    source = 0;
    growth_conflict = false;
  }

  /// The highest registered sub-step (SPEC §9), if any.
  std::optional<sub_step> highest_sub_step() const {
    std::optional<sub_step> best;
    for (const auto& s : sub_steps)
      if (!best || s > *best) best = s;
    return best;
  }

  /// SPEC §6 (revised): the step-9 measurement a record with `exit_date` also stands for — the
  /// client left on exit_date with the record's exit_reason. Nothing when the record has none.
  std::optional<record> leaving() const {
    if (!exit_date) return std::nullopt;
    record out;
    out.client_id = client_id;
    out.caseworker = caseworker;
    out.department = department;
    out.team = team;
    out.measured_on = exit_date;
    out.step = pl::step::left;
    out.exit_reason = exit_reason;
    out.line = line;
    out.source = source;
    return out;
  }

  /// The effective growth potential: the flag, else derived from the target step (SPEC §5).
  std::optional<growth> effective_growth_potential() const {
    if (!step) return std::nullopt;
    return pl::effective_growth(*step, growth_potential, target_step, target_horizon);
  }
};

}  // namespace pl
