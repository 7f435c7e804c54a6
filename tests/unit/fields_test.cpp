// SPDX-License-Identifier: Apache-2.0
// The SPEC §6 field table: header lookup, value parsing and formatting, personal data (SPEC §11).
#include <catch2/catch.hpp>

#include <participatieladder/fields.hpp>

#include <set>
#include <string>

using namespace pl;

namespace {
const field_info& row(std::string_view key) {
  const auto* f = field_by_key(key);
  REQUIRE(f != nullptr);
  return *f;
}
record parsed(std::string_view key, std::string_view value) {
  record r;
  const auto res = parse_field(r, row(key), value);
  INFO(key << " = '" << value << "': " << (res ? std::string("ok") : res.error().message));
  REQUIRE(res);
  return r;
}
std::string parse_error(std::string_view key, std::string_view value) {
  record r;
  const auto res = parse_field(r, row(key), value);
  INFO(key << " = '" << value << "'");
  REQUIRE_FALSE(res);
  CHECK(res.error().value() == errc::parse);
  return res.error().message;
}
}  // namespace

TEST_CASE("fields: the table has every SPEC §6 key once, aliases unique", "[fields]") {
  std::set<std::string> names;
  for (const auto& f : field_table) {
    INFO(f.key);
    CHECK(names.insert(std::string(f.key)).second);
    for (auto a : f.aliases)
      if (!a.empty() && a != f.key) CHECK(names.insert(fields_detail::fold(a)).second);
    CHECK(f.parse != nullptr);
    CHECK(f.format != nullptr);
  }
  CHECK(field_table.size() == 36);  // SPEC §6 (revised): exit_reason, exit_date
  for (auto k : {"client_id", "measured_on", "step"}) CHECK(row(k).required);
  std::size_t required = 0;
  for (const auto& f : field_table) required += f.required;
  CHECK(required == 3);
}

TEST_CASE("fields: personal data and benchmark export follow SPEC §11", "[fields]") {
  for (const auto& f : field_table) {
    INFO(f.key);
    CHECK(f.personal == ((f.number >= 1 && f.number <= 9) || f.key == "bsn"));
    CHECK(f.benchmark == (f.number >= 10 && f.number <= 23));
    CHECK_FALSE((f.personal && f.benchmark));
  }
  CHECK(row("postal_code").personal);
  CHECK(row("birth_date").personal);
  CHECK_FALSE(row("client_id").benchmark);
  CHECK_FALSE(row("free_field").benchmark);
  CHECK(row("instrument_deployed").benchmark);
}

TEST_CASE("fields: header lookup by key or Dutch alias, case-insensitive and trimmed", "[fields]") {
  CHECK(find_field("client_id")->key == "client_id");
  CHECK(find_field("Klantnummer")->key == "client_id");
  CHECK(find_field(" KLANTNR ")->key == "client_id");
  CHECK(find_field("cliëntnummer")->key == "client_id");
  CHECK(find_field("CLIËNTNUMMER")->key == "client_id");
  CHECK(find_field("Datum meetmoment")->key == "measured_on");
  CHECK(find_field("meetdatum")->key == "measured_on");
  CHECK(find_field("Positie op de ladder")->key == "step");
  CHECK(find_field("TREDE")->key == "step");
  CHECK(find_field("doeltrede")->key == "target_step");
  CHECK(find_field("Vrijstelling arbeidsplicht")->key == "work_obligation_exemption");
  CHECK(find_field("datum volgend meetmoment")->key == "next_measurement_due");
  CHECK(find_field("klantmanager")->key == "caseworker");
  CHECK(find_field("MEASURED_ON")->key == "measured_on");
  CHECK(find_field("kleur van de map") == nullptr);
  CHECK(find_field("") == nullptr);
  CHECK(row("measured_on").dutch_header() == "datum meetmoment");
  CHECK(row("free_field").dutch_header() == "vrij veld");
}

TEST_CASE("fields: empty is not filled, never an error (SPEC §6)", "[fields]") {
  for (const auto& f : field_table) {
    INFO(f.key);
    record r;
    REQUIRE(parse_field(r, f, ""));
    REQUIRE(parse_field(r, f, "   "));
    CHECK(format_field(r, f, value_style::iso()).empty());
    CHECK(format_field(r, f, value_style::dutch()).empty());
  }
}

TEST_CASE("fields: dates ISO or DD-MM-YYYY, validated", "[fields]") {
  CHECK(parsed("measured_on", "2025-03-01").measured_on == date{2025, 3, 1});
  CHECK(parsed("measured_on", "01-03-2025").measured_on == date{2025, 3, 1});
  CHECK(parsed("next_measurement_due", " 28-02-2026 ").next_measurement_due == date{2026, 2, 28});
  const auto m = parse_error("measured_on", "31-02-2025");
  CHECK(m.find("measured_on") != std::string::npos);
  CHECK(m.find("31-02-2025") != std::string::npos);
  CHECK(m.find("not a valid calendar date") != std::string::npos);
}

