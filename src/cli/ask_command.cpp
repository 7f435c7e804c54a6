// SPDX-License-Identifier: Apache-2.0
// `pladder ask` — the questionnaire in the terminal (SPEC §4), driven by stdin. With --format json
// the questions go to stderr and stdout gets one line: the v1 JSON mapping of the
// DeterminationResult (the bytes of pl_session_result_json; incomplete answers too, exit 1).
#include "command_registry.hpp"
#include "determination_output.hpp"

#include "messages/determination_message.hpp"
#include "messages/json.hpp"

#include <participatieladder/session.hpp>
#include <participatieladder/text_util.hpp>
#include <participatieladder/yes_no.hpp>

#include <iostream>
#include <memory>

namespace pl::cli {
namespace {

struct ask_options {
  std::string lang = "nl";
  std::string format = "text";
};

/// The session's result as the v1 message in JSON on stdout (issue 20: one shape per answer).
int print_json(const session& s, int rc) {
  auto json = messages::to_json(messages::to_message(s.outcome()));
  if (!json) {
    std::cerr << "pladder ask: " << json.error().message << '\n';
    return exit_usage;
  }
  std::cout << json.value() << '\n';
  return rc;
}

struct ask_texts {
  text question{"Vraag", "Question"};
  text prompt{"(j/n, b = terug)", "(y/n, b = back)"};
  text invalid{"Antwoord met j of n (of b om terug te gaan).", "Answer y or n (or b to go back)."};
  text at_start{"Dit is de eerste vraag.", "This is the first question."};
  text incomplete{"Vragenlijst niet afgemaakt; volgende vraag", "Questionnaire not finished; next question"};
  text step{"Trede", "Step"};
  text path{"Pad", "Path"};
  text delimitation{"Afbakening", "Delimitation"};
  text note{"Let op", "Note"};
};

int run_ask(const ask_options& o) {
  const lang l = parse_lang(o.lang).value();
  const ask_texts t;
  const bool json = o.format == "json";
  std::ostream& out = json ? std::cerr : std::cout;  // the conversation; stdout keeps the message
  session s;
  while (const auto q = s.current_question()) {
    const auto& block = block_of(*q);
    out << t.question(l) << ' ' << *q << " [" << block.title(l) << "]: " << question_at(*q).wording(l) << ' '
              << t.prompt(l) << '\n' << std::flush;
    std::string line;
    if (!std::getline(std::cin, line)) {
      out << t.incomplete(l) << ' ' << *q << '\n';
      return json ? print_json(s, exit_findings) : exit_findings;
    }
    const auto input = detail::trim(line);
    if (detail::iequals(input, "b")) {
      if (!s.back()) out << t.at_start(l) << '\n';
      continue;
    }
    const auto yes = parse_yes_no(input);
    if (!yes) {
      out << t.invalid(l) << '\n';
      continue;
    }
    (void)s.answer(yes.value());
  }
  if (json) return print_json(s, exit_ok);
  const determination d = s.outcome();
  std::cout << t.step(l) << ' ' << to_int(*d.result) << ": " << label(*d.result, l) << '\n';
  std::cout << t.path(l) << ": " << path_text(d, l) << '\n';
  if (const auto* del = d.delimitation_of_result()) std::cout << t.delimitation(l) << ": " << del->criteria(l) << '\n';
  for (const auto* n : d.notes) std::cout << t.note(l) << " (" << n->id << "): " << n->message(l) << '\n';
  return exit_ok;
}

const bool registered = register_command({"ask", 20, [](CLI::App& app) {
  auto o = std::make_shared<ask_options>();
  app.description("Ask the 21 questions interactively (reads answers from stdin: j/n, y/n, b = back)");
  app.add_option("--lang", o->lang, "Language (nl: answer j/n; en: answer y/n)")->check(CLI::IsMember({"nl", "en"}));
  app.add_option("--format", o->format, "Output format (json: the questions on stderr, the result message on stdout)")
      ->check(CLI::IsMember({"text", "json"}));
  return std::function<int()>([o] { return run_ask(*o); });
}});

}  // namespace
}  // namespace pl::cli
