// SPDX-License-Identifier: Apache-2.0
// A synthetic, fully consistent caseload (issue 3): clients with 1–4 measurements (SPEC §7),
// every SPEC §6 field filled plausibly, drawn from the tables in caseload_model.hpp with the
// generator's own PRNG. With the default check settings and the chosen reference date such a
// caseload gives no finding at all (SPEC §8); plant.hpp then plants inconsistencies on purpose.
//
// Client k is drawn from its own PRNG stream, so it is the same whatever the number of clients.
#pragma once

#include <participatieladder/determination.hpp>
#include <participatieladder/record.hpp>
#include "calendar.hpp"
#include "caseload_model.hpp"
#include "identity.hpp"
#include "prng.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

namespace pl::gen {

/// The questionnaire paths (SPEC §4) a plausible record can carry, per step, in two pools: for
/// clients with and without an integration obligation (questions 9 and 16 ask about an
/// integration trajectory). On steps 1 and 2 no path mentions a re-integration trajectory
/// (questions 11 and 15: PL002), and step 6 is reached through a paid job (question 1), not
/// through the internship divergence of SPEC §4.1.
class path_pool {
 public:
  path_pool() {
    for (const auto& p : enumerate_paths()) {
      const answer_set a = p.answers();
      const int s = to_int(p.result);
      const bool reintegration = a.get(11) == true || a.get(15) == true;
      if ((s == 1 || s == 2) && reintegration) continue;
      if (s == 6 && a.get(1) != true) continue;
      const bool integration = a.get(9) == true || a.get(16) == true;
      // the path's probability under model::yes_percent, in integer units of 1e-18
      std::uint64_t weight = 1'000'000'000'000'000'000ULL;
      for (const auto& e : p.path) {
        const auto yes = static_cast<std::uint64_t>(model::yes_percent[static_cast<std::size_t>(e.question)]);
        weight = weight / 100 * (e.answer ? yes : 100 - yes);
      }
      pools_[static_cast<std::size_t>(s)][1].add(a, weight);
      if (!integration) pools_[static_cast<std::size_t>(s)][0].add(a, weight);
    }
  }
  /// A path for `s` (1–6) that suits a client with/without an integration obligation, drawn by
  /// its weight; nothing when there is none.
  std::optional<answer_set> draw(step s, bool integration_obligation, prng& rng) const {
    const auto& p = pools_[static_cast<std::size_t>(to_int(s))][integration_obligation ? 1 : 0];
    if (p.total == 0) return std::nullopt;
    std::uint64_t r = rng.below(p.total);
    for (std::size_t i = 0; i < p.paths.size(); ++i) {
      if (r < p.weights[i]) return p.paths[i];
      r -= p.weights[i];
    }
    return p.paths.back();
  }

 private:
  struct pool {
    std::vector<answer_set> paths;
    std::vector<std::uint64_t> weights;
    std::uint64_t total = 0;
    void add(const answer_set& a, std::uint64_t w) {
      if (w == 0) w = 1;
      paths.push_back(a);
      weights.push_back(w);
      total += w;
    }
  };
  std::array<std::array<pool, 2>, 7> pools_;
};

/// Client number `K0000001` for client index 0.
inline std::string client_number(std::size_t index) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "K%07zu", index + 1);
  return buf;
}

