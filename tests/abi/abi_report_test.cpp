// SPDX-License-Identifier: Apache-2.0
// Reports (SPEC §10) and extension sets (SPEC §9) through the C ABI: pl_report, pl_read_extensions,
// Configuration.extensions. The shared report vectors run through this same entry point in pytest
// (bindings/python/tests/test_report_vectors.py).
#include <catch2/catch.hpp>

#include "abi_support.hpp"

#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace pl::abi_test;

namespace {

using google::protobuf::Value;

std::string file_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

engine_ptr engine_with(const std::string& configuration_json) {
  const std::string config = from_json("Configuration", configuration_json);
  pl_engine* e = nullptr;
  REQUIRE(pl_engine_new(config.data(), config.size(), &e) == PL_OK);
  return {e, &pl_engine_free};
}

Value report(const pl_engine* engine, const std::string& request_json) {
  const std::string request = from_json("ReportRequest", request_json);
  buffer out;
  INFO(pl_last_error());
  REQUIRE(pl_report(engine, request.data(), request.size(), &out) == PL_OK);
  return to_value("ReportResponse", out.bytes());
}

std::string csv(const Value& response) { return get(*get(response, "table"), "csv")->string_value(); }

/// Row keys (first cells) of a response's table.
std::vector<std::string> row_keys(const Value& response) {
  std::vector<std::string> keys;
  for (const auto& row : get(*get(response, "table"), "rows")->list_value().values())
    keys.push_back(get(row.struct_value().fields().at("cells").list_value().values(0), "text")->string_value());
  return keys;
}

const std::string records = R"("records":{"records":[
    {"client_id":"a","measured_on":"2024-03-01","step":"2","sub_step":"2.1,2.2","growth_potential":"+"},
    {"client_id":"b","measured_on":"2024-03-01","step":"2","sub_step":"2.9"},
    {"client_id":"c","measured_on":"2024-03-01","step":"3","target_step":"4"},
    {"client_id":"d","measured_on":"2024-03-01","step":"2","sub_step":"2.2","growth_potential":"later"}]})";

}  // namespace

TEST_CASE("pl_report: a placement table with both languages' labels and the exact CSV", "[abi][reports]") {
  const auto engine = make_engine();
  const Value r = report(engine.get(), "{" + records + R"(,"options":{"reference_date":"2024-12-31","kind":"REPORT_KIND_PLACEMENT"}})");
  CHECK(csv(r) ==
        "step,clients,pct_of_total,without_gp,pct_without_gp,with_gp,pct_with_gp\n"
        "1,0,0,0,,0,\n2,3,75,0,0,1,33\n3,1,25,0,0,1,100\n4,0,0,0,,0,\n5,0,0,0,,0,\n6,0,0,,,,\n"
        "not_filled,0,0,,,,\ntotal_1_5,4,100,0,0,2,50\ngrand_total,4,100,,,,\n");
  const auto& columns = get(*get(r, "table"), "columns")->list_value().values();
  REQUIRE(columns.size() == 7);
  CHECK(get(*get(columns[2], "label"), "nl")->string_value() == "% van totaal");
  CHECK(get(*get(columns[2], "label"), "en")->string_value() == "% of total");
  // The unreadable growth potential of d is a finding (data) and counts as not filled.
  const auto& findings = get(r, "findings")->list_value().values();
  REQUIRE(findings.size() == 1);
  CHECK(get(findings[0], "check")->string_value() == "input");
  CHECK(get(findings[0], "key")->string_value() == "growth_potential");
  CHECK(get(findings[0], "record_index")->number_value() == 3);  // a JSON number (uint32)
}

