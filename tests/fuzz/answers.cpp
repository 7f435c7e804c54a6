// SPDX-License-Identifier: Apache-2.0
// Fuzz target: the answer notation (SPEC §6 `answers`, §4). Input: notation text. Properties: an
// error message is valid UTF-8 (C door: always; C++ core: when the input is); the notation written
// back reads as the same set (nl and en); the fast walk, the C bit door and the C notation door give
// the determination of the C++ core; the determination's path replayed — as an answer set and
// answered in order in a session — gives the same step and path, with nothing unused.
#include "capi_support.hpp"

#include <participatieladder/answers.hpp>
#include <participatieladder/determination.hpp>
#include <participatieladder/session.hpp>
#include <participatieladder/v1/determination.pb.h>

#include <cstdint>
#include <string>

using namespace pl;
using pl::fuzz::fail;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  const auto parsed = parse_answers(text);

  // The C door reads the notation up to the first NUL, as C does.
  const std::string c_text = text.substr(0, text.find('\0'));
  fuzz::buffer out;
  const int rc = pl_determine_notation(fuzz::engine(), c_text.c_str(), &out);
  participatieladder::v1::DeterminationResult c_result;
  fuzz::require_utf8(fuzz::outcome("pl_determine_notation", rc, out, &c_result));

  if (!parsed) {
    if (test::is_valid_utf8(text)) fuzz::require_utf8("parse_answers error", parsed.error().message);
    if (c_text == text && rc != PL_E_PARSE) fail("parse_answers refuses, pl_determine_notation gives " + std::to_string(rc));
    return 0;
  }
  const answer_set set = parsed.value();
  if (c_text == text && rc != PL_OK) fail(std::string("parse_answers reads it, pl_determine_notation: ") + pl_last_error());

  for (const auto l : {lang::nl, lang::en}) {
    const auto again = parse_answers(format_answers(set, l));
    if (!again || !(again.value() == set)) fail("notation written back does not read as the same set: " + format_answers(set, l));
  }

  const determination d = determine(set);
  if (d.complete != d.result.has_value() || d.complete == d.next_question.has_value()) fail("complete, result and next question disagree");

  // fast walk and the C bit door
  int step = -1, next = -1;
  if (pl_determine_bits(fuzz::engine(), set.answered, set.yes, &step, &next) != PL_OK) fail(std::string("pl_determine_bits: ") + pl_last_error());
  if (d.complete ? (step != to_int(*d.result) || next != 0) : (step != 0 || next != *d.next_question))
    fail("pl_determine_bits differs from determine()");
  if (c_text == text) {
    if (c_result.complete() != d.complete) fail("pl_determine_notation: complete differs");
    if (d.complete && c_result.step() != to_int(*d.result)) fail("pl_determine_notation: step differs");
    if (!d.complete && c_result.next_question() != *d.next_question) fail("pl_determine_notation: next question differs");
    if (c_result.path_size() != static_cast<int>(d.path.size())) fail("pl_determine_notation: path differs");
  }

  // the path replayed as an answer set
  answer_set path_only;
  for (const auto& e : d.path) {
    if (path_only.has(e.question)) fail("question " + std::to_string(e.question) + " twice on the path");
    path_only.set(e.question, e.answer);
  }
  const determination replay = determine(path_only);
  if (replay.complete != d.complete || replay.result != d.result || replay.path != d.path ||
      replay.next_question != d.next_question || !replay.unused.empty())
    fail("the path replayed gives another determination: " + format_answers(path_only));
  for (int q : d.unused)
    if (path_only.has(q)) fail("a question on the path is reported unused");

  // the path answered in order in a session
  session s;
  for (const auto& e : d.path) {
    if (s.complete() || s.current_question() != e.question) fail("the session asks another question than the path");
    if (!s.answer(e.answer)) fail("the session refuses an answer on the path");
  }
  const determination by_session = s.outcome();
  if (by_session.complete != d.complete || by_session.result != d.result || by_session.path != d.path)
    fail("the session on the path gives another determination");
  return 0;
}
