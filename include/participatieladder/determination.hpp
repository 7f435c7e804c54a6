// SPDX-License-Identifier: Apache-2.0
// Determination of the step from a set of answers (SPEC §4): a complete result (step, path,
// unused answers, delimitation, §4.1 notes) or an incomplete one (the next question to ask).
#pragma once

#include "delimitation.hpp"
#include "divergence.hpp"
#include "questionnaire.hpp"
#include "step.hpp"

#include <optional>
#include <vector>

namespace pl {

struct path_entry {
  int question;
  bool answer;
  friend constexpr bool operator==(const path_entry&, const path_entry&) = default;
};

/// The outcome of a determination. Incomplete is a finding, not an error.
struct determination {
  bool complete = false;
  std::optional<step> result;           ///< the step, when complete
  std::vector<path_entry> path;          ///< the answered questions on the path, in order
  std::optional<int> next_question;      ///< the question to ask next, when incomplete
  std::vector<int> unused;               ///< answered questions that are not on the path, ascending
  std::vector<const divergence_note*> notes;  ///< SPEC §4.1 notes, when complete

  /// The delimitation text of the resulting step (SPEC §3); nullptr when incomplete.
  const delimitation_info* delimitation_of_result() const noexcept { return result ? delimitation(*result) : nullptr; }
};

/// Determine the step from a set of answers (SPEC §4). Answers off the path never change the
/// result; they are reported as unused.
inline determination determine(const answer_set& answers) {
  determination d;
  const walk_result w = walk(answers);
  for (int q = first_question; ; ) {
    const auto a = answers.get(q);
    if (!a) break;
    d.path.push_back({q, *a});
    const transition t = next_after(q, *a);
    if (t.is_step) break;
    q = t.value;
  }
  for (int q = 1; q <= question_count; ++q)
    if (answers.has(q) && (w.path_mask & answer_set::bit(q)) == 0) d.unused.push_back(q);
  if (w.result) {
    d.complete = true;
    d.result = w.result;
    for (const auto& rule : divergence_rules) {
      if (!applies(rule, answers, w.path_mask, *w.result)) continue;
      const divergence_note* n = find_divergence_note(rule.note);
      bool seen = false;
      for (const auto* x : d.notes) seen = seen || x == n;
      if (n && !seen) d.notes.push_back(n);
    }
  } else {
    d.next_question = w.next_question;
  }
  return d;
}

/// A complete path through the questionnaire and the step it ends on.
struct complete_path {
  std::vector<path_entry> path;
  step result;

  answer_set answers() const noexcept {
    answer_set s;
    for (const auto& e : path) s.set(e.question, e.answer);
    return s;
  }
};

/// Every complete path through the table, depth first, yes before no (SPEC §4: there are 308).
inline std::vector<complete_path> enumerate_paths() {
  std::vector<complete_path> out;
  std::vector<path_entry> current;
  auto visit = [&](auto&& self, int q) -> void {
    for (const bool a : {true, false}) {
      current.push_back({q, a});
      const transition t = next_after(q, a);
      if (t.is_step) out.push_back({current, *step_from_int(t.value)});
      else self(self, t.value);
      current.pop_back();
    }
  };
  visit(visit, first_question);
  return out;
}

}  // namespace pl
