// SPDX-License-Identifier: Apache-2.0
// Property tests over the SPEC §4 table: every complete path is enumerated and checked.
#include <catch2/catch.hpp>

#include <participatieladder/answers.hpp>
#include <participatieladder/determination.hpp>

#include <algorithm>
#include <map>
#include <set>

using namespace pl;

TEST_CASE("SPEC §4: there are 308 complete paths, 100/150/40/4/12/2 on steps 1-6", "[questionnaire]") {
  const auto paths = enumerate_paths();
  REQUIRE(paths.size() == 308);
  std::map<int, int> per_step;
  for (const auto& p : paths) ++per_step[to_int(p.result)];
  CHECK(per_step == std::map<int, int>{{1, 100}, {2, 150}, {3, 40}, {4, 4}, {5, 12}, {6, 2}});
}

TEST_CASE("SPEC §4: paths are distinct, start at 1, shortest 2 and longest 15 answers", "[questionnaire]") {
  const auto paths = enumerate_paths();
  std::set<std::uint64_t> distinct;
  std::size_t shortest = 100, longest = 0;
  for (const auto& p : paths) {
    REQUIRE(p.path.front().question == 1);
    const auto a = p.answers();
    distinct.insert((std::uint64_t{a.answered} << 32) | a.yes);
    shortest = std::min(shortest, p.path.size());
    longest = std::max(longest, p.path.size());
  }
  CHECK(distinct.size() == paths.size());
  CHECK(shortest == 2);
  CHECK(longest == 15);
}

TEST_CASE("SPEC §4: the answers of each path reproduce its step and its path", "[questionnaire]") {
  for (const auto& p : enumerate_paths()) {
    const auto d = determine(p.answers());
    INFO(format_answers(p.answers()));
    REQUIRE(d.complete);
    CHECK(d.result == p.result);
    CHECK(d.path == p.path);
    CHECK(d.unused.empty());
    CHECK_FALSE(d.next_question.has_value());
    REQUIRE(d.delimitation_of_result() != nullptr);
    CHECK(d.delimitation_of_result()->code == p.result);
  }
}

TEST_CASE("SPEC §4: each path minus its last answer asks exactly that question", "[questionnaire]") {
  for (const auto& p : enumerate_paths()) {
    auto a = p.answers();
    const int last = p.path.back().question;
    a.erase(last);
    const auto d = determine(a);
    INFO(format_answers(a));
    REQUIRE_FALSE(d.complete);
    CHECK(d.next_question == last);
    CHECK_FALSE(d.result.has_value());
    CHECK(d.path.size() == p.path.size() - 1);
    CHECK(d.notes.empty());
  }
}

TEST_CASE("SPEC §4: answers off the path are reported as unused and change nothing", "[questionnaire]") {
  for (const auto& p : enumerate_paths()) {
    const auto base = p.answers();
    const auto reference = determine(base);
    // Every question not on the path, answered yes and answered no.
    for (const bool value : {true, false}) {
      auto a = base;
      std::vector<int> off;
      for (int q = 1; q <= question_count; ++q)
        if (!base.has(q)) {
          a.set(q, value);
          off.push_back(q);
        }
      const auto d = determine(a);
      INFO(format_answers(a));
      CHECK(d.result == reference.result);
      CHECK(d.path == reference.path);
      CHECK(d.unused == off);
    }
  }
}

TEST_CASE("SPEC §4: table shape — blocks cover 1-21 and every question is reachable", "[questionnaire]") {
  std::set<int> seen;
  for (const auto& p : enumerate_paths())
    for (const auto& e : p.path) seen.insert(e.question);
  CHECK(seen.size() == 21);
  int covered = 0;
  for (const auto& b : question_blocks) covered += b.last - b.first + 1;
  CHECK(covered == 21);
  CHECK(block_of(12).first == 10);
  CHECK(question_at(18).wording.nl.find("vereniging") != std::string_view::npos);
}
