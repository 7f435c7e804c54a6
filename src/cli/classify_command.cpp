// SPDX-License-Identifier: Apache-2.0
// `pladder classify [ANSWERS...]` — determine the step from answer sets (SPEC §4). --format json
// writes one participatieladder.v1.DeterminationResult per input line, in the v1 JSON mapping.
#include "command_registry.hpp"
#include "messages/determination_message.hpp"
#include "messages/json.hpp"

#include <participatieladder/answers.hpp>
#include <participatieladder/determination.hpp>

#include <iostream>
#include <memory>

namespace pl::cli {
namespace {

struct classify_options {
  std::vector<std::string> inputs;
  std::string format = "text";
  std::string lang = "nl";
};

int run_classify(const classify_options& o) {
  std::vector<std::string> inputs = o.inputs;
  bool from_stdin = inputs.empty();
  if (from_stdin)
    for (std::string line; std::getline(std::cin, line);) inputs.push_back(line);
  int rc = exit_ok;
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    const std::string where = from_stdin ? "stdin line " + std::to_string(i + 1) : "argument " + std::to_string(i + 1);
    auto answers = parse_answers(inputs[i]);
    if (!answers) {
      std::cerr << "pladder classify: " << where << ": " << answers.error().message << '\n';
      rc = exit_findings;
      continue;
    }
    const determination d = determine(answers.value());
    if (o.format == "json") {
      // One shape per answer (issue 20): the v1 JSON mapping of the DeterminationResult, the bytes
      // pl_determine_notation_json writes for the same answers (both languages: --lang is for text).
      auto json = messages::to_json(messages::to_message(d));
      if (!json) {
        std::cerr << "pladder classify: " << where << ": " << json.error().message << '\n';
        return exit_usage;
      }
      std::cout << json.value() << '\n';
    } else if (d.complete) {
      std::cout << to_int(*d.result) << '\n';
    } else {
      std::cout << "incomplete: next question " << *d.next_question << '\n';
    }
  }
  return rc;
}

const bool registered = register_command({"classify", 10, [](CLI::App& app) {
  auto o = std::make_shared<classify_options>();
  app.description("Determine the step from answer sets (SPEC §4); one per argument, or one per line on stdin");
  app.add_option("answers", o->inputs, "Answer sets such as \"1:N 2:N 10:J 12:J 13:J\"");
  app.add_option("--format", o->format, "Output format")->check(CLI::IsMember({"text", "json"}));
  app.add_option("--lang", o->lang, "Language (accepted for every command; the JSON message holds both languages)")->check(CLI::IsMember({"nl", "en"}));
  return std::function<int()>([o] { return run_classify(*o); });
}});

}  // namespace
}  // namespace pl::cli
