// SPDX-License-Identifier: Apache-2.0
// Planted inconsistencies (issue 3): for each check of SPEC §8 one mutation of a consistent
// caseload that makes exactly that check fire once and nothing else. Each planted case goes to a
// client of its own, so two plants never meet in one history (PL019–PL021 look at histories).
// The table below is the catalogue of mutations; docs/generator.md explains each row.
#pragma once

#include <participatieladder/record.hpp>
#include "calendar.hpp"
#include "caseload.hpp"
#include "identity.hpp"
#include "prng.hpp"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pl::gen {

/// A value written to the file in place of a field's value, unreadable on purpose (plant
/// `input`: SPEC §6 "a value that cannot be read is a clear error … never a silent default").
struct raw_value {
  std::size_t measurement;  ///< index within the client's measurements (record index once flattened)
  std::string key;          ///< the SPEC §6 key of the field
  std::string text;         ///< what is written instead
};

/// One client while it is being built: its measurements, oldest first, and raw values.
struct draft_client {
  std::vector<record> records;
  std::vector<raw_value> raw_values;
};

struct plant_env {
  date reference;
  const path_pool& paths;
};

/// A mutation: `find` names the measurement of a client that it can be planted on (or nothing),
/// `apply` plants it there.
struct plant_rule {
  std::string_view id;   ///< PL001 … PL022, or `input`
  std::string_view how;  ///< the mutation in words
  std::optional<std::size_t> (*find)(const std::vector<record>&);
  void (*apply)(draft_client&, std::size_t, prng&, const plant_env&);
};

namespace detail {

template <class Pred>
std::optional<std::size_t> first_where(const std::vector<record>& rs, Pred pred) {
  for (std::size_t i = 0; i < rs.size(); ++i)
    if (rs[i].step && pred(rs[i])) return i;
  return std::nullopt;
}
inline bool on(const record& r, std::initializer_list<step> steps) {
  for (const step s : steps)
    if (r.step == s) return true;
  return false;
}
inline bool grows(const record& r) { return r.effective_growth_potential() == growth::potential; }
inline bool no_growth(const record& r) { return r.effective_growth_potential() == growth::none; }
inline std::optional<std::size_t> latest_if(const std::vector<record>& rs, bool ok) {
  if (!ok || rs.empty()) return std::nullopt;
  return rs.size() - 1;
}
inline bool placed(const record& r) { return r.step && is_ladder_step(*r.step); }

}  // namespace detail

