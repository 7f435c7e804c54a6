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
/// pl_determine and pl_determine_json: one body, two shapes.
int determine(const char* fn, shape s, const pl_engine* engine, const message_in& answer_set, pl_buffer* out) {
  return door(fn, s, out, [&]() -> pl::result<void> {
    PL_TRY(require(engine, fn, "engine"));
    participatieladder::v1::AnswerSet m;
    PL_TRY(read(answer_set, m));
    PL_TRY(answers, pl::messages::from_message(m));
    return give(pl::messages::to_message(pl::determine(answers)), s, out);
  });
}

int determine_notation(const char* fn, shape s, const pl_engine* engine, const char* notation, pl_buffer* out) {
  return door(fn, s, out, [&]() -> pl::result<void> {
    PL_TRY(require(engine, fn, "engine"));
    PL_TRY(require(notation, fn, "notation"));
    PL_TRY(answers, pl::parse_answers(notation));
    return give(pl::messages::to_message(pl::determine(answers)), s, out);
  });
}

int paths(const char* fn, shape s, const pl_engine* engine, pl_buffer* out) {
  return door(fn, s, out, [&]() -> pl::result<void> {
    PL_TRY(require(engine, fn, "engine"));
    return give(pl::messages::paths_message(), s, out);
  });
}

}  // namespace

extern "C" {

PL_EXTERN int pl_determine(const pl_engine* engine, const void* answer_set, size_t size, pl_buffer* out) {
  return determine("pl_determine", shape::bytes, engine, message_in::bytes(answer_set, size, "answer_set"), out);
}

PL_EXTERN int pl_determine_json(const pl_engine* engine, const char* answer_set_json, pl_buffer* out) {
  return determine("pl_determine_json", shape::json, engine, message_in::text(answer_set_json, "pl_determine_json: answer_set_json", false),
                   out);
}

PL_EXTERN int pl_determine_notation(const pl_engine* engine, const char* notation, pl_buffer* out) {
  return determine_notation("pl_determine_notation", shape::bytes, engine, notation, out);
}

PL_EXTERN int pl_determine_notation_json(const pl_engine* engine, const char* notation, pl_buffer* out) {
  return determine_notation("pl_determine_notation_json", shape::json, engine, notation, out);
}

PL_EXTERN int pl_determine_bits(const pl_engine* engine, uint32_t answered, uint32_t yes, int* step, int* next_question) {
  return guard([&]() -> pl::result<void> {
    PL_TRY(require(step, "pl_determine_bits", "step"));
    PL_TRY(require(next_question, "pl_determine_bits", "next_question"));
    *step = 0;
    *next_question = 0;
    PL_TRY(require(engine, "pl_determine_bits", "engine"));
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

PL_EXTERN int pl_paths(const pl_engine* engine, pl_buffer* out) { return paths("pl_paths", shape::bytes, engine, out); }

PL_EXTERN int pl_paths_json(const pl_engine* engine, pl_buffer* out) { return paths("pl_paths_json", shape::json, engine, out); }

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