namespace detail {

inline step step_of(int code) { return *step_from_int(std::clamp(code, 1, 6)); }

/// Growth potential and target (SPEC §5) for a record on a step 1–5; nothing on 0, 6, 9 (PL009).
inline void draw_growth(record& r, prng& rng) {
  const step s = *r.step;
  if (!can_grow(s)) return;
  const bool grows = rng.percent(model::growth_percent[static_cast<std::size_t>(to_int(s))]);
  const step target = grows ? step_of(to_int(s) + pick(rng, model::target_rise)) : s;
  const auto how = pick(rng, model::registration);
  if (how != model::growth_registration::target_only) r.growth_potential = grows ? growth::potential : growth::none;
  if (how != model::growth_registration::flag_only) {
    r.target_step = target;
    r.target_horizon = pick(rng, model::target_horizon);
    if (target != step::paid_work)
      r.target_growth = rng.percent(model::target_growth_percent) ? growth::potential : growth::none;
  }
}

/// A client with an instrument in use is one who can grow (SPEC §8 PL001): the registered flag
/// becomes `+` and a registered target the next step within one year (SPEC §5).
inline void make_grow(record& r) {
  if (r.growth_potential) {
    r.growth_potential = growth::potential;
    r.growth_grade = 1;
  }
  if (r.target_step) {
    r.target_step = step_of(to_int(*r.step) + 1);
    r.target_horizon = horizon::one_year;
    if (r.target_step == step::paid_work) r.target_growth.reset();
  }
}

/// Income, instruments, answers and exemption consistent with the step (SPEC §3, §6, §8).
inline void draw_situation(record& r, prng& rng, const path_pool& paths) {
  const step s = *r.step;
  const int code = to_int(s);
  if (s == step::intake) {
    r.income_situation = pick(rng, model::income_intake);
    r.instrument_in_use = false;
    r.instrument_deployed = false;
    r.work_obligation_exemption = false;
    return;
  }
  if (s == step::left) {
    r.income_situation = pick(rng, model::income_left);
    r.instrument_in_use = false;
    r.instrument_deployed = false;
    r.work_obligation_exemption = false;
    r.exit_reason = pick(rng, model::exit_reasons);  // PL022: a 9 says where the client went
    return;
  }
  // answers from a questionnaire path that ends on this step (SPEC §4, PL013)
  const auto path = paths.draw(s, r.integration_obligation.value_or(false), rng);
  if (path && rng.percent(model::answers_percent)) {
    r.answers = *path;
    r.determination = determination_method::questionnaire;
  } else {
    r.determination = determination_method::delimitation;
  }
  const answer_set a = r.answers.value_or(answer_set{});
  auto yes = [&](int q) { return a.get(q) == true; };
  bool in_use = rng.percent(model::instrument_in_use_percent[static_cast<std::size_t>(std::min(code, 5))]);
  switch (s) {
    case step::isolated:
    case step::social_contacts:
      r.income_situation = pick(rng, model::income_low_steps);
      in_use = false;  // PL002
      break;
    case step::organised_activities:
      r.income_situation = pick(rng, model::income_low_steps);
      in_use = in_use || yes(15);  // a re-integration trajectory is an instrument
      break;
    case step::unpaid_work:
      r.income_situation = pick(rng, model::income_low_steps);
      in_use = in_use || yes(11);
      break;
    case step::paid_work_with_support:
      // SPEC §3 step 5 and PL004: supported by an instrument, a supplementary benefit, or both.
      if (r.answers) {
        r.income_situation = yes(4) ? pick(rng, model::income_supplementary) : income::work;
        in_use = yes(5) || yes(7) || yes(8) || ((yes(6) || yes(9)) && rng.percent(50));
      } else if (rng.percent(40)) {
        r.income_situation = pick(rng, model::income_supplementary);
        in_use = rng.percent(30);
      } else {
        r.income_situation = income::work;
        in_use = true;
      }
      break;
    case step::paid_work:
      r.income_situation = pick(rng, model::income_paid_work);
      in_use = false;  // PL003
      break;
    default: break;
  }
  r.instrument_in_use = in_use;
  if (in_use && r.effective_growth_potential() == growth::none) make_grow(r);  // PL001 (revised): in use too
  const bool grows = r.effective_growth_potential() == growth::potential;
  if (grows) r.integration_exemption = false;  // PL005 (revised): the integration exemption too
  r.instrument_deployed = grows && rng.percent(model::instrument_deployed_percent);  // PL001
  r.work_obligation_exemption =
      !grows && code <= 4 && rng.percent(model::work_exemption_percent);  // PL005: never with `+`
  if (s == step::social_contacts && rng.percent(model::sub_step_percent)) {
    const int first = rng.between(1, 6);
    r.sub_steps.push_back({s, first});
    if (rng.percent(model::second_sub_step_percent)) {
      const int second = rng.between(1, 6);
      if (second != first) r.sub_steps.push_back({s, second});
    }
    std::sort(r.sub_steps.begin(), r.sub_steps.end());
  }
}

/// The next step after a measurement (SPEC §7 movement), from the movement tables.
inline step next_step(const record& prev, prng& rng) {
  const step s = *prev.step;
  const int code = to_int(s);
  if (s == step::paid_work)
    return pick(rng, model::move_from_paid_work) == model::move::down ? step::paid_work_with_support : s;
  const bool grows = prev.effective_growth_potential() == growth::potential;
  const auto m = grows ? pick(rng, model::move_with_growth) : pick(rng, model::move_without_growth);
  switch (m) {
    case model::move::down: return step_of(code - 1);
    case model::move::up_one: return step_of(code + 1);
    case model::move::to_target: return prev.target_step ? *prev.target_step : step_of(code + 1);
    case model::move::stay: break;
  }
  return s;
}

}  // namespace detail

