// SPDX-License-Identifier: Apache-2.0
// Answer-set notation, SPEC §6 key `answers`: `1:N 2:N 10:J 12:J 13:J` — question numbers with
// J/N. Parsing accepts every yes/no spelling of SPEC §6 in any case; formatting writes J/N (nl)
// or Y/N (en), questions ascending.
#pragma once

#include "error.hpp"
#include "lang.hpp"
#include "questionnaire.hpp"
#include "text_util.hpp"
#include "yes_no.hpp"

#include <string>
#include <string_view>

namespace pl {

/// What a text is as answers (read_answers): answers, or the first token that is not one and why.
enum class answers_reading : unsigned char { answers, not_question_answer, unknown_question, unreadable_answer, answered_twice };

/// `Q:A` tokens separated by blanks, commas or semicolons, read into `set` without building a
/// message (the hot path of reading files, issue 25); when they are not answers, `token` is the
/// offending token and the reading says why (parse_answers words it).
inline answers_reading read_answers(std::string_view text, answer_set& set, std::string_view& token) noexcept {
  set = answer_set{};
  std::size_t i = 0;
  auto is_sep = [](char c) { return detail::is_space(c) || c == ',' || c == ';'; };
  while (i < text.size()) {
    while (i < text.size() && is_sep(text[i])) ++i;
    if (i >= text.size()) break;
    std::size_t j = i;
    while (j < text.size() && !is_sep(text[j])) ++j;
    token = text.substr(i, j - i);
    i = j;
    const auto colon = token.find(':');
    if (colon == std::string_view::npos) return answers_reading::not_question_answer;
    int q = 0;
    if (!detail::parse_uint(token.substr(0, colon), q) || !is_question(q)) return answers_reading::unknown_question;
    const auto value = match_yes_no(token.substr(colon + 1));
    if (!value) return answers_reading::unreadable_answer;
    if (set.has(q)) return answers_reading::answered_twice;
    set.set(q, *value);
  }
  return answers_reading::answers;
}

/// Parse `Q:A` tokens (read_answers). Errors name the offending token: an unknown question, an
/// unreadable answer, or a question answered twice.
inline result<answer_set> parse_answers(std::string_view text) {
  answer_set set;
  std::string_view token;
  const auto why = read_answers(text, set, token);
  const std::string quoted = "answer token '" + std::string(token) + "'";
  switch (why) {
    case answers_reading::answers: return set;
    case answers_reading::not_question_answer: return fail(errc::parse, quoted + " is not of the form QUESTION:ANSWER (e.g. 10:J)");
    case answers_reading::unknown_question: return fail(errc::parse, quoted + ": question must be a number 1-21");
    case answers_reading::unreadable_answer:
      return fail(errc::parse, quoted + ": " + parse_yes_no(token.substr(token.find(':') + 1)).error().message);
    case answers_reading::answered_twice: break;
  }
  const auto colon = token.find(':');
  int q = 0;
  detail::parse_uint(token.substr(0, colon), q);
  return fail(errc::parse, quoted + ": question " + std::to_string(q) + " is answered twice");
}

/// Format as `1:N 2:N 10:J` (nl) or `1:N 2:N 10:Y` (en), ascending by question.
inline std::string format_answers(const answer_set& set, lang l = lang::nl) {
  std::string out;
  for (int q = 1; q <= question_count; ++q) {
    const auto v = set.get(q);
    if (!v) continue;
    if (!out.empty()) out += ' ';
    out += std::to_string(q);
    out += ':';
    out += *v ? (l == lang::nl ? 'J' : 'Y') : 'N';
  }
  return out;
}

}  // namespace pl