TEST_CASE("pl_report: the engine's extension set, or the request's, shows sub-steps rolled up", "[abi][reports][extensions]") {
  const std::string set = R"({"name":"test","sub_steps":[{"code":"2.1","nl":"een"},{"code":"2.2","nl":"twee","en":"two"}]})";
  const auto plain = make_engine();
  const auto with = engine_with(R"({"extensions":)" + set + "}");
  const std::string request = "{" + records + R"(,"options":{"reference_date":"2024-12-31","kind":"REPORT_KIND_PLACEMENT")";
  const Value none = report(plain.get(), request + "}}");
  const Value by_engine = report(with.get(), request + "}}");
  const Value by_request = report(plain.get(), request + R"(,"extensions":)" + set + "}}");
  CHECK(csv(by_engine) == csv(by_request));
  CHECK(row_keys(none) == std::vector<std::string>{"1", "2", "3", "4", "5", "6", "not_filled", "total_1_5", "grand_total"});
  CHECK(row_keys(by_engine) ==
        std::vector<std::string>{"1", "2", "2.1", "2.2", "2.none", "3", "4", "5", "6", "not_filled", "total_1_5", "grand_total"});
  // a on 2.2 (its highest), d on 2.2, b's undefined 2.9 counts as without sub-step.
  CHECK(csv(by_engine).find("\n2.2,2,50,") != std::string::npos);
  CHECK(csv(by_engine).find("\n2.none,1,25,") != std::string::npos);
  // A request's set replaces the engine's.
  const Value replaced = report(with.get(), request + R"(,"extensions":{"name":"other","sub_steps":[{"code":"2.9","nl":"negen"}]}}})");
  CHECK(row_keys(replaced)[2] == "2.9");
}

TEST_CASE("PL014 through the C ABI uses the engine's extension set", "[abi][checks][extensions]") {
  const std::string request = from_json("CheckRequest", "{" + records + R"(,"options":{"reference_date":"2024-12-31"}})");
  auto pl014 = [&](const pl_engine* e) {
    buffer out;
    REQUIRE(pl_check(e, request.data(), request.size(), &out) == PL_OK);
    std::vector<std::string> clients;
    const Value response = to_value("CheckResponse", out.bytes());
    for (const auto& f : get(response, "findings")->list_value().values())
      if (get(f, "check")->string_value() == "PL014") clients.push_back(get(f, "client_id")->string_value());
    return clients;
  };
  CHECK(pl014(make_engine().get()).empty());
  const auto with = engine_with(R"({"extensions":{"sub_steps":[{"code":"2.1","nl":"een"},{"code":"2.2","nl":"twee"}]}})");
  CHECK(pl014(with.get()) == std::vector<std::string>{"b"});
}

TEST_CASE("pl_read_extensions reads the Heemskerk example into a validated set", "[abi][extensions]") {
  const std::string json = file_text(std::string(PL_VECTORS_DIR) + "/../../examples/extensions/heemskerk.json");
  REQUIRE_FALSE(json.empty());
  buffer out;
  REQUIRE(pl_read_extensions(json.data(), json.size(), "heemskerk.json", &out) == PL_OK);
  const Value set = to_value("ExtensionSet", out.bytes());
  CHECK(get(set, "name")->string_value() == "Heemskerk");
  const auto& subs = get(set, "sub_steps")->list_value().values();
  REQUIRE(subs.size() == 6);
  CHECK(get(subs[3], "code")->string_value() == "2.4");
  CHECK(get(subs[3], "nl")->string_value() == "Vrijwilligerswerk maximaal haalbaar");
  // The set is usable as the engine's configuration as it is.
  buffer json_set;
  REQUIRE(pl_message_to_json("ExtensionSet", out.b.data, out.b.size, &json_set) == PL_OK);
  pl_engine* e = nullptr;
  const std::string config =
      from_json("Configuration", "{\"extensions\":" + std::string(reinterpret_cast<const char*>(json_set.b.data)) + "}");
  REQUIRE(pl_engine_new(config.data(), config.size(), &e) == PL_OK);
  pl_engine_free(e);
}

