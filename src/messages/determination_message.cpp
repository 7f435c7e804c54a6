// SPDX-License-Identifier: Apache-2.0
// SPEC §2-§4 as messages: every value comes from the core tables.
#include "messages/determination_message.hpp"

#include <participatieladder/yes_no.hpp>

#include <participatieladder/answers.hpp>

namespace pl::messages {

namespace v1 = participatieladder::v1;

namespace {
void set_text(v1::LocalizedText* out, const text& t) {
  out->set_nl(std::string(t.nl));
  out->set_en(std::string(t.en));
}
}  // namespace

result<answer_set> from_message(const v1::AnswerSet& m) {
  answer_set s;
  for (int i = 0; i < m.answers_size(); ++i) {
    const auto& a = m.answers(i);
    if (!is_question(a.question()))
      return fail(errc::invalid_argument, "AnswerSet.answers[" + std::to_string(i) + "].question = " + std::to_string(a.question()) +
                                              " is not a question (1-21, SPEC §4)");
    if (s.has(a.question()))
      return fail(errc::invalid_argument, "AnswerSet.answers[" + std::to_string(i) + "]: question " + std::to_string(a.question()) +
                                              " is answered twice");
    bool yes = a.yes();
    if (a.answer_case() == v1::Answer::kText) {  // the answer as written: the §6 yes/no table decides
      auto read = parse_yes_no(a.text());
      if (!read)
        return fail(errc::invalid_argument, "AnswerSet.answers[" + std::to_string(i) + "]: question " + std::to_string(a.question()) +
                                                ": " + read.error().message);
      yes = read.value();
    }
    s.set(a.question(), yes);
  }
  return s;
}

v1::AnswerSet to_message(const answer_set& a) {
  v1::AnswerSet m;
  for (int q = 1; q <= question_count; ++q)
    if (const auto v = a.get(q)) {
      auto* e = m.add_answers();
      e->set_question(q);
      e->set_yes(*v);
    }
  return m;
}

v1::DeterminationResult to_message(const determination& d) {
  v1::DeterminationResult m;
  m.set_complete(d.complete);
  answer_set on_path;
  for (const auto& e : d.path) {
    auto* a = m.add_path();
    a->set_question(e.question);
    a->set_yes(e.answer);
    on_path.set(e.question, e.answer);
  }
  m.set_path_notation(format_answers(on_path));
  for (int q : d.unused) m.add_unused(q);
  if (d.result) {
    m.set_step(to_int(*d.result));
    set_text(m.mutable_label(), info(*d.result).label);
  }
  if (d.next_question) {
    m.set_next_question(*d.next_question);
    auto* q = m.mutable_question();
    q->set_number(*d.next_question);
    set_text(q->mutable_text(), question_at(*d.next_question).wording);
    set_text(q->mutable_block(), block_of(*d.next_question).title);
  }
  for (const auto* n : d.notes) {
    auto* note = m.add_notes();
    note->set_id(std::string(n->id));
    set_text(note->mutable_message(), n->message);
  }
  if (const auto* del = d.delimitation_of_result()) {
    auto* out = m.mutable_delimitation();
    out->set_step(to_int(del->code));
    set_text(out->mutable_criteria(), del->criteria);
    for (const auto& ex : del->examples) set_text(out->add_examples(), ex);
  }
  return m;
}

v1::QuestionnairePaths paths_message() {
  v1::QuestionnairePaths m;
  for (const auto& p : enumerate_paths()) {
    auto* out = m.add_paths();
    for (const auto& e : p.path) {
      auto* a = out->add_path();
      a->set_question(e.question);
      a->set_yes(e.answer);
    }
    out->set_step(to_int(p.result));
  }
  return m;
}

}  // namespace pl::messages
