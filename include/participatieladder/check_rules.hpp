// SPDX-License-Identifier: Apache-2.0
// The conditions of the consistency checks, SPEC §8: one small named predicate per check (or per
// variant of a split check), bound to its catalogue row (check_catalogue.hpp) by the table
// `check_rules` at the bottom. Where the SPEC leaves room, the interpretation is written on the
// predicate and in docs/checks.md.
//
// Every predicate is total: a record with an empty step, date or client_id never crashes a check;
// a condition that needs a missing value simply does not hold (PL006 reports the missing value).
#pragma once

#include "bsn.hpp"
#include "check_catalogue.hpp"
#include "check_history.hpp"
#include "date.hpp"
#include "extensions.hpp"
#include "fields.hpp"
#include "growth.hpp"
#include "postal_code.hpp"
#include "questionnaire.hpp"
#include "record.hpp"
#include "step.hpp"

#include <array>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <span>
#include <string_view>

namespace pl {

/// Settings the conditions depend on (SPEC §7, §8): the reference date is an input, never the clock.
struct check_context {
  date reference;
  int reassessment_months = 12;  ///< SPEC §7 re-assessment interval (PL011, PL021)
  int intake_months = 3;         ///< SPEC §8 intake period (PL019)
  const extension_set* extensions = nullptr;  ///< SPEC §9 local sub-steps (PL014); not owned
  /// SPEC §8 (revised): per source (record.source), the §6 columns the file does not have at all
  /// (bit i = field_table[i]); empty or 0 = every column may be there.
  std::span<const std::uint64_t> absent_columns{};
};

/// What a predicate sees: one record, its place in the client's history, the settings.
struct check_input {
  const record& r;
  const history_facts& history;
  const check_context& context;
};

using check_predicate = bool (*)(const check_input&);

namespace rules {

// --- helpers that are part of the rules ----------------------------------------------------------

constexpr bool is_yes(const std::optional<bool>& v) noexcept { return v.value_or(false); }

constexpr bool step_is(const record& r, step s) noexcept { return r.step == s; }

/// SPEC §6 income a or b: a municipal or UWV benefit (a supplementary benefit, question 4).
constexpr bool has_benefit(const record& r) noexcept {
  return r.income_situation == income::municipal_benefit || r.income_situation == income::uwv_benefit;
}

/// PL002: a re-integration trajectory shows in the stored answers as a yes to question 11
/// ("work as part of your re-integration trajectory") or 15 ("follow a re-integration
/// trajectory"), SPEC §4. Both are read from the answers as stored, on or off the path.
constexpr std::uint32_t reintegration_questions = answer_set::bit(11) | answer_set::bit(15);

constexpr bool reintegration_in_answers(const record& r) noexcept {
  return r.answers && (r.answers->answered & r.answers->yes & reintegration_questions) != 0;
}

/// PL004: the questions whose yes leads to step 5 (SPEC §4, questions 4–9 of block 5/6).
constexpr std::uint32_t step5_questions = answer_set::bit(4) | answer_set::bit(5) | answer_set::bit(6) |
                                          answer_set::bit(7) | answer_set::bit(8) | answer_set::bit(9);

/// PL004: a yes to one of questions 4–9 *on the questionnaire path* of the stored answers.
constexpr bool step5_explained_by_answers(const record& r) noexcept {
  if (!r.answers) return false;
  const walk_result w = walk(*r.answers);
  return (w.path_mask & r.answers->yes & step5_questions) != 0;
}

// --- PL001–PL006: the checks municipalities built into their systems ----------------------------

/// PL001 (SPEC §5, §8 revised): no growth potential — the effective flag (registered `0`, else
/// derived from a one-year target ≤ step) is `0` — but an instrument is in use or deployed. Steps
/// 0, 6, 9 have no flag, and a `5y`/`ever` target derives none: never.
inline bool no_growth_but_instrument(const check_input& in) noexcept {
  return in.r.effective_growth_potential() == growth::none &&
         (is_yes(in.r.instrument_in_use) || is_yes(in.r.instrument_deployed));
}

/// PL002: re-integration trajectory (answers 11:J or 15:J) or instrument in use, but step 1 or 2.
inline bool reintegration_on_step_1_or_2(const check_input& in) noexcept {
  const bool low = step_is(in.r, step::isolated) || step_is(in.r, step::social_contacts);
  return low && (reintegration_in_answers(in.r) || is_yes(in.r.instrument_in_use));
}

/// PL003 (SPEC §3, step 6: no benefit, no instrument): step 6 but income a or b, or an
/// instrument in use or deployed.
inline bool paid_work_with_support(const check_input& in) noexcept {
  return step_is(in.r, step::paid_work) &&
         (has_benefit(in.r) || is_yes(in.r.instrument_in_use) || is_yes(in.r.instrument_deployed));
}

/// PL004 (SPEC §3, step 5): step 5 but no instrument (neither in use nor deployed), no benefit
/// (income a/b) and no yes to questions 4–9 on the path of the stored answers. Records without
/// stored answers have no answer that explains it.
inline bool step5_unexplained(const check_input& in) noexcept {
  return step_is(in.r, step::paid_work_with_support) && !is_yes(in.r.instrument_in_use) &&
         !is_yes(in.r.instrument_deployed) && !has_benefit(in.r) && !step5_explained_by_answers(in.r);
}

/// PL005 (SPEC §8 revised): an exemption — work obligation (yes, or a municipal code) or integration
/// — but growth potential `+`: the effective flag, as PL001 (registered, else derived from a
/// one-year target step, SPEC §5).
inline bool exempt_but_growth(const check_input& in) noexcept {
  return (is_yes(in.r.work_obligation_exemption) || is_yes(in.r.integration_exemption)) &&
         in.r.effective_growth_potential() == growth::potential;
}

/// PL006 variants (SPEC §6 required fields).
inline bool client_id_missing(const check_input& in) noexcept { return in.r.client_id.empty(); }
inline bool measured_on_missing(const check_input& in) noexcept { return !in.r.measured_on; }
inline bool step_missing(const check_input& in) noexcept { return !in.r.step; }
/// Steps 1–5 need growth potential or a target step (either is enough).
inline bool growth_and_target_missing(const check_input& in) noexcept {
  return in.r.step && can_grow(*in.r.step) && !in.r.growth_potential && !in.r.target_step;
}
/// Interpretation: the caseworker is required on every record (the SPEC lists it after the
/// steps-1–5 clause, separated by a semicolon).
inline bool caseworker_missing(const check_input& in) noexcept { return in.r.caseworker.empty(); }

// --- PL007–PL009: growth potential and target step, SPEC §5 --------------------------------------

/// PL007 (SPEC §5 revised): a registered flag contradicts a registered one-year target on steps 1–5
/// (flag `+` exactly when target > step). A `5y` or `ever` target says nothing about one year.
inline bool growth_contradicts_target(const check_input& in) noexcept {
  return in.r.step && in.r.growth_potential && in.r.target_step &&
         contradicts(*in.r.step, *in.r.growth_potential, *in.r.target_step, in.r.target_horizon);
}

/// PL008: target below the current step. Only on steps 1–5: on 6, 0 and 9 a target is itself
/// wrong and PL009 reports it (one finding, not two).
inline bool target_below_step(const check_input& in) noexcept {
  return in.r.step && can_grow(*in.r.step) && in.r.target_step && to_int(*in.r.target_step) < to_int(*in.r.step);
}

/// PL009: growth potential (either value) or a target step on step 6, 0 or 9.
inline bool growth_on_step_without_growth(const check_input& in) noexcept {
  return in.r.step && !can_grow(*in.r.step) && (in.r.growth_potential || in.r.target_step);
}

// --- PL010–PL012: dates, SPEC §7 -------------------------------------------------------------------

/// PL010: next_measurement_due on or before measured_on.
inline bool next_due_not_after_measurement(const check_input& in) noexcept {
  return in.r.measured_on && in.r.next_measurement_due && *in.r.next_measurement_due <= *in.r.measured_on;
}

/// PL011: next_measurement_due later than measured_on + the re-assessment interval (calendar
/// months, clamped to the month's end: 2025-01-31 + 1 month = 2025-02-28). Exactly on the
/// interval is fine.
inline bool next_due_beyond_interval(const check_input& in) noexcept {
  return in.r.measured_on && in.r.next_measurement_due &&
         *in.r.next_measurement_due > in.r.measured_on->add_months(in.context.reassessment_months);
}

/// PL012: measured_on after the reference date.
inline bool measured_in_future(const check_input& in) noexcept {
  return in.r.measured_on && *in.r.measured_on > in.context.reference;
}

// --- PL013–PL018 ------------------------------------------------------------------------------------

/// PL013 (SPEC §4): the stored answers, walked through the questionnaire, give another step than
/// the registered one. Only complete answers give a step: incomplete stored answers produce no
/// finding (the record may have been placed another way, see `determination`).
inline bool answers_disagree(const check_input& in) noexcept {
  if (!in.r.step || !in.r.answers) return false;
  const walk_result w = walk(*in.r.answers);
  return w.result && *w.result != *in.r.step;
}

/// PL014 (SPEC §9): any registered sub-step whose base step is not the registered step; with the
/// municipality's extension set (check_config::extensions, the same configuration the reports
/// use) also any sub-step that the set does not define.
inline bool sub_step_not_under_step(const check_input& in) noexcept {
  for (const auto& s : in.r.sub_steps) {
    if (in.r.step && s.base != *in.r.step) return true;
    if (in.context.extensions && !in.context.extensions->defines(s)) return true;
  }
  return false;
}

/// PL015: income d (work) but step 1–4. Codes 0 and 9 are status codes, not steps (SPEC §2):
/// "below 5" means the ladder steps 1–4.
inline bool work_income_below_step5(const check_input& in) noexcept {
  return in.r.income_situation == income::work && in.r.step && is_ladder_step(*in.r.step) &&
         to_int(*in.r.step) < to_int(step::paid_work_with_support);
}

/// PL016: integration exemption (yes) while integration obligation is not yes (no, or not filled:
/// an exemption presupposes a registered obligation).
inline bool exemption_without_obligation(const check_input& in) noexcept {
  return is_yes(in.r.integration_exemption) && !is_yes(in.r.integration_obligation);
}

/// PL017 variants: a filled BSN that is not valid (bsn.hpp); a filled postal code that is not
/// NNNN AA (postal_code.hpp). Empty values are optional fields, not findings.
inline bool bsn_invalid(const check_input& in) noexcept { return !in.r.bsn.empty() && !is_valid_bsn(in.r.bsn); }
inline bool postal_code_invalid(const check_input& in) noexcept {
  return !in.r.postal_code.empty() && !is_valid_postal_code(in.r.postal_code);
}

/// PL018: the age in whole years at measured_on (from birth_date) is below 15 or above 67.
/// 15 and 67 themselves are fine.
inline constexpr int minimum_age = 15;
inline constexpr int maximum_age = 67;
inline bool age_out_of_range(const check_input& in) noexcept {
  if (!in.r.birth_date || !in.r.measured_on) return false;
  const int age = years_between(*in.r.birth_date, *in.r.measured_on);
  return age < minimum_age || age > maximum_age;
}

// --- PL019–PL021: the client's history, SPEC §7 ----------------------------------------------------

/// SPEC §6 (revised): the record's exit_date, when the client left on or before the reference date
/// (the record then also stands for a step-9 measurement on that date).
inline std::optional<date> left_by_reference(const check_input& in) noexcept {
  if (in.r.exit_date && *in.r.exit_date <= in.context.reference) return in.r.exit_date;
  return std::nullopt;
}

/// PL019: the end of a step-0 measurement's intake: the client's next measurement with a later
/// date, or the record's exit_date (SPEC §6 revised: leaving as a column), else the reference date.
inline date intake_end(const check_input& in) noexcept {
  date end = in.history.next_later_measurement.value_or(in.context.reference);
  if (in.r.exit_date && in.r.measured_on && *in.r.exit_date >= *in.r.measured_on && *in.r.exit_date < end) end = *in.r.exit_date;
  return end;
}

/// PL019: a step-0 measurement not followed by another measurement (or the reference date) within
/// the intake period: intake_end > measured_on + intake_months.
inline bool intake_too_long(const check_input& in) noexcept {
  return step_is(in.r, step::intake) && in.r.measured_on && !in.r.client_id.empty() &&
         intake_end(in) > in.r.measured_on->add_months(in.context.intake_months);
}

/// PL020: a second (third, …) measurement of one client on one date; one finding per duplicate.
inline bool same_date_as_other_measurement(const check_input& in) noexcept {
  return in.history.duplicate_of != history_facts::none;
}

/// PL021: the client's latest measurement as of the reference date is older than the
/// re-assessment interval (reference > measured_on + reassessment_months) and its step is not 9
/// (nor has it an exit_date on or before the reference date, SPEC §6 revised).
/// An empty step is "not 9": the client is not known to have left.
inline bool reassessment_overdue(const check_input& in) noexcept {
  return in.history.latest_as_of_reference && in.r.step != step::left && !left_by_reference(in) &&
         in.context.reference > in.r.measured_on->add_months(in.context.reassessment_months);
}

// --- PL022: exit reason, SPEC §6/§7 ------------------------------------------------------------------

/// PL022: step 9 (left) without an exit reason: "verdwenen, en waarheen?" (SPEC §7).
inline bool left_without_exit_reason(const check_input& in) noexcept {
  return step_is(in.r, step::left) && !in.r.exit_reason;
}

// --- PL023: exit data as columns, SPEC §6 (revised) ----------------------------------------------------

/// PL023 exit_date: the client left before the measurement that says so was taken.
inline bool exit_date_before_measurement(const check_input& in) noexcept {
  return in.r.exit_date && in.r.measured_on && *in.r.exit_date < *in.r.measured_on;
}

/// PL023 exit_reason: a reason to leave on a record that neither is step 9 nor has an exit_date.
/// A record with an empty step is not judged here (PL006 reports the step).
inline bool exit_reason_without_exit(const check_input& in) noexcept {
  return in.r.exit_reason && in.r.step && *in.r.step != step::left && !in.r.exit_date;
}

}  // namespace rules

/// The columns (a mask over field_table, fields.hpp) of one need of a check: met when the file has
/// at least one of them.
constexpr std::uint64_t columns_of(std::initializer_list<std::string_view> keys) noexcept {
  std::uint64_t m = 0;
  for (const auto k : keys)
    for (std::size_t i = 0; i < field_table.size(); ++i)
      if (field_table[i].key == k) m |= std::uint64_t{1} << i;
  return m;
}

/// Binds a predicate to a catalogue row (and variant). In catalogue order; findings of one record
/// come out in this order. `needs` (SPEC §8 revised, absent columns): the columns without which the
/// condition says nothing — each need is met when the file has at least one of its columns; a check
/// with an unmet need is not run on that file's records (the file gets one finding instead). A
/// check that only fires on a filled value needs nothing: an absent column simply never fires it.
struct check_rule {
  std::string_view id;
  std::string_view variant;  ///< "" for a check without variants
  check_predicate fires;
  std::array<std::uint64_t, 2> needs;

