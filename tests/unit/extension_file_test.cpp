// SPDX-License-Identifier: Apache-2.0
// Extension set files (SPEC §9): the shipped Heemskerk example, and errors that name file, key
// and value.
#include <participatieladder/extensions_file.hpp>

#include <catch2/catch.hpp>

#include <string>

using namespace pl;

TEST_CASE("the Heemskerk example configuration holds the six SPEC §9 sub-steps under step 2", "[extensions]") {
  const auto set = read_extension_set(std::string(PL_SOURCE_DIR) + "/examples/extensions/heemskerk.json");
  REQUIRE(set);
  CHECK(set.value().name == "Heemskerk");
  const auto under2 = set.value().under(step::social_contacts);
  REQUIRE(under2.size() == 6);
  CHECK(under2.front()->code.to_string() == "2.1");
  CHECK(under2.back()->code.to_string() == "2.6");
  CHECK(under2[2]->label(lang::nl) == "Tegenprestatie");
  CHECK(set.value().under(step::organised_activities).empty());
}

static error parse_error(const std::string& json) {
  const auto r = parse_extension_set_json(json, "gemeente.json");
  REQUIRE_FALSE(r);
  CHECK(r.error().message.rfind("gemeente.json: ", 0) == 0);
  return r.error();
}

TEST_CASE("extension set files: every error names the file, key path and value", "[extensions]") {
  auto e = parse_error(R"({"sub_steps": {"2": [{"code": "3.1", "nl": "x"}]}})");
  CHECK(e.value() == errc::config);
  CHECK(e.message.find("sub_steps.2[0].code") != std::string::npos);
  CHECK(e.message.find("'3.1'") != std::string::npos);
  e = parse_error(R"({"sub_steps": {"9": []}})");
  CHECK(e.message.find("sub_steps.9") != std::string::npos);
  e = parse_error(R"({"sub_steps": {"2": [{"code": "2.1"}]}})");
  CHECK(e.message.find("sub_steps.2[0].nl") != std::string::npos);
  e = parse_error(R"({"sub_steps": {"2": [{"code": "2.x", "nl": "a"}]}})");
  CHECK(e.message.find("'2.x'") != std::string::npos);
  e = parse_error(R"({"sub_steps": {"2": [{"code": "2.1", "nl": "a"}, {"code": "2.1", "nl": "b"}]}})");
  CHECK(e.message.find("defined twice") != std::string::npos);
  e = parse_error(R"({"sub_step": {}})");
  CHECK(e.message.find("sub_step") != std::string::npos);
  e = parse_error(R"({"sub_steps": {"2": [{"code": 2.1, "nl": "a"}]}})");
  CHECK(e.message.find("a number") != std::string::npos);
  e = parse_error("not json");
  CHECK(e.value() == errc::parse);
  CHECK(read_extension_set("/nonexistent/x.json").error().value() == errc::io);
}

TEST_CASE("extension set files: en is optional, several base steps", "[extensions]") {
  const auto set = parse_extension_set_json(
      R"({"name": "X", "sub_steps": {"3": [{"code": "3.2", "nl": "b"}], "1": [{"code": "1.1", "nl": "a", "en": "A"}]}})");
  REQUIRE(set);
  REQUIRE(set.value().sub_steps.size() == 2);
  CHECK(set.value().sub_steps[0].code.to_string() == "1.1");  // sorted by code
  CHECK(set.value().sub_steps[1].label(lang::en) == "b");     // falls back to Dutch
}