TEST_CASE("fields: step with notation sets growth potential; no sign on 6, 0, 9", "[fields]") {
  CHECK(parsed("step", "4").step == step::unpaid_work);
  CHECK_FALSE(parsed("step", "4").growth_potential);
  CHECK(parsed("step", "0").step == step::intake);
  CHECK(parsed("step", "9").step == step::left);
  auto r = parsed("step", "2+");
  CHECK(r.step == step::social_contacts);
  CHECK(r.growth_potential == growth::potential);
  r = parsed("step", "3-");
  CHECK(r.step == step::organised_activities);
  CHECK(r.growth_potential == growth::none);
  for (const char* bad : {"7", "6+", "0+", "9-", "twee", "2++", "-1"}) {
    const auto m = parse_error("step", bad);
    CHECK(m.rfind("step: ", 0) == 0);
    CHECK(m.find(std::string("'") + bad + "'") != std::string::npos);
  }
  // SPEC §6 (revised): a sign that disagrees with the growth column — neither wins, in either
  // column order: the step is kept, growth is not filled, the conflict is marked for the reader
  record c;
  REQUIRE(parse_field(c, row("growth_potential"), "0"));
  REQUIRE(parse_field(c, row("step"), "2+"));
  CHECK(c.step == step::social_contacts);
  CHECK_FALSE(c.growth_potential.has_value());
  CHECK(c.growth_conflict);
  record d;
  REQUIRE(parse_field(d, row("step"), "2+"));
  REQUIRE(parse_field(d, row("growth_potential"), "++"));
  CHECK(d.growth_grade == 2);
  CHECK_FALSE(d.growth_conflict);
  REQUIRE(parse_field(d, row("growth_potential"), "0"));
  CHECK_FALSE(d.growth_potential.has_value());
  CHECK(d.growth_grade == 0);
  CHECK(d.growth_conflict);
  record e;  // agreeing, or one of the two empty: the one given counts
  REQUIRE(parse_field(e, row("step"), "3-"));
  REQUIRE(parse_field(e, row("growth_potential"), "nee"));
  CHECK(e.growth_potential == growth::none);
  CHECK_FALSE(e.growth_conflict);
}

TEST_CASE("fields: growth potential + / 0, graded, yes/no spellings", "[fields]") {
  CHECK(parsed("growth_potential", "+").growth_potential == growth::potential);
  CHECK(parsed("growth_potential", "0").growth_potential == growth::none);
  CHECK(parsed("growth_potential", "ja").growth_potential == growth::potential);
  auto r = parsed("growth_potential", "+++");
  CHECK(r.growth_grade == 3);
  CHECK(format_field(r, row("growth_potential"), value_style::iso()) == "+++");
  r = parsed("growth_potential", "--");
  CHECK(r.growth_potential == growth::none);
  CHECK(format_field(r, row("growth_potential"), value_style::iso()) == "--");
  parse_error("growth_potential", "misschien");
}

TEST_CASE("fields: target step 1-6 or notation, horizon, target growth", "[fields]") {
  auto r = parsed("target_step", "3+");
  CHECK(r.target_step == step::organised_activities);
  CHECK(r.target_growth == growth::potential);
  r = parsed("target_step", "3-");
  CHECK(r.target_growth == growth::none);
  r = parsed("target_step", "6");
  CHECK(r.target_step == step::paid_work);
  CHECK_FALSE(r.target_growth);
  CHECK(parse_error("target_step", "0").find("not a target step") != std::string::npos);
  parse_error("target_step", "9");
  parse_error("target_step", "6+");
  CHECK(parsed("target_horizon", "5y").target_horizon == horizon::five_years);
  CHECK(parsed("target_horizon", "EVER").target_horizon == horizon::ever);
  parse_error("target_horizon", "2y");
  CHECK(parsed("target_growth", "+").target_growth == growth::potential);
}

