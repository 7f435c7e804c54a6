// SPDX-License-Identifier: Apache-2.0
// Records with every SPEC §6 field filled (and some empty), shared by the writer/reader tests.
#pragma once

#include <participatieladder/finding.hpp>

#include <participatieladder/fields.hpp>
#include <participatieladder/record.hpp>

#include <catch2/catch.hpp>

#include <span>
#include <vector>

namespace pl::test {

inline std::vector<record> sample_records() {
  std::vector<record> rs(3);
  auto& a = rs[0];
  a.client_id = "K-001"; a.bsn = "111222333"; a.family_name = "Jansen, de"; a.given_name = "Ëlla";
  a.initials = "E."; a.name_prefix = "van"; a.birth_date = date{1980, 5, 17}; a.gender = gender::female;
  a.address = "Dorpsstraat 1; achter"; a.postal_code = "1234 AB"; a.city = "'s-Hertogenbosch";
  a.measured_on = date{2025, 3, 1}; a.next_measurement_due = date{2026, 3, 1}; a.caseworker = "KM \"7\"";
  a.department = "Werk"; a.team = "Noord"; a.step = step::social_contacts; a.growth_potential = growth::potential;
  a.growth_grade = 2; a.target_step = step::organised_activities; a.target_horizon = horizon::five_years;
  a.target_growth = growth::none; a.income_situation = income::municipal_benefit; a.start_qualification = false;
  a.integration_obligation = true; a.integration_need = false; a.low_literacy = true;
  a.work_obligation_exemption = true; a.work_obligation_exemption_code = "TIJDELIJK"; a.integration_exemption = false;
  a.instrument_in_use = true; a.instrument_deployed = false; a.sub_steps = {{step::social_contacts, 2}, {step::social_contacts, 4}};
  a.determination = determination_method::questionnaire; a.answers = parse_answers("1:N 2:N 10:N 11:N 14:N 15:N 16:N 17:N 19:J 20:J").value();
  a.free_field = "regel 1\nregel 2, met komma";
  a.local_fields = {{"Opmerking", "zie dossier"}};
  auto& b = rs[1];
  b.client_id = "K-002"; b.measured_on = date{2024, 12, 31}; b.step = step::paid_work; b.income_situation = income::work;
  b.work_obligation_exemption = false; b.local_fields = {{"Kleur", "blauw"}};
  auto& c = rs[2];
  c.client_id = "K-003"; c.measured_on = date{2025, 1, 15}; c.step = step::intake;
  return rs;
}

/// Two records are equal when every §6 value and every local field is (provenance aside).
inline void require_same(const record& a, const record& b) {
  for (const auto& f : field_table) {
    INFO(f.key);
    CHECK(format_field(a, f, value_style::iso()) == format_field(b, f, value_style::iso()));
  }
  CHECK(a.growth_grade == b.growth_grade);
  CHECK(a.local_fields == b.local_fields);
}

/// The findings that are not the reader's note about a local column (SPEC §6: an `input` info
/// finding per column that is no §6 key, naming it in `value`).
inline std::vector<finding> without_local_column_notes(const std::vector<finding>& findings) {
  std::vector<finding> out;
  for (const auto& f : findings)
    if (!(f.check == input_check_id && f.severity == severity::info && f.key.empty() && !f.value.empty())) out.push_back(f);
  return out;
}

/// The local columns a reader named in its notes, in order.
inline std::vector<std::string> local_column_notes(const std::vector<finding>& findings) {
  std::vector<std::string> out;
  for (const auto& f : findings)
    if (f.check == input_check_id && f.severity == severity::info && f.key.empty() && !f.value.empty()) out.push_back(f.value);
  return out;
}

}  // namespace pl::test