  constexpr check_rule(std::string_view id_, std::string_view variant_, check_predicate fires_,
                       std::array<std::uint64_t, 2> needs_ = {}) noexcept
      : id(id_), variant(variant_), fires(fires_), needs(needs_) {}

  /// False when one of the needs has none of its columns in the file (`absent`).
  constexpr bool runs_without(std::uint64_t absent) const noexcept {
    for (const auto n : needs)
      if (n != 0 && (n & ~absent) == 0) return false;
    return true;
  }
};

namespace needs {
inline constexpr std::uint64_t instruments = columns_of({"instrument_in_use", "instrument_deployed"});
}

inline constexpr std::array<check_rule, 29> check_rules{{
    {"PL001", "", rules::no_growth_but_instrument, {needs::instruments}},
    {"PL002", "", rules::reintegration_on_step_1_or_2, {columns_of({"answers", "instrument_in_use"})}},
    {"PL003", "", rules::paid_work_with_support, {columns_of({"income_situation", "instrument_in_use", "instrument_deployed"})}},
    {"PL004", "", rules::step5_unexplained, {needs::instruments, columns_of({"income_situation"})}},
    {"PL005", "", rules::exempt_but_growth, {columns_of({"work_obligation_exemption", "integration_exemption"})}},
    {"PL006", "client_id", rules::client_id_missing},
    {"PL006", "measured_on", rules::measured_on_missing},
    {"PL006", "step", rules::step_missing},
    {"PL006", "growth_potential_or_target_step", rules::growth_and_target_missing},
    {"PL006", "caseworker", rules::caseworker_missing, {columns_of({"caseworker"})}},
    {"PL007", "", rules::growth_contradicts_target},
    {"PL008", "", rules::target_below_step},
    {"PL009", "", rules::growth_on_step_without_growth},
    {"PL010", "", rules::next_due_not_after_measurement},
    {"PL011", "", rules::next_due_beyond_interval},
    {"PL012", "", rules::measured_in_future},
    {"PL013", "", rules::answers_disagree},
    {"PL014", "", rules::sub_step_not_under_step},
    {"PL015", "", rules::work_income_below_step5},
    {"PL016", "", rules::exemption_without_obligation, {columns_of({"integration_obligation"})}},
    {"PL017", "bsn", rules::bsn_invalid},
    {"PL017", "postal_code", rules::postal_code_invalid},
    {"PL018", "", rules::age_out_of_range},
    {"PL019", "", rules::intake_too_long},
    {"PL020", "", rules::same_date_as_other_measurement},
    {"PL021", "", rules::reassessment_overdue},
    {"PL022", "", rules::left_without_exit_reason, {columns_of({"exit_reason"})}},
    {"PL023", "exit_date", rules::exit_date_before_measurement},
    {"PL023", "exit_reason", rules::exit_reason_without_exit},
}};

namespace detail {
/// Every rule names an existing catalogue row and variant, in catalogue order, and every variant
/// of every row has exactly one rule.
constexpr bool rules_match_catalogue() noexcept {
  std::size_t variants = 0;
  for (const auto& c : check_catalogue) variants += c.variants.empty() ? 1 : c.variants.size();
  if (variants != check_rules.size()) return false;
  for (std::size_t i = 0; i < check_rules.size(); ++i) {
    const auto c = check_index(check_rules[i].id);
    if (c == no_check || !find_variant(check_catalogue[c], check_rules[i].variant)) return false;
    if (i > 0 && check_rules[i - 1].id > check_rules[i].id) return false;
    for (std::size_t j = 0; j < i; ++j)
      if (check_rules[j].id == check_rules[i].id && check_rules[j].variant == check_rules[i].variant) return false;
  }
  return true;
}
}  // namespace detail
static_assert(detail::rules_match_catalogue(), "every catalogue row/variant has exactly one predicate");

}  // namespace pl
