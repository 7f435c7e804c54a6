// SPDX-License-Identifier: Apache-2.0
// Runs tests/vectors/questionnaire.json (the shared cases every runner reads).
#include <catch2/catch.hpp>

#include "vectors.hpp"

#include <participatieladder/answers.hpp>
#include <participatieladder/determination.hpp>

using namespace pl;
using pl::test::field;
using pl::test::has;

TEST_CASE("questionnaire vectors (SPEC §4, §4.1)", "[vectors][questionnaire]") {
  const auto doc = pl::test::load_vectors("questionnaire.json");
  const auto& cases = field(doc, "cases").list_value().values();
  REQUIRE(cases.size() >= 20);
  std::set<std::string> notes_seen;
  for (const auto& c : cases) {
    const std::string name = field(c, "name").string_value();
    SECTION(name) {}
    INFO(name);
    const auto parsed = parse_answers(field(c, "answers").string_value());
    if (has(c, "error")) {
      REQUIRE_FALSE(parsed);
      CHECK(std::string(errc_name(parsed.error().value())).find(field(c, "error").string_value()) == 0);
      CHECK_FALSE(parsed.error().message.empty());
      continue;
    }
    REQUIRE(parsed);
    const auto d = determine(parsed.value());
    if (has(c, "step")) {
      REQUIRE(d.complete);
      CHECK(to_int(*d.result) == static_cast<int>(field(c, "step").number_value()));
    } else {
      REQUIRE_FALSE(d.complete);
      CHECK(d.next_question == static_cast<int>(field(c, "next_question").number_value()));
    }
    std::vector<std::string> expected_notes, got_notes;
    for (const auto& n : field(c, "notes").list_value().values()) expected_notes.push_back(n.string_value());
    for (const auto* n : d.notes) {
      got_notes.emplace_back(n->id);
      notes_seen.emplace(n->id);
    }
    CHECK(got_notes == expected_notes);
    if (has(c, "unused")) {
      std::vector<int> expected;
      for (const auto& n : field(c, "unused").list_value().values()) expected.push_back(static_cast<int>(n.number_value()));
      CHECK(d.unused == expected);
    }
    if (has(c, "path_length")) CHECK(d.path.size() == static_cast<std::size_t>(field(c, "path_length").number_value()));
  }
  // Every SPEC §4.1 note is covered by at least one vector.
  for (const auto& n : divergence_notes) CHECK(notes_seen.count(std::string(n.id)) == 1);
}
