// SPDX-License-Identifier: Apache-2.0
// Known divergences between the questionnaire and the delimitation, SPEC §4.1. Decision: the
// questionnaire result is the step; when the answers fall on a known divergence the result
// carries a *note* naming it, so a caseworker can review.
#pragma once

#include "lang.hpp"
#include "questionnaire.hpp"
#include "step.hpp"

#include <array>
#include <string_view>

namespace pl {

/// A compile-time answer pattern in the answer notation (`1:N 2:J 3:J`, J or N only).
/// Malformed patterns fail to compile.
consteval answer_set pattern(std::string_view p) {
  answer_set s;
  std::size_t i = 0;
  while (i < p.size()) {
    if (p[i] == ' ') { ++i; continue; }
    int q = 0;
    while (i < p.size() && p[i] >= '0' && p[i] <= '9') q = q * 10 + (p[i++] - '0');
    if (i + 1 >= p.size() || p[i] != ':' || !is_question(q)) throw "bad pattern";
    ++i;
    if (p[i] != 'J' && p[i] != 'N') throw "bad pattern";
    s.set(q, p[i] == 'J');
    ++i;
  }
  return s;
}

/// A set of resulting steps, as a bitmask over step codes.
consteval std::uint32_t steps_of(std::initializer_list<int> codes) {
  std::uint32_t m = 0;
  for (int c : codes) m |= std::uint32_t{1} << c;
  return m;
}

struct divergence_note {
  std::string_view id;  ///< stable identifier, used in vectors, JSON and protobuf
  text message;
};

/// SPEC §4.1: the notes.
inline constexpr std::array<divergence_note, 6> divergence_notes{{
    {"internship_allowance",
     {"Stage met stagevergoeding zonder andere ondersteuning: de vragenlijst geeft trede 6, de afbakening noemt "
      "'werk met stagevergoeding en zonder aanvullende uitkering' onder trede 5.",
      "Internship with allowance and no other support: the questionnaire gives step 6; the delimitation lists 'work "
      "with internship allowance and no supplementary benefit' under step 5."}},
    {"work_with_education",
     {"Werk gecombineerd met een opleidingstraject (BBL onder startkwalificatie, of werkt en volgt daarnaast een "
      "educatietraject): de afbakening plaatst dit op trede 5; de vragenlijst geeft trede 6 tenzij de gemeente de "
      "opleiding betaalt (vraag 5) en kan het op het pad naar trede 6 niet zien. Controleer of de cliënt naast het werk "
      "een opleiding volgt.",
      "Work combined with an education trajectory (BBL below start qualification, or working while following an "
      "education trajectory): the delimitation puts it on step 5; the questionnaire gives step 6 unless the municipality "
      "pays the course (question 5) and cannot see it on the path to step 6. Check whether the client follows a course "
      "besides the work."}},
    {"family_outside_household",
     {"Contact met, of mantelzorg voor, familie buiten het huishouden: de afbakening van trede 2 sluit alleen "
      "huisgenoten uit, de vragen 19 en 21 sluiten ook familie uit. Volgens de afbakening kan de cliënt op trede 2 staan.",
      "Contact with, or informal care for, family living outside the household: the delimitation of step 2 excludes only "
      "household members, but questions 19 and 21 exclude family too. By the delimitation the client may be on step 2."}},
    {"dual_integration_trajectory",
     {"Duaal inburgeringstraject met een werkcomponent, of een gecombineerd inburgerings-/re-integratietraject (GIT): "
      "de afbakening plaatst dit op trede 4; de vragenlijst geeft trede 3 via vraag 15 of 16.",
      "A dual integration trajectory with a work component, or a combined integration/re-integration (GIT) trajectory: "
      "step 4 by the delimitation; the questionnaire gives step 3 through question 15 or 16."}},
    {"volunteering_less_than_weekly",
     {"Vrijwilligerswerk met minder dan wekelijks contact: de afbakening noemt dit onder trede 3; de vragenlijst vraagt "
      "er na vraag 13 niet meer naar en komt alleen via vereniging, traject of opleiding op trede 3.",
      "Volunteering with less than weekly contact: the delimitation lists it under step 3; the questionnaire does not ask "
      "about volunteering again after question 13 and lands on step 3 only through a club, trajectory or course."}},
    {"bol_occasional_internship",
     {"BOL met af en toe stage: de afbakening noemt dit onder trede 4; de vragenlijst geeft trede 3 als de stage niet "
      "wekelijks is.",
      "BOL with occasional internship: the delimitation lists it under step 4; the questionnaire gives step 3 when the "
      "internship is not weekly."}},
}};

/// When a note applies: answers that must be on the path, answers that must have been given off
/// the path (unused), and the resulting steps.
struct divergence_rule {
  std::string_view note;
  answer_set on_path;
  answer_set off_path;
  std::uint32_t result_steps;
};

/// SPEC §4.1 (revised) as rules over the path taken.
inline constexpr std::array<divergence_rule, 8> divergence_rules{{
    // 1 no, 2 yes, 3 yes, then 4–9 no: questionnaire 6, delimitation 5.
    {"internship_allowance", pattern("1:N 2:J 3:J"), {}, steps_of({6})},
    // Work with education: question 17 is never on the step-6 path, so every step-6 result.
    {"work_with_education", {}, {}, steps_of({6})},
    // Questions 19 and 21 exclude family outside the household: every step-1 result.
    {"family_outside_household", {}, {}, steps_of({1})},
    // A dual integration / GIT trajectory: step 3 through question 15 or 16 answered yes.
    {"dual_integration_trajectory", pattern("15:J"), {}, steps_of({3})},
    {"dual_integration_trajectory", pattern("16:J"), {}, steps_of({3})},
    // Volunteering, not weekly (12 no) or without weekly contact (13 no), not ending on 3.
    {"volunteering_less_than_weekly", pattern("10:J 12:N"), {}, steps_of({1, 2})},
    {"volunteering_less_than_weekly", pattern("10:J 12:J 13:N"), {}, steps_of({1, 2})},
    // Unpaid internship (2 yes, 3 no), not weekly (12 no), landing on 3.
    {"bol_occasional_internship", pattern("2:J 3:N 10:J 12:N"), {}, steps_of({3})},
}};

constexpr const divergence_note* find_divergence_note(std::string_view id) noexcept {
  for (const auto& n : divergence_notes)
    if (n.id == id) return &n;
  return nullptr;
}

/// True when `rule` applies to a completed walk with these answers.
constexpr bool applies(const divergence_rule& rule, const answer_set& answers, std::uint32_t path_mask, step result) noexcept {
  const auto matches = [&](const answer_set& p) { return (answers.answered & p.answered) == p.answered && (answers.yes & p.answered) == p.yes; };
  if ((rule.result_steps & (std::uint32_t{1} << to_int(result))) == 0) return false;
  if ((path_mask & rule.on_path.answered) != rule.on_path.answered || !matches(rule.on_path)) return false;
  if ((path_mask & rule.off_path.answered) != 0 || !matches(rule.off_path)) return false;
  return true;
}

}  // namespace pl
