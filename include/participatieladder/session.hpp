// SPDX-License-Identifier: Apache-2.0
// An interactive questionnaire session for input modules (SPEC §4): the current question, answer
// it, go back one question, and the result.
#pragma once

#include "determination.hpp"
#include "error.hpp"

#include <optional>
#include <string>
#include <vector>

namespace pl {

class session {
 public:
  session() = default;

  /// The question to ask now, or nothing when the session is complete.
  std::optional<int> current_question() const noexcept {
    const walk_result w = walk(answers_);
    if (w.result) return std::nullopt;
    return w.next_question;
  }

  bool complete() const noexcept { return !current_question().has_value(); }

  /// Answer the current question. Fails with errc::state when the session is already complete.
  result<void> answer(bool yes) {
    const auto q = current_question();
    if (!q) return fail(errc::state, "the questionnaire is complete; go back before answering again");
    answers_.set(*q, yes);
    order_.push_back(*q);
    return success();
  }

  /// Withdraw the last answer. Fails with errc::state at the first question.
  result<void> back() {
    if (order_.empty()) return fail(errc::state, "already at the first question; nothing to go back to");
    answers_.erase(order_.back());
    order_.pop_back();
    return success();
  }

  /// Number of answers given (the depth in the flow).
  std::size_t answered() const noexcept { return order_.size(); }

  const answer_set& answers() const noexcept { return answers_; }

  /// The determination for the answers so far (complete or incomplete).
  determination outcome() const { return determine(answers_); }

 private:
  answer_set answers_;
  std::vector<int> order_;
};

}  // namespace pl