TEST_CASE("fields: gender, income, yes/no, exemption code", "[fields]") {
  CHECK(parsed("gender", "v").gender == gender::female);
  CHECK(parsed("gender", "O").gender == gender::unknown);
  CHECK(parsed("income_situation", "a").income_situation == income::municipal_benefit);
  CHECK(parsed("income_situation", "B").income_situation == income::uwv_benefit);
  CHECK(parsed("income_situation", "a gemeentelijke uitkering").income_situation == income::municipal_benefit);
  CHECK(parsed("income_situation", "D WERK").income_situation == income::work);
  CHECK(parsed("income_situation", "c NUG-er").income_situation == income::no_benefit);
  CHECK(parse_error("income_situation", "e").find("'e'") != std::string::npos);
  parse_error("income_situation", "a werk");
  for (const char* yes : {"ja", "J", "yes", "TRUE", "1", "+"}) CHECK(parsed("low_literacy", yes).low_literacy == true);
  for (const char* no : {"nee", "n", "No", "false", "0"}) CHECK(parsed("low_literacy", no).low_literacy == false);
  CHECK(parse_error("start_qualification", "jawel").find("start_qualification: 'jawel'") == 0);
  auto r = parsed("work_obligation_exemption", "nee");
  CHECK(r.work_obligation_exemption == false);
  r = parsed("work_obligation_exemption", "VA-12");
  CHECK(r.work_obligation_exemption == true);
  CHECK(r.work_obligation_exemption_code == "VA-12");
  CHECK(format_field(r, row("work_obligation_exemption"), value_style::dutch()) == "VA-12");
}

TEST_CASE("fields: sub-steps, determination, answers", "[fields]") {
  auto r = parsed("sub_step", "2.2,2.4");
  REQUIRE(r.sub_steps.size() == 2);
  CHECK(r.highest_sub_step()->to_string() == "2.4");
  CHECK(format_field(r, row("sub_step"), value_style::iso()) == "2.2,2.4");
  for (const char* bad : {"2", "2.", ".4", "7.1", "2.x", "0.1", "2.0"}) parse_error("sub_step", bad);
  CHECK(parsed("determination", "Vragenlijst").determination == determination_method::questionnaire);
  CHECK(parsed("determination", "conversion").determination == determination_method::conversion);
  parse_error("determination", "gok");
  r = parsed("answers", "1:N 2:N 10:J 12:J 13:J");
  CHECK(format_field(r, row("answers"), value_style::iso()) == "1:N 2:N 10:J 12:J 13:J");
  CHECK(parse_error("answers", "1:N 2:X").find("'2:X'") != std::string::npos);
}

TEST_CASE("fields: personal values are stored as given and never echoed in errors (SPEC §11)", "[fields]") {
  CHECK(parsed("bsn", "123456789").bsn == "123456789");
  CHECK(parsed("bsn", "12345").bsn == "12345");            // validity is check PL017, not a read error
  CHECK(parsed("postal_code", "1234AB").postal_code == "1234AB");
  CHECK(parsed("postal_code", "x").postal_code == "x");
  const auto m = parse_error("birth_date", "31-02-1980");
  CHECK(m.find("31-02-1980") == std::string::npos);
  CHECK(m.find("birth_date") != std::string::npos);
  CHECK(m.find("value withheld (personal data)") != std::string::npos);
  const auto g = parse_error("gender", "Xq");
  CHECK(g.find("Xq") == std::string::npos);
}

TEST_CASE("fields: every formatted value reads back to itself, both styles", "[fields]") {
  record r;
  r.client_id = "K1"; r.bsn = "111222333"; r.family_name = "Jansen"; r.birth_date = date{1980, 5, 17};
  r.gender = gender::female; r.postal_code = "1234 AB"; r.measured_on = date{2025, 3, 1};
  r.next_measurement_due = date{2026, 3, 1}; r.caseworker = "KM 7"; r.step = step::social_contacts;
  r.growth_potential = growth::potential; r.growth_grade = 2; r.target_step = step::organised_activities;
  r.target_horizon = horizon::five_years; r.target_growth = growth::none; r.income_situation = income::no_benefit;
  r.start_qualification = false; r.integration_obligation = true; r.low_literacy = true;
  r.work_obligation_exemption = true; r.work_obligation_exemption_code = "TIJD"; r.integration_exemption = false;
  r.instrument_in_use = true; r.instrument_deployed = false; r.sub_steps = {{step::social_contacts, 4}, {step::social_contacts, 2}};
  r.determination = determination_method::delimitation; r.answers = parse_answers("1:N 2:N 10:N 11:N 14:N").value();
  r.free_field = "a; b, \"c\"";
  for (const auto style : {value_style::iso(), value_style::dutch()}) {
    record back;
    for (const auto& f : field_table) {
      INFO(f.key);
      REQUIRE(parse_field(back, f, format_field(r, f, style)));
    }
    for (const auto& f : field_table) {
      INFO(f.key);
      CHECK(format_field(back, f, style) == format_field(r, f, style));
    }
    CHECK(back.growth_grade == 2);
    CHECK(back.target_growth == growth::none);
  }
  CHECK(format_field(r, row("measured_on"), value_style::dutch()) == "01-03-2025");
  CHECK(format_field(r, row("measured_on"), value_style::iso()) == "2025-03-01");
  CHECK(format_field(r, row("low_literacy"), value_style::dutch()) == "ja");
  CHECK(format_field(r, row("low_literacy"), value_style::iso()) == "yes");
}