TEST_CASE("pl_report: errors name the field and value", "[abi][reports]") {
  const auto engine = make_engine();
  struct bad { std::string json; int status; std::string says; };
  const std::vector<bad> cases = {
      {R"({"reference_date":"31-13-2024","kind":"REPORT_KIND_TARGET"})", PL_E_PARSE, "reference_date"},
      {R"({"reference_date":"2024-12-31"})", PL_E_INVALID_ARGUMENT, "kind is not set"},
      {R"({"reference_date":"2024-12-31","kind":"REPORT_KIND_MOVEMENT","to_date":"2025-01-01"})", PL_E_INVALID_ARGUMENT, "2025-01-01"},
      {R"({"reference_date":"2024-12-31","kind":"REPORT_KIND_MOVEMENT","from_date":"x"})", PL_E_PARSE, "from_date"},
      {R"({"reference_date":"2024-12-31","kind":"REPORT_KIND_PLACEMENT","extensions":{"sub_steps":[{"code":"9.1","nl":"x"}]}})",
       PL_E_CONFIG, "ReportOptions.extensions.sub_steps[0].code"},
  };
  for (const auto& c : cases) {
    INFO(c.json);
    const std::string request = from_json("ReportRequest", R"({"options":)" + c.json + "}");
    buffer out;
    pl_clear_error();
    CHECK(pl_report(engine.get(), request.data(), request.size(), &out) == c.status);
    CHECK(std::string(pl_last_error()).find(c.says) != std::string::npos);
    CHECK(out.b.data == nullptr);
  }
  // An enum value this library does not know (a newer schema) is an argument error, not a crash.
  // ReportRequest.options (field 41, tag 0xca 0x02) holding ReportOptions.kind (field 51, tag 0x98 0x03) = 99.
  const std::string unknown_kind = std::string("\xca\x02\x03" "\x98\x03\x63", 6);
  buffer out;
  CHECK(pl_report(engine.get(), unknown_kind.data(), unknown_kind.size(), &out) == PL_E_INVALID_ARGUMENT);
  CHECK(std::string(pl_last_error()).find("99") != std::string::npos);
}

TEST_CASE("pl_report_html: one self-contained page in either language, sub-steps from the engine", "[abi][reports][html]") {
  const std::string set = R"({"name":"Testdorp","sub_steps":[{"code":"2.1","nl":"een","en":"one"},{"code":"2.2","nl":"twee","en":"two"}]})";
  const auto engine = engine_with(R"({"extensions":)" + set + "}");
  // No kind: the page holds every table.
  const std::string request = from_json("ReportRequest", "{" + records + R"(,"options":{"reference_date":"2024-12-31"}})");
  auto html = [&](int lang) {
    buffer out;
    INFO(pl_last_error());
    REQUIRE(pl_report_html(engine.get(), request.data(), request.size(), lang, &out) == PL_OK);
    const std::string page = out.bytes();
    CHECK(std::strlen(reinterpret_cast<const char*>(out.b.data)) == page.size());  // NUL-terminated
    return page;
  };
  const std::string nl = html(PL_LANG_NL), en = html(PL_LANG_EN);
  CHECK(nl.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(nl.find("lang=\"nl\"") != std::string::npos);
  CHECK(en.find("lang=\"en\"") != std::string::npos);
  CHECK(nl.find("Testdorp") != std::string::npos);
  CHECK(nl.find("twee") != std::string::npos);
  CHECK(en.find("two") != std::string::npos);
  for (const char* external : {"<script", "http://", "https://", "<link"}) {
    INFO(external);
    CHECK(nl.find(external) == std::string::npos);
  }
  // A bad period fails as pl_report does.
  const std::string bad = from_json("ReportRequest", R"({"options":{"reference_date":"2024-12-31","to_date":"2025-06-01"}})");
  buffer out;
  CHECK(pl_report_html(engine.get(), bad.data(), bad.size(), PL_LANG_NL, &out) == PL_E_INVALID_ARGUMENT);
  CHECK(std::string(pl_last_error()).find("2025-06-01") != std::string::npos);
}
