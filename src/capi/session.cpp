// SPDX-License-Identifier: Apache-2.0
// The interactive questionnaire session (SPEC §4) behind the opaque pl_session handle.
#include "c_boundary.hpp"
#include "engine.hpp"

#include "messages/determination_message.hpp"

#include <participatieladder/session.hpp>
#include <participatieladder/yes_no.hpp>

using namespace pl::capi;

struct pl_session : pl::capi::handle {  // first base: the kind at offset 0 (handle.hpp)
  explicit pl_session(const pl_engine* e) : handle(pl::capi::handle_kind::session), engine(e) {}
  const pl_engine* engine;
  pl::session state;
};

namespace {
int session_result(const char* fn, shape s, const pl_session* session, pl_buffer* out) {
  return door(fn, s, out, [&]() -> pl::result<void> {
    PL_TRY(require(session, fn, "session"));
    return give(pl::messages::to_message(session->state.outcome()), s, out);
  });
}
}  // namespace

extern "C" {

PL_EXTERN int pl_session_new(const pl_engine* engine, pl_session** out) {
  return guard([&]() -> pl::result<void> {
    PL_TRY(require(out, "pl_session_new", "out"));
    *out = nullptr;
    PL_TRY(require(engine, "pl_session_new", "engine"));
    *out = new pl_session(engine);
    return pl::success();
  });
}

PL_EXTERN void pl_session_free(pl_session* session) {
  if (session == nullptr) return;
  if (auto ok = require(session, "pl_session_free", "session"); !ok) {
    set_error(ok.error());  // another kind of handle: not freed
    return;
  }
  mark_freed(*session);
  delete session;
}

PL_EXTERN int pl_session_current(const pl_session* session, int* question, int* step, size_t* answered) {
  return guard([&]() -> pl::result<void> {
    PL_TRY(require(question, "pl_session_current", "question"));
    PL_TRY(require(step, "pl_session_current", "step"));
    *question = 0;
    *step = 0;
    PL_TRY(require(session, "pl_session_current", "session"));
    const pl::walk_result w = pl::walk(session->state.answers());
    *question = w.result ? 0 : w.next_question;
    *step = w.result ? pl::to_int(*w.result) : 0;
    if (answered != nullptr) *answered = session->state.answered();
    return pl::success();
  });
}

PL_EXTERN int pl_session_answer(pl_session* session, int yes) {
  return guard([&]() -> pl::result<void> {
    PL_TRY(require(session, "pl_session_answer", "session"));
    return session->state.answer(yes != 0);
  });
}

PL_EXTERN int pl_session_answer_text(pl_session* session, const char* answer) {
  return guard([&]() -> pl::result<void> {
    PL_TRY(require(session, "pl_session_answer_text", "session"));
    PL_TRY(require(answer, "pl_session_answer_text", "answer"));
    auto yes = pl::parse_yes_no(answer);  // the SPEC §6 yes/no table, as for files and notation
    if (!yes) return pl::fail(pl::errc::invalid_argument, "pl_session_answer_text: " + yes.error().message);
    return session->state.answer(yes.value());
  });
}

PL_EXTERN int pl_session_back(pl_session* session) {
  return guard([&]() -> pl::result<void> {
    PL_TRY(require(session, "pl_session_back", "session"));
    return session->state.back();
  });
}

PL_EXTERN int pl_session_result(const pl_session* session, pl_buffer* out) {
  return session_result("pl_session_result", shape::bytes, session, out);
}

PL_EXTERN int pl_session_result_json(const pl_session* session, pl_buffer* out) {
  return session_result("pl_session_result_json", shape::json, session, out);
}

}  // extern "C"