/// Turn a measurement into an intake (SPEC §2 code 0): not yet placed, so no growth, target,
/// answers, sub-steps or instruments, and no income from work.
inline void make_intake(record& r, prng& rng) {
  r.step = step::intake;
  r.growth_potential.reset();
  r.target_step.reset();
  r.target_horizon.reset();
  r.target_growth.reset();
  r.answers.reset();
  r.determination.reset();
  r.sub_steps.clear();
  r.income_situation = pick(rng, model::income_intake);
  r.instrument_in_use = false;
  r.instrument_deployed = false;
  r.work_obligation_exemption = false;
}

/// All measurements of client `index`, oldest first, consistent for `reference` (SPEC §6–§8).
inline std::vector<record> generate_client(std::size_t index, std::uint64_t seed, const date& reference,
                                           const path_pool& paths) {
  prng rng = prng::stream(seed, index + 1);
  record base;
  base.client_id = client_number(index);
  make_identity(base, index, seed, rng);
  const auto team_no = static_cast<std::size_t>(rng.below(model::teams.size()));
  const auto& team = model::teams[team_no];
  base.team = std::string(team.team);
  base.department = std::string(team.department);
  auto caseworker_name = [&](int k) {
    return "Klantmanager " + std::string(team.team.substr(5)) + " " + std::to_string(k);
  };
  int caseworker = rng.between(1, model::caseworkers_per_team);
  base.caseworker = caseworker_name(caseworker);
  base.start_qualification = rng.percent(model::start_qualification_percent);
  const bool obliged = rng.percent(model::integration_obligation_percent);
  base.integration_obligation = obliged;
  base.integration_need = rng.percent(obliged ? model::integration_need_if_obliged_percent
                                              : model::integration_need_otherwise_percent);
  base.integration_exemption = obliged && rng.percent(model::integration_exemption_if_obliged_percent);
  base.low_literacy = rng.percent(model::low_literacy_percent);

  std::vector<record> out;
  if (rng.percent(model::intake_percent)) {
    record r = base;
    make_intake(r, rng);
    r.measured_on = add_days(reference, -rng.between(1, model::intake_days_max));
    r.next_measurement_due = add_days(reference, rng.between(1, model::intake_due_days_max));
    out.push_back(std::move(r));
  } else {
    const int n = pick(rng, model::measurement_count);
    const bool leaves = n >= 2 && rng.percent(model::left_percent);
    for (int k = 0; k < n; ++k) {
      record r = base;
      if (k > 0 && rng.percent(model::caseworker_change_percent)) {
        caseworker = caseworker % model::caseworkers_per_team + 1;
      }
      r.caseworker = caseworker_name(caseworker);
      if (k == n - 1 && leaves) r.step = step::left;
      else r.step = k == 0 ? pick(rng, model::first_step) : detail::next_step(out.back(), rng);
      detail::draw_growth(r, rng);
      detail::draw_situation(r, rng, paths);
      out.push_back(std::move(r));
    }
    // dates, from the latest measurement backwards: about a year apart (SPEC §7)
    const int latest_max = leaves ? model::latest_left_days_max : model::latest_days_max;
    date on = add_days(reference, -rng.between(model::latest_days_min, latest_max));
    for (std::size_t k = out.size(); k-- > 0;) {
      out[k].measured_on = on;
      if (out[k].step != step::left)
        out[k].next_measurement_due = add_days(on, rng.between(model::due_days_min, model::due_days_max));
      on = add_days(on, -rng.between(model::gap_days_min, model::gap_days_max));
    }
  }
  // birth date: 18 at the first measurement at the least, 66 at the latest at the most (PL018)
  const date first = *out.front().measured_on, latest = *out.back().measured_on;
  const auto& band = pick(rng, model::age_at_latest);
  const int age = rng.between(band.from, band.to);
  date birth = add_days(latest.add_months(-12 * age), -rng.between(0, 364));
  const date oldest = add_days(latest.add_months(-12 * 67), 1);  // 66 at the latest
  const date youngest = first.add_months(-12 * 18);              // 18 at the first
  birth = std::clamp(birth, oldest, youngest);
  for (auto& r : out) r.birth_date = birth;
  return out;
}

}  // namespace pl::gen
