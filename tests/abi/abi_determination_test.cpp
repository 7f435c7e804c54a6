// SPDX-License-Identifier: Apache-2.0
// SPEC §4 through the C ABI: the shared vectors and every complete path give what the C++ core
// gives.
#include <catch2/catch.hpp>

#include "abi_support.hpp"
#include "vectors.hpp"

#include <participatieladder/answers.hpp>
#include <participatieladder/determination.hpp>

#include <cstdint>
#include <set>
#include <vector>

using namespace pl::abi_test;
using pl::test::field;
using pl::test::has;

TEST_CASE("questionnaire vectors through pl_determine_notation (SPEC §4, §4.1)", "[abi][vectors]") {
  const auto engine = make_engine();
  const auto doc = pl::test::load_vectors("questionnaire.json");
  const auto& cases = field(doc, "cases").list_value().values();
  REQUIRE(cases.size() >= 20);
  for (const auto& c : cases) {
    const std::string name = field(c, "name").string_value();
    INFO(name);
    buffer out;
    const int rc = pl_determine_notation(engine.get(), field(c, "answers").string_value().c_str(), &out);
    if (has(c, "error")) {
      CHECK(rc == PL_E_PARSE);
      CHECK(std::string(pl_status_str(rc)).find(field(c, "error").string_value()) == 0);
      CHECK(std::string(pl_last_error()).size() > 0);
      CHECK(out.b.data == nullptr);
      continue;
    }
    REQUIRE(rc == PL_OK);
    const auto r = to_value("DeterminationResult", out.bytes());
    if (has(c, "step")) {
      REQUIRE(get(r, "complete"));
      CHECK(get(r, "complete")->bool_value());
      REQUIRE(get(r, "step"));
      CHECK(get(r, "step")->number_value() == field(c, "step").number_value());
      REQUIRE(get(r, "delimitation"));
    } else {
      REQUIRE(get(r, "complete"));  // defaults are written too (messages/json.hpp)
      CHECK_FALSE(get(r, "complete")->bool_value());
      REQUIRE(get(r, "next_question"));
      CHECK(get(r, "next_question")->number_value() == field(c, "next_question").number_value());
    }
    std::vector<std::string> expected_notes, got_notes;
    for (const auto& n : field(c, "notes").list_value().values()) expected_notes.push_back(n.string_value());
    if (const auto* notes = get(r, "notes"))
      for (const auto& n : notes->list_value().values()) got_notes.push_back(get(n, "id")->string_value());
    CHECK(got_notes == expected_notes);
    if (has(c, "unused")) {
      std::vector<double> expected, got;
      for (const auto& n : field(c, "unused").list_value().values()) expected.push_back(n.number_value());
      if (const auto* u = get(r, "unused"))
        for (const auto& n : u->list_value().values()) got.push_back(n.number_value());
      CHECK(got == expected);
    }
    if (has(c, "path_length")) {
      REQUIRE(get(r, "path"));
      CHECK(get(r, "path")->list_value().values_size() == static_cast<int>(field(c, "path_length").number_value()));
    }
  }
}

TEST_CASE("every complete path: pl_paths, pl_determine_bits and pl_determine agree with the core (SPEC §4)", "[abi][paths]") {
  const auto engine = make_engine();
  buffer out;
  REQUIRE(pl_paths(engine.get(), &out) == PL_OK);
  const auto paths = get(to_value("QuestionnairePaths", out.bytes()), "paths")->list_value().values();
  const auto core = pl::enumerate_paths();
  REQUIRE(paths.size() == static_cast<int>(core.size()));
  REQUIRE(core.size() == 308);
  for (std::size_t i = 0; i < core.size(); ++i) {
    const auto& p = paths[static_cast<int>(i)];
    const pl::answer_set a = core[i].answers();
    INFO(pl::format_answers(a));
    CHECK(get(p, "step")->number_value() == pl::to_int(core[i].result));
    CHECK(get(p, "path")->list_value().values_size() == static_cast<int>(core[i].path.size()));
    int step = -1, next = -1;
    REQUIRE(pl_determine_bits(engine.get(), a.answered, a.yes, &step, &next) == PL_OK);
    CHECK(step == pl::to_int(core[i].result));
    CHECK(next == 0);
    // The protobuf AnswerSet entry point, with the path's answers as bytes.
    std::string json = "{\"answers\":[";
    for (std::size_t k = 0; k < core[i].path.size(); ++k)
      json += (k ? "," : "") + std::string("{\"question\":") + std::to_string(core[i].path[k].question) + ",\"yes\":" +
              (core[i].path[k].answer ? "true" : "false") + "}";
    json += "]}";
    const std::string request = from_json("AnswerSet", json);
    buffer result;
    REQUIRE(pl_determine(engine.get(), request.data(), request.size(), &result) == PL_OK);
    CHECK(get(to_value("DeterminationResult", result.bytes()), "step")->number_value() == pl::to_int(core[i].result));
  }
}

