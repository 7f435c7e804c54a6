// SPDX-License-Identifier: Apache-2.0
// What an input form needs from the core (issue 22), header-only so the WebAssembly build uses the
// same code: the record-scope checks of SPEC §8 on one record (check_one_record), the Dutch words
// of the determination method and the horizon (value_style::dutch_text, read back alike), and the
// error codes as identifiers (errc_id).
#include <catch2/catch.hpp>

#include <participatieladder/checks.hpp>
#include <participatieladder/fields.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace pl;

namespace {
date d(int y, int m, int day) { return date{y, m, day}; }

record form_record() {
  record r;
  r.client_id = "K-1";
  r.measured_on = d(2026, 11, 2);
  r.caseworker = "M. de Boer";
  r.step = step::unpaid_work;
  r.growth_potential = growth::none;
  r.target_step = step::paid_work_with_support;
  r.target_horizon = horizon::one_year;
  r.determination = determination_method::questionnaire;
  return r;
}

const field_info& row(std::string_view key) { return *find_field(key); }
}  // namespace

TEST_CASE("check_one_record: the record-scope findings of run_checks, without the history checks (SPEC §8)", "[checks][form]") {
  const record r = form_record();  // growth 0 with a one-year target above the step: PL007
  const auto one = check_one_record(r, d(2026, 11, 2));
  REQUIRE(one.size() == 1);
  CHECK(one[0].check == "PL007");
  CHECK(one[0].severity == severity::error);
  CHECK(one[0].record_index == 0);

  // A measurement older than the re-assessment interval: run_checks adds PL021 (history), the
  // form's check does not; every other finding is the same, message for message.
  record old = r;
  old.measured_on = d(2024, 1, 1);
  const std::vector<record> set{old};
  const auto all = run_checks(set, d(2026, 11, 2));
  const auto form = check_one_record(old, d(2026, 11, 2));
  std::vector<finding> record_scope;
  for (const auto& f : all)
    if (find_check(f.check)->scope == check_scope::record) record_scope.push_back(f);
  CHECK(std::any_of(all.begin(), all.end(), [](const finding& f) { return f.check == "PL021"; }));
  REQUIRE(form.size() == record_scope.size());
  for (std::size_t i = 0; i < form.size(); ++i) {
    CHECK(form[i].check == record_scope[i].check);
    CHECK(form[i].severity == record_scope[i].severity);
    CHECK(form[i].message_nl == record_scope[i].message_nl);
    CHECK(form[i].message_en == record_scope[i].message_en);
  }

  // The configuration applies as in run_checks.
  check_config config;
  config.severity_overrides.emplace("PL007", severity::warning);
  CHECK(check_one_record(r, d(2026, 11, 2), config).at(0).severity == severity::warning);
  config.disabled_checks.emplace("PL007");
  CHECK(check_one_record(r, d(2026, 11, 2), config).empty());
}

TEST_CASE("check_one_record: an empty form record gives the PL006 errors of the required fields", "[checks][form]") {
  const auto fs = check_one_record(record{}, d(2026, 11, 2));
  std::vector<std::string> variants;
  for (const auto& f : fs) {
    CHECK(f.check == "PL006");
    variants.push_back(f.fields.at(0));
  }
  CHECK(variants == std::vector<std::string>{"client_id", "measured_on", "step", "caseworker"});
}

TEST_CASE("value_style::dutch_text writes vragenlijst and 1 jaar; both read back (SPEC §5, §6)", "[fields][form]") {
  const record r = form_record();
  CHECK(format_field(r, row("determination"), value_style::dutch_text()) == "vragenlijst");
  CHECK(format_field(r, row("determination"), value_style::dutch()) == "questionnaire");
  CHECK(format_field(r, row("target_horizon"), value_style::dutch_text()) == "1 jaar");
  CHECK(format_field(r, row("target_horizon"), value_style::iso()) == "1y");
  CHECK(format_field(r, row("measured_on"), value_style::dutch_text()) == "02-11-2026");
  for (const horizon h : {horizon::one_year, horizon::five_years, horizon::ever}) {
    CHECK(parse_horizon(dutch_word(h)).value() == h);
    CHECK(parse_horizon(to_string(h)).value() == h);
  }
  CHECK(parse_horizon("OOIT").value() == horizon::ever);
  CHECK_FALSE(parse_horizon("2 jaar"));
  record back;
  REQUIRE(parse_field(back, row("determination"), "vragenlijst"));
  CHECK(back.determination == determination_method::questionnaire);
}

TEST_CASE("errc_id: every error code as an identifier", "[error][form]") {
  for (const errc c : {errc::invalid_argument, errc::parse, errc::io, errc::format, errc::config, errc::state, errc::decode,
                       errc::version, errc::internal, errc::no_memory}) {
    const auto id = errc_id(c);
    CHECK_FALSE(id.empty());
    CHECK(std::all_of(id.begin(), id.end(), [](char ch) { return (ch >= 'a' && ch <= 'z') || ch == '_'; }));
  }
  CHECK(errc_id(errc::parse) == "parse_error");
}
