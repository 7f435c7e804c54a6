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

/// Parse `Q:A` tokens separated by blanks, commas or semicolons. Errors name the offending token:
/// an unknown question, an unreadable answer, or a question answered twice.
inline result<answer_set> parse_answers(std::string_view text) {
  answer_set set;
  std::size_t i = 0;
  auto is_sep = [](char c) { return detail::is_space(c) || c == ',' || c == ';'; };
  while (i < text.size()) {
    while (i < text.size() && is_sep(text[i])) ++i;
    if (i >= text.size()) break;
    std::size_t j = i;
    while (j < text.size() && !is_sep(text[j])) ++j;
    const std::string_view token = text.substr(i, j - i);
    i = j;
    const auto colon = token.find(':');
    if (colon == std::string_view::npos)
      return fail(errc::parse, "answer token '" + std::string(token) + "' is not of the form QUESTION:ANSWER (e.g. 10:J)");
    int q = 0;
    if (!detail::parse_uint(token.substr(0, colon), q) || !is_question(q))
      return fail(errc::parse, "answer token '" + std::string(token) + "': question must be a number 1-21");
    auto value = parse_yes_no(token.substr(colon + 1));
    if (!value) return fail(errc::parse, "answer token '" + std::string(token) + "': " + value.error().message);
    if (set.has(q))
      return fail(errc::parse, "answer token '" + std::string(token) + "': question " + std::to_string(q) + " is answered twice");
    set.set(q, value.value());
  }
  return set;
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