/// SPEC §8, one row per check id: the measurement it goes on and the mutation.
inline const std::array<plant_rule, 23>& plant_rules() {
  using namespace detail;
  static const std::array<plant_rule, 23> rules{{
      {"PL001", "step 3/4 without growth potential: a new instrument is deployed",
       [](const auto& rs) { return first_where(rs, [](const record& r) { return on(r, {step::organised_activities, step::unpaid_work}) && no_growth(r); }); },
       [](draft_client& c, std::size_t i, prng&, const plant_env&) { c.records[i].instrument_deployed = true; }},
      {"PL002", "step 1/2 with growth potential: an instrument is in use",
       [](const auto& rs) {
         // with growth potential, or the instrument in use is also PL001 (SPEC §8 revised)
         return first_where(rs, [](const record& r) { return on(r, {step::isolated, step::social_contacts}) && grows(r); });
       },
       [](draft_client& c, std::size_t i, prng&, const plant_env&) { c.records[i].instrument_in_use = true; }},
      {"PL003", "step 6: a UWV benefit (income b), or an instrument in use",
       [](const auto& rs) { return first_where(rs, [](const record& r) { return on(r, {step::paid_work}); }); },
       [](draft_client& c, std::size_t i, prng& rng, const plant_env&) {
         if (rng.percent(50)) c.records[i].income_situation = income::uwv_benefit;
         else c.records[i].instrument_in_use = true;
       }},
      {"PL004", "step 5 with income from work, no instrument and no stored answers",
       [](const auto& rs) { return first_where(rs, [](const record& r) { return on(r, {step::paid_work_with_support}); }); },
       [](draft_client& c, std::size_t i, prng&, const plant_env&) {
         auto& r = c.records[i];
         r.answers.reset();
         r.determination = determination_method::delimitation;
         r.income_situation = income::work;
         r.instrument_in_use = false;
         r.instrument_deployed = false;
       }},
      {"PL005", "registered growth potential + with a work-obligation exemption",
       [](const auto& rs) { return first_where(rs, [](const record& r) { return r.growth_potential == growth::potential; }); },
       [](draft_client& c, std::size_t i, prng&, const plant_env&) { c.records[i].work_obligation_exemption = true; }},
      {"PL006", "the caseworker is left empty",
       [](const auto& rs) { return first_where(rs, [](const record&) { return true; }); },
       [](draft_client& c, std::size_t i, prng&, const plant_env&) { c.records[i].caseworker.clear(); }},
      {"PL007", "step 1–4, target = step, but the flag says +",
       [](const auto& rs) {
         return first_where(rs, [](const record& r) {
           return on(r, {step::isolated, step::social_contacts, step::organised_activities, step::unpaid_work}) &&
                  r.growth_potential == growth::none && r.target_step == r.step;
         });
       },
       [](draft_client& c, std::size_t i, prng&, const plant_env&) {
         auto& r = c.records[i];
         r.growth_potential = growth::potential;
         r.target_horizon = horizon::one_year;  // only a one-year target contradicts (SPEC §5)
         r.work_obligation_exemption = false;  // not also PL005
         r.integration_exemption = false;
         r.instrument_deployed = false;        // not also PL001
       }},
      {"PL008", "step 2–5 without growth potential: target one step below the step",
       [](const auto& rs) {
         return first_where(rs, [](const record& r) {
           return on(r, {step::social_contacts, step::organised_activities, step::unpaid_work, step::paid_work_with_support}) &&
                  no_growth(r) && r.target_step;
         });
       },
       [](draft_client& c, std::size_t i, prng&, const plant_env&) {
         auto& r = c.records[i];
         r.target_step = *step_from_int(to_int(*r.step) - 1);
         r.target_growth = growth::none;
       }},
      {"PL009", "step 6 with growth potential 0",
       [](const auto& rs) { return first_where(rs, [](const record& r) { return on(r, {step::paid_work}); }); },
       [](draft_client& c, std::size_t i, prng&, const plant_env&) { c.records[i].growth_potential = growth::none; }},
      {"PL010", "an earlier measurement whose next measurement is due on or before its own date",
       [](const auto& rs) {
         if (rs.size() < 2) return std::optional<std::size_t>{};
         return first_where(rs, [](const record& r) { return placed(r) && r.next_measurement_due; });
       },
       [](draft_client& c, std::size_t i, prng& rng, const plant_env&) {
         auto& r = c.records[i];
         r.next_measurement_due = add_days(*r.measured_on, -rng.between(0, 20));
       }},
      {"PL011", "next measurement due 13–18 months after the measurement",
       [](const auto& rs) { return first_where(rs, [](const record& r) { return placed(r) && r.next_measurement_due; }); },
       [](draft_client& c, std::size_t i, prng& rng, const plant_env&) {
         auto& r = c.records[i];
         r.next_measurement_due = r.measured_on->add_months(rng.between(13, 18));
       }},
      {"PL012", "a client's only measurement is dated after the reference date",
       // only measurement: otherwise the one before would become the latest and be overdue (PL021)
       [](const auto& rs) { return latest_if(rs, rs.size() == 1 && placed(rs.back())); },
       [](draft_client& c, std::size_t i, prng& rng, const plant_env& env) {
         auto& r = c.records[i];
         r.measured_on = add_days(env.reference, rng.between(1, 30));
         r.next_measurement_due = add_days(*r.measured_on, rng.between(model::due_days_min, model::due_days_max));
       }},
      {"PL013", "step 3 with stored answers that lead to step 2",
       [](const auto& rs) { return first_where(rs, [](const record& r) { return on(r, {step::organised_activities}) && r.answers; }); },
       [](draft_client& c, std::size_t i, prng& rng, const plant_env& env) {
         auto& r = c.records[i];
         r.answers = env.paths.draw(step::social_contacts, r.integration_obligation.value_or(false), rng);
       }},
      {"PL014", "step 3 with a sub-step of step 2",
       [](const auto& rs) { return first_where(rs, [](const record& r) { return on(r, {step::organised_activities}); }); },
       [](draft_client& c, std::size_t i, prng& rng, const plant_env&) {
         c.records[i].sub_steps = {sub_step{step::social_contacts, rng.between(1, 6)}};
       }},
      {"PL015", "step 3/4 with income d (werk)",
       [](const auto& rs) { return first_where(rs, [](const record& r) { return on(r, {step::organised_activities, step::unpaid_work}); }); },
       [](draft_client& c, std::size_t i, prng&, const plant_env&) { c.records[i].income_situation = income::work; }},
      {"PL016", "integration exemption without integration obligation",
       [](const auto& rs) {
         // without growth potential +, or the exemption is also PL005 (SPEC §8 revised)
         return first_where(rs, [](const record& r) { return r.integration_obligation == false && !grows(r); });
       },
       [](draft_client& c, std::size_t i, prng&, const plant_env&) { c.records[i].integration_exemption = true; }},
      {"PL017", "a BSN with a wrong check digit (fails the eleven-test)",
       [](const auto& rs) { return first_where(rs, [](const record& r) { return !r.bsn.empty(); }); },
       [](draft_client& c, std::size_t i, prng& rng, const plant_env&) { c.records[i].bsn = break_eleven_test(c.records[i].bsn, rng); }},
      {"PL018", "a birth date giving age 70 (or 13) at the measurement",
       [](const auto& rs) { return first_where(rs, [](const record& r) { return r.measured_on.has_value(); }); },
       [](draft_client& c, std::size_t i, prng& rng, const plant_env&) {
         auto& r = c.records[i];
         r.birth_date = add_days(r.measured_on->add_months(-12 * (rng.percent(50) ? 70 : 13)), -rng.between(1, 200));
       }},
      {"PL019", "a client with one measurement becomes an intake (0) of 100–200 days ago",
       [](const auto& rs) { return latest_if(rs, rs.size() == 1 && rs.front().step != step::left); },
       [](draft_client& c, std::size_t i, prng& rng, const plant_env& env) {
         auto& r = c.records[i];
         make_intake(r, rng);
         r.measured_on = add_days(env.reference, -rng.between(100, 200));
         r.next_measurement_due = add_days(env.reference, rng.between(1, model::intake_due_days_max));
       }},
      {"PL020", "the latest measurement is entered twice (same date)",
       [](const auto& rs) { return latest_if(rs, !rs.empty() && rs.back().step != step::intake); },
       [](draft_client& c, std::size_t i, prng&, const plant_env&) {
         c.records.insert(c.records.begin() + static_cast<std::ptrdiff_t>(i) + 1, c.records[i]);
       }},
      {"PL021", "the whole history moves back so that the latest measurement is 400–500 days old",
       [](const auto& rs) { return latest_if(rs, !rs.empty() && placed(rs.back())); },
       [](draft_client& c, std::size_t i, prng& rng, const plant_env& env) {
         const long shift = days_between(add_days(env.reference, -rng.between(400, 500)), *c.records[i].measured_on);
         for (auto& r : c.records) {
           r.measured_on = add_days(*r.measured_on, -shift);
           if (r.next_measurement_due) r.next_measurement_due = add_days(*r.next_measurement_due, -shift);
         }
       }},
      {"PL022", "a client who left (9) without an exit reason",
       [](const auto& rs) { return first_where(rs, [](const record& r) { return on(r, {step::left}); }); },
       [](draft_client& c, std::size_t i, prng&, const plant_env&) { c.records[i].exit_reason.reset(); }},
      {"input", "an unreadable yes/no value for low_literacy (laaggeletterd)",
       [](const auto& rs) { return first_where(rs, [](const record&) { return true; }); },
       [](draft_client& c, std::size_t i, prng& rng, const plant_env&) {
         static constexpr std::array<std::string_view, 3> bad{"misschien", "ja/nee", "2"};
         c.records[i].low_literacy.reset();
         c.raw_values.push_back({i, "low_literacy", std::string(bad[rng.below(bad.size())])});
       }},
  }};
  return rules;
}

inline const plant_rule* find_plant_rule(std::string_view id) {
  for (const auto& r : plant_rules())
    if (r.id == id) return &r;
  return nullptr;
}

}  // namespace pl::gen
