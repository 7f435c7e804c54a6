// SPDX-License-Identifier: Apache-2.0
// The questionnaire (stroomschema tredebepaling), SPEC §4: twenty-one yes/no questions; each
// answer leads to the next question or to a step. The table below *is* the rule; everything else
// (determination, sessions, path enumeration, the C ABI, the bindings) walks this table.
#pragma once

#include "lang.hpp"
#include "step.hpp"

#include <array>
#include <cstdint>
#include <optional>

namespace pl {

inline constexpr int question_count = 21;

/// Where an answer leads: to another question, or to a step.
struct transition {
  bool is_step;
  int value;  ///< question number (1–21) or step code (1–6)
};
constexpr transition ask(int question) noexcept { return {false, question}; }
constexpr transition goto_step(int code) noexcept { return {true, code}; }

struct question {
  int number;
  text wording;
  transition yes;
  transition no;
};

/// SPEC §4, row for row: number, Dutch text, English text, yes →, no →.
inline constexpr std::array<question, question_count> questions{{
    {1, {"Heeft u een betaalde baan of werkt u als zelfstandige?", "Do you have a paid job or are you self-employed?"}, ask(4), ask(2)},
    {2, {"Loopt u stage?", "Are you doing an internship?"}, ask(3), ask(10)},
    {3, {"Krijgt u hiervoor een stagevergoeding?", "Do you receive an internship allowance for it?"}, ask(4), ask(10)},
    {4, {"Ontvangt u een aanvullende uitkering?", "Do you receive a supplementary benefit?"}, goto_step(5), ask(5)},
    {5, {"Volgt u een cursus of opleiding die door de gemeente wordt betaald?", "Do you follow a course or training paid for by the municipality?"}, goto_step(5), ask(6)},
    {6, {"Werkt u via de WSW?", "Do you work through the WSW (sheltered employment)?"}, goto_step(5), ask(7)},
    {7, {"Werkt u met loonkostensubsidie of in een gesubsidieerde baan?", "Do you work with a wage-cost subsidy or in a subsidised job?"}, goto_step(5), ask(8)},
    {8, {"Heeft u een jobcoach of krijgt u begeleiding bij uw werk als onderdeel van een re-integratietraject?", "Do you have a job coach or guidance at work as part of a re-integration trajectory?"}, goto_step(5), ask(9)},
    {9, {"Volgt u een inburgeringstraject?", "Do you follow an integration (inburgering) trajectory?"}, goto_step(5), goto_step(6)},
    {10, {"Doet u vrijwilligerswerk of onbetaalde stage?", "Do you do volunteer work or an unpaid internship?"}, ask(12), ask(11)},
    {11, {"Werkt u in het kader van uw re-integratietraject?", "Do you work as part of your re-integration trajectory?"}, ask(12), ask(14)},
    {12, {"Doet u dit werk wekelijks?", "Do you do this work weekly?"}, ask(13), ask(14)},
    {13, {"Ontmoet u iedere week mensen bij dit werk?", "Do you meet people every week in this work?"}, goto_step(4), ask(14)},
    {14, {"Bent u lid van een vereniging?", "Are you a member of a club or association?"}, ask(18), ask(15)},
    {15, {"Volgt u een re-integratietraject?", "Do you follow a re-integration trajectory?"}, ask(18), ask(16)},
    {16, {"Volgt u een inburgeringstraject?", "Do you follow an integration trajectory?"}, ask(18), ask(17)},
    {17, {"Volgt u een cursus of opleiding?", "Do you follow a course or training?"}, ask(18), ask(19)},
    {18, {"Ontmoet u hierbij (vereniging, traject, opleiding) iedere week mensen?", "Do you meet people there (club, trajectory, course) every week?"}, goto_step(3), ask(19)},
    {19, {"Ontmoet u (in uw vrije tijd) naast uw huisgenoten en familie ook andere mensen?", "Besides household and family, do you meet other people (in your free time)?"}, ask(20), ask(21)},
    {20, {"Ontmoet u deze mensen iedere week?", "Do you meet these people every week?"}, goto_step(2), ask(21)},
    {21, {"Verricht u mantelzorg voor andere mensen dan uw huisgenoten en familie?", "Do you give informal care to people other than household and family?"}, goto_step(2), goto_step(1)},
}};

struct question_block {
  int first;
  int last;
  text title;
};

/// SPEC §4: the four blocks of the questionnaire.
inline constexpr std::array<question_block, 4> question_blocks{{
    {1, 9, {"vragen voor trede 5/6", "questions for step 5/6"}},
    {10, 13, {"vragen voor trede 4", "questions for step 4"}},
    {14, 18, {"vragen voor trede 3", "questions for step 3"}},
    {19, 21, {"vragen voor trede 2/1", "questions for step 2/1"}},
}};

inline constexpr int first_question = 1;

constexpr bool is_question(int number) noexcept { return number >= 1 && number <= question_count; }

/// The row of question `number` (1–21). Precondition: is_question(number).
constexpr const question& question_at(int number) noexcept { return questions[static_cast<std::size_t>(number - 1)]; }

constexpr const question_block& block_of(int number) noexcept {
  for (const auto& b : question_blocks)
    if (number >= b.first && number <= b.last) return b;
  return question_blocks.back();
}

constexpr transition next_after(int number, bool answer) noexcept {
  const auto& q = question_at(number);
  return answer ? q.yes : q.no;
}

/// Compile-time proof of the table's shape: every transition goes forward to a real question or
/// to a step 1–6, so the graph is acyclic and every path ends in a step (SPEC §4).
constexpr bool table_is_well_formed() noexcept {
  for (std::size_t i = 0; i < questions.size(); ++i) {
    const auto& q = questions[i];
    if (q.number != static_cast<int>(i) + 1) return false;
    for (const transition t : {q.yes, q.no}) {
      if (t.is_step && (t.value < 1 || t.value > 6)) return false;
      if (!t.is_step && (t.value <= q.number || t.value > question_count)) return false;
    }
  }
  return true;
}
static_assert(table_is_well_formed(), "SPEC §4 table: transitions must go forward and end in steps 1-6");

/// A set of answers to questions 1–21 as two bitmasks (bit q = question q). The same
/// representation is used by the scalar C entry point for bulk determination.
struct answer_set {
  std::uint32_t answered = 0;
  std::uint32_t yes = 0;