TEST_CASE("pl_determine rejects answer sets the core cannot hold", "[abi]") {
  const auto engine = make_engine();
  buffer out;
  const std::string out_of_range = from_json("AnswerSet", R"({"answers":[{"question":22,"yes":true}]})");
  CHECK(pl_determine(engine.get(), out_of_range.data(), out_of_range.size(), &out) == PL_E_INVALID_ARGUMENT);
  CHECK(std::string(pl_last_error()).find("22") != std::string::npos);
  const std::string twice = from_json("AnswerSet", R"({"answers":[{"question":1,"yes":true},{"question":1}]})");
  CHECK(pl_determine(engine.get(), twice.data(), twice.size(), &out) == PL_E_INVALID_ARGUMENT);
  CHECK(std::string(pl_last_error()).find("twice") != std::string::npos);
  CHECK(out.b.data == nullptr);
}

TEST_CASE("pl_determine_bits_batch gives pl_determine_bits' answer for every path, every prefix and random answer sets (issue 13)",
          "[abi][paths][batch]") {
  const auto engine = make_engine();
  std::vector<std::uint32_t> answered, yes;
  for (const auto& p : pl::enumerate_paths()) {
    pl::answer_set a;
    answered.push_back(a.answered);  // the empty prefix
    yes.push_back(a.yes);
    for (const auto& step : p.path) {
      a.set(step.question, step.answer);
      answered.push_back(a.answered);
      yes.push_back(a.yes);
    }
  }
  std::uint32_t x = 2463534242u;  // xorshift: answer sets off every path too (unused answers)
  for (int i = 0; i < 20000; ++i) {
    x ^= x << 13, x ^= x >> 17, x ^= x << 5;
    const std::uint32_t a = x & pl::answer_set::valid_mask;
    x ^= x << 13, x ^= x >> 17, x ^= x << 5;
    answered.push_back(a);
    yes.push_back(x & a);
  }
  const std::size_t n = answered.size();
  std::vector<std::uint8_t> steps(n, 99), next(n, 99);
  REQUIRE(pl_determine_bits_batch(engine.get(), answered.data(), yes.data(), n, steps.data(), next.data()) == PL_OK);
  std::size_t complete = 0;
  for (std::size_t i = 0; i < n; ++i) {
    int step = -1, nq = -1;
    REQUIRE(pl_determine_bits(engine.get(), answered[i], yes[i], &step, &nq) == PL_OK);
    INFO("answer set " << i);
    CHECK(steps[i] == step);
    CHECK(next[i] == nq);
    complete += step != 0;
  }
  CHECK(complete >= 308);
  CHECK(complete < n);  // prefixes are incomplete

  // count 0 with NULL arrays; an invalid pair is named by its index, results before it written
  CHECK(pl_determine_bits_batch(engine.get(), nullptr, nullptr, 0, nullptr, nullptr) == PL_OK);
  std::vector<std::uint32_t> bad_a = {answered[5], 1u, 0u}, bad_y = {yes[5], 0u, 0u};
  std::vector<std::uint8_t> s3(3, 99), n3(3, 99);
  CHECK(pl_determine_bits_batch(engine.get(), bad_a.data(), bad_y.data(), 3, s3.data(), n3.data()) == PL_E_INVALID_ARGUMENT);
  CHECK(std::string(pl_last_error()).find("answer set 1") != std::string::npos);
  CHECK(s3[0] == steps[5]);
  CHECK(n3[0] == next[5]);
  bad_a = {2u, 2u};
  bad_y = {2u, 4u};  // a yes-bit that is not answered
  CHECK(pl_determine_bits_batch(engine.get(), bad_a.data(), bad_y.data(), 2, s3.data(), n3.data()) == PL_E_INVALID_ARGUMENT);
  CHECK(std::string(pl_last_error()).find("not answered") != std::string::npos);
}
