// SPDX-License-Identifier: Apache-2.0
// A municipality's check configuration (SPEC §8: switch checks off, change severities; SPEC §7:
// the re-assessment interval is a setting) — in C++ and as a JSON file.
#include <catch2/catch.hpp>

#include <participatieladder/checks.hpp>
#include <participatieladder/config/check_config_json.hpp>

#include <string>
#include <vector>

using namespace pl;

namespace {
date d(int y, int m, int day) { return date{y, m, day}; }

record base(std::string id, date on) {
  record r;
  r.client_id = std::move(id);
  r.measured_on = on;
  r.caseworker = "KM";
  r.step = step::social_contacts;
  r.growth_potential = growth::potential;
  r.target_step = step::organised_activities;
  return r;
}

std::size_t count(const std::vector<finding>& fs, std::string_view id) {
  std::size_t n = 0;
  for (const auto& f : fs) n += f.check == id;
  return n;
}
}  // namespace

TEST_CASE("disabling a check removes exactly its findings (SPEC §8)", "[config]") {
  std::vector<record> rs{base("A", d(2025, 1, 1))};
  rs[0].bsn = "123456789";         // PL017 bsn
  rs[0].postal_code = "0000 XX";   // PL017 postal code
  rs[0].birth_date = d(1950, 1, 1); // PL018
  const auto all = run_checks(rs, d(2025, 3, 1));
  REQUIRE(count(all, "PL017") == 2);
  REQUIRE(count(all, "PL018") == 1);
  check_config c;
  c.disabled_checks = {"PL017"};
  const auto fs = run_checks(rs, d(2025, 3, 1), c);
  CHECK(count(fs, "PL017") == 0);
  CHECK(count(fs, "PL018") == 1);
  CHECK(fs.size() == all.size() - 2);
}

TEST_CASE("a severity override applies to every variant of the id (SPEC §8)", "[config]") {
  std::vector<record> rs{base("A", d(2025, 1, 1))};
  rs[0].bsn = "123456789";
  rs[0].postal_code = "12345";
  rs[0].birth_date = d(1950, 1, 1);
  check_config c;
  c.severity_overrides = {{"PL017", severity::info}, {"PL018", severity::error}};
  const auto fs = run_checks(rs, d(2025, 3, 1), c);
  REQUIRE(fs.size() == 3);
  for (const auto& f : fs) CHECK(f.severity == (f.check == "PL017" ? severity::info : severity::error));
}

TEST_CASE("a 6-month interval changes PL011 and PL021 (SPEC §7)", "[config]") {
  std::vector<record> rs{base("A", d(2025, 1, 10))};
  rs[0].next_measurement_due = d(2025, 10, 10);  // 9 months after
  const date ref = d(2025, 9, 1);                  // ~8 months after the measurement
  const auto yearly = run_checks(rs, ref);
  CHECK(count(yearly, "PL011") == 0);
  CHECK(count(yearly, "PL021") == 0);
  check_config c;
  c.reassessment_months = 6;
  const auto half = run_checks(rs, ref, c);
  CHECK(count(half, "PL011") == 1);
  CHECK(count(half, "PL021") == 1);
  for (const auto& f : half)
    if (f.check == "PL011") CHECK(f.message_en.find("more than 6 months") != std::string::npos);
  // exactly six months is not more than six months
  rs[0].next_measurement_due = d(2025, 7, 10);
  CHECK(count(run_checks(rs, d(2025, 7, 10), c), "PL011") == 0);
  CHECK(count(run_checks(rs, d(2025, 7, 10), c), "PL021") == 0);
  CHECK(count(run_checks(rs, d(2025, 7, 11), c), "PL021") == 1);
}

TEST_CASE("validate rejects unknown ids and non-positive months", "[config]") {
  CHECK(validate(check_config{}));
  check_config c;
  c.disabled_checks = {"PL024"};  // PL023 exists since SPEC §6/§8 (revised)
  auto r = validate(c);
  REQUIRE_FALSE(r);
  CHECK(r.error().value() == errc::config);
  CHECK(r.error().message.find("'PL024'") != std::string::npos);
  check_config m;
  m.intake_months = 0;
  r = validate(m);
  REQUIRE_FALSE(r);
  CHECK(r.error().message.find("intake_months") != std::string::npos);
  check_config s;
  s.severity_overrides["pl001"] = severity::info;  // ids are exact
  CHECK_FALSE(validate(s));
}

TEST_CASE("configuration JSON: every key read (SPEC §8)", "[config][json]") {
  const auto c = parse_check_config(R"({"disabled_checks": ["PL018", "PL004"], "severity": {"PL005": "error", "PL017": "Info"},
                                        "reassessment_months": 6, "intake_months": 2})", "gemeente.json");
  REQUIRE(c);
  CHECK(c.value().disabled_checks == std::set<std::string, std::less<>>{"PL004", "PL018"});
  CHECK(c.value().severity_overrides.at("PL005") == severity::error);
  CHECK(c.value().severity_overrides.at("PL017") == severity::info);
  CHECK(c.value().reassessment_months == 6);
  CHECK(c.value().intake_months == 2);
  const auto empty = parse_check_config("{}", "empty.json");
  REQUIRE(empty);
  CHECK(empty.value().reassessment_months == 12);
  CHECK(empty.value().intake_months == 3);
  CHECK(empty.value().disabled_checks.empty());
}

TEST_CASE("configuration JSON: errors name the source, key and value", "[config][json]") {
  struct bad { const char* json; errc code; std::vector<std::string> mentions; };
  const std::vector<bad> cases{
      {R"({"disabled": ["PL001"]})", errc::config, {"gemeente.json", "'disabled'"}},
      {R"({"disabled_checks": ["PL099"]})", errc::config, {"disabled_checks", "'PL099'"}},
      {R"({"disabled_checks": "PL001"})", errc::config, {"disabled_checks", "'PL001'", "not a list"}},
      {R"({"disabled_checks": [1]})", errc::config, {"disabled_checks", "1"}},
      {R"({"severity": {"PL005": "fatal"}})", errc::config, {"severity.PL005", "'fatal'"}},
      {R"({"severity": {"PL5": "error"}})", errc::config, {"severity.PL5", "'PL5'"}},
      {R"({"severity": {"PL005": 1}})", errc::config, {"severity.PL005"}},
      {R"({"reassessment_months": 6.5})", errc::config, {"reassessment_months", "6.5"}},
      {R"({"reassessment_months": "12"})", errc::config, {"reassessment_months", "'12'"}},
      {R"({"intake_months": 0})", errc::config, {"intake_months", "0"}},
      {R"({"intake_months": -3})", errc::config, {"intake_months", "-3"}},
      {R"({"intake_months": 3)", errc::parse, {"gemeente.json"}},
      {R"([1, 2])", errc::parse, {"gemeente.json"}},
  };
  for (const auto& b : cases) {
    INFO(b.json);
    const auto r = parse_check_config(b.json, "gemeente.json");
    REQUIRE_FALSE(r);
    CHECK(r.error().value() == b.code);
    for (const auto& m : b.mentions) {
      INFO(r.error().message);
      CHECK(r.error().message.find(m) != std::string::npos);
    }
  }
}

TEST_CASE("configuration file: missing file is an I/O error", "[config][json]") {
  const auto r = load_check_config("/nonexistent/gemeente.json");
  REQUIRE_FALSE(r);
  CHECK(r.error().value() == errc::io);
  CHECK(r.error().message.find("/nonexistent/gemeente.json") != std::string::npos);
}