  static constexpr std::uint32_t bit(int q) noexcept { return std::uint32_t{1} << q; }
  static constexpr std::uint32_t valid_mask = ((std::uint32_t{1} << (question_count + 1)) - 1) & ~std::uint32_t{1};

  constexpr bool has(int q) const noexcept { return (answered & bit(q)) != 0; }
  constexpr std::optional<bool> get(int q) const noexcept {
    if (!has(q)) return std::nullopt;
    return (yes & bit(q)) != 0;
  }
  constexpr void set(int q, bool value) noexcept {
    answered |= bit(q);
    if (value) yes |= bit(q); else yes &= ~bit(q);
  }
  constexpr void erase(int q) noexcept {
    answered &= ~bit(q);
    yes &= ~bit(q);
  }
  constexpr bool empty() const noexcept { return answered == 0; }
  friend constexpr bool operator==(const answer_set&, const answer_set&) = default;
};

/// Result of the fast walk (no allocation): the step, or the next question to ask.
struct walk_result {
  std::optional<step> result;  ///< set when complete
  int next_question = 0;       ///< set (1–21) when incomplete
  std::uint32_t path_mask = 0; ///< questions on the path that were answered
};

/// Walk the table with the given answers (SPEC §4). Answers to questions off the path are ignored.
constexpr walk_result walk(const answer_set& a) noexcept {
  walk_result r;
  int q = first_question;
  while (true) {
    const auto ans = a.get(q);
    if (!ans) {
      r.next_question = q;
      return r;
    }
    r.path_mask |= answer_set::bit(q);
    const transition t = next_after(q, *ans);
    if (t.is_step) {
      r.result = step_from_int(t.value);
      return r;
    }
    q = t.value;
  }
}

}  // namespace pl
