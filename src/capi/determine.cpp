// SPDX-License-Identifier: Apache-2.0
// Determination entry points (SPEC §4): protobuf answer sets, the notation, scalar bitmasks, and
// the static texts of SPEC §2 and §4.
#include "c_boundary.hpp"
#include "engine.hpp"

#include "messages/decode.hpp"
#include "messages/determination_message.hpp"

#include <participatieladder/answers.hpp>
#include <participatieladder/determination.hpp>

#include <cstdio>

using namespace pl::capi;

namespace {
std::string hex(std::uint32_t v) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "0x%08x", static_cast<unsigned>(v));
  return buf;
}
}  // namespace

extern "C" {

PL_EXTERN int pl_determine(const pl_engine* engine, const void* answer_set, size_t size, pl_buffer* out) {
  return guard([&]() -> pl::result<void> {
    PL_TRY(require(out, "pl_determine", "out"));
    reset(out);
    PL_TRY(require(engine, "pl_determine", "engine"));
    participatieladder::v1::AnswerSet m;
    PL_TRY(pl::messages::decode(answer_set, size, m, "answer_set"));
    PL_TRY(answers, pl::messages::from_message(m));
    return write(pl::messages::to_message(pl::determine(answers)), out);
  });
}

PL_EXTERN int pl_determine_notation(const pl_engine* engine, const char* notation, pl_buffer* out) {
  return guard([&]() -> pl::result<void> {
    PL_TRY(require(out, "pl_determine_notation", "out"));
    reset(out);
    PL_TRY(require(engine, "pl_determine_notation", "engine"));
    PL_TRY(require(notation, "pl_determine_notation", "notation"));
    PL_TRY(answers, pl::parse_answers(notation));
    return write(pl::messages::to_message(pl::determine(answers)), out);
  });
}

PL_EXTERN int pl_determine_bits(const pl_engine* engine, uint32_t answered, uint32_t yes, int* step, int* next_question) {
  return guard([&]() -> pl::result<void> {
    PL_TRY(require(engine, "pl_determine_bits", "engine"));
    PL_TRY(require(step, "pl_determine_bits", "step"));
    PL_TRY(require(next_question, "pl_determine_bits", "next_question"));
    *step = 0;
    *next_question = 0;
    if ((answered & ~pl::answer_set::valid_mask) != 0)
      return pl::fail(pl::errc::invalid_argument, "pl_determine_bits: answered = " + hex(answered) +
                                                      " has bits outside 1..21 (bit q = question q)");
    if ((yes & ~answered) != 0)
      return pl::fail(pl::errc::invalid_argument, "pl_determine_bits: yes = " + hex(yes) + " has bits that are not answered (" + hex(answered) + ")");
    const pl::walk_result w = pl::walk(pl::answer_set{answered, yes});
    if (w.result) *step = pl::to_int(*w.result);
    else *next_question = w.next_question;
    return pl::success();
  });
}

PL_EXTERN int pl_determine_bits_batch(const pl_engine* engine, const std::uint32_t* answered, const std::uint32_t* yes,
                                      std::size_t count, std::uint8_t* step, std::uint8_t* next_question) {
  return guard([&]() -> pl::result<void> {
    PL_TRY(require(engine, "pl_determine_bits_batch", "engine"));
    if (count == 0) return pl::success();
    PL_TRY(require(answered, "pl_determine_bits_batch", "answered"));
    PL_TRY(require(yes, "pl_determine_bits_batch", "yes"));
    PL_TRY(require(step, "pl_determine_bits_batch", "step"));
    PL_TRY(require(next_question, "pl_determine_bits_batch", "next_question"));
    for (std::size_t i = 0; i < count; ++i) {
      const std::uint32_t a = answered[i], y = yes[i];
      if ((a & ~pl::answer_set::valid_mask) != 0 || (y & ~a) != 0)
        return pl::fail(pl::errc::invalid_argument,
                        "pl_determine_bits_batch: answer set " + std::to_string(i) + ": answered = " + hex(a) + ", yes = " +
                            hex(y) + ((a & ~pl::answer_set::valid_mask) != 0 ? ": bits outside 1..21 (bit q = question q)"
                                                                             : ": yes-bits that are not answered"));
      const pl::walk_result w = pl::walk(pl::answer_set{a, y});
      step[i] = w.result ? static_cast<std::uint8_t>(pl::to_int(*w.result)) : 0;
      next_question[i] = w.result ? 0 : static_cast<std::uint8_t>(w.next_question);
    }
    return pl::success();
  });
}

PL_EXTERN int pl_paths(const pl_engine* engine, pl_buffer* out) {
  return guard([&]() -> pl::result<void> {
    PL_TRY(require(out, "pl_paths", "out"));
    reset(out);
    PL_TRY(require(engine, "pl_paths", "engine"));
    return write(pl::messages::paths_message(), out);
  });
}

// The texts are views of string literals in the core tables: NUL-terminated, static storage.
PL_EXTERN const char* pl_question_text(int question, int lang) {
  if (!pl::is_question(question) || (lang != PL_LANG_NL && lang != PL_LANG_EN)) return nullptr;
  return pl::question_at(question).wording(lang == PL_LANG_NL ? pl::lang::nl : pl::lang::en).data();
}

PL_EXTERN const char* pl_step_label(int step, int lang) {
  const auto s = pl::step_from_int(step);
  if (!s || (lang != PL_LANG_NL && lang != PL_LANG_EN)) return nullptr;
  return pl::label(*s, lang == PL_LANG_NL ? pl::lang::nl : pl::lang::en).data();
}

}  // extern "C"
