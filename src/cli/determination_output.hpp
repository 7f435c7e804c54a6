// SPDX-License-Identifier: Apache-2.0
// How `classify` and `ask` print a determination (text and JSON).
#pragma once

#include "json_output.hpp"

#include <participatieladder/answers.hpp>
#include <participatieladder/determination.hpp>

#include <string>

namespace pl::cli {

inline json::object determination_json(const determination& d, lang l) {
  json::object o;
  o.set("complete", json::boolean(d.complete));
  o.set("step", d.result ? json::number(to_int(*d.result)) : json::null());
  o.set("label", d.result ? json::string(label(*d.result, l)) : json::null());
  std::vector<json::Value> path;
  answer_set on_path;
  for (const auto& e : d.path) {
    path.push_back(json::list({json::number(e.question), json::boolean(e.answer)}));
    on_path.set(e.question, e.answer);
  }
  o.set("path", json::list(std::move(path)));
  o.set("path_notation", json::string(format_answers(on_path)));
  o.set("next_question", d.next_question ? json::number(*d.next_question) : json::null());
  o.set("question", d.next_question ? json::string(question_at(*d.next_question).wording(l)) : json::null());
  std::vector<json::Value> unused;
  for (int q : d.unused) unused.push_back(json::number(q));
  o.set("unused", json::list(std::move(unused)));
  std::vector<json::Value> notes, note_texts;
  for (const auto* n : d.notes) {
    notes.push_back(json::string(n->id));
    note_texts.push_back(json::string(n->message(l)));
  }
  o.set("notes", json::list(std::move(notes)));
  o.set("note_texts", json::list(std::move(note_texts)));
  const auto* del = d.delimitation_of_result();
  o.set("delimitation", del ? json::string(del->criteria(l)) : json::null());
  return o;
}

inline std::string path_text(const determination& d, lang l) {
  answer_set on_path;
  for (const auto& e : d.path) on_path.set(e.question, e.answer);
  return format_answers(on_path, l);
}

}  // namespace pl::cli
