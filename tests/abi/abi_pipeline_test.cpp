// SPDX-License-Identifier: Apache-2.0
// One pipeline through the C ABI (issue 9): file bytes in one call (protobuf and JSON), record sets
// joined with their provenance, the one configuration reader, the §6 yes/no table for answers as
// written, strict requests. The CLI gives the same JSON for the same input (tests/differential).
#include <catch2/catch.hpp>

#include "abi_support.hpp"

#include <algorithm>
#include <cstring>
#include <map>
#include <string>
#include <vector>

using namespace pl::abi_test;
using google::protobuf::Value;

namespace {

// examples/records/small_caseload.csv: K004's step `7` cannot be read.
const std::string small_caseload =
    "client_id;measured_on;step;growth_potential;target_step;caseworker;income_situation;instrument_in_use;instrument_deployed;answers\n"
    "K001;2025-01-15;4;+;5;Jansen;a;ja;ja;1:N 2:N 10:J 12:J 13:J\n"
    "K002;2025-02-01;6;;;de Vries;b;nee;nee;1:J 4:N 5:N 6:N 7:N 8:N 9:N\n"
    "K003;15-03-2025;2+;;;Bakker;c;nee;nee;\n"
    "K004;2025-04-01;7;;;Bakker;a;nee;nee;\n";

std::vector<std::string> checks_of(const Value& response) {
  std::vector<std::string> out;
  for (const auto& f : get(response, "findings")->list_value().values())
    out.push_back(get(f, "check")->string_value() + "@" + get(f, "file")->string_value() + ":" +
                  std::to_string(static_cast<int>(get(f, "line")->number_value())));
  return out;
}

Value json_value(const std::string& json) {
  Value v;
  REQUIRE(google::protobuf::util::JsonStringToMessage(json, &v).ok());
  return v;
}

std::string read_set(const pl_engine* engine, const std::string& bytes, const char* name) {
  buffer out;
  REQUIRE(pl_read_records(engine, bytes.data(), bytes.size(), name, PL_FORMAT_CSV, &out) == PL_OK);
  return out.bytes();
}

}  // namespace

TEST_CASE("pl_check_file: one call, each unreadable value reported once (SPEC §6)", "[abi][pipeline]") {
  const auto engine = make_engine();
  const std::string options = from_json("CheckOptions", R"({"reference_date":"2025-06-30"})");
  buffer out;
  REQUIRE(pl_check_file(engine.get(), small_caseload.data(), small_caseload.size(), "small_caseload.csv", PL_FORMAT_CSV,
                        options.data(), options.size(), &out) == PL_OK);
  const Value r = to_value("CheckResponse", out.bytes());
  // PL003 for K002 and the unreadable step of K004 — no second "PL006 step is empty" for it.
  CHECK(checks_of(r) == std::vector<std::string>{"PL003@small_caseload.csv:3", "input@small_caseload.csv:5"});
  CHECK(get(r, "errors")->number_value() == 2);
  CHECK(get(r, "records")->number_value() == 4);
  CHECK(get(r, "reference_date")->string_value() == "2025-06-30");
  CHECK_FALSE(get(r, "reference_date_from_data")->bool_value());

  // The same through a request built from pl_read_records: identical bytes.
  const std::string set = read_set(engine.get(), small_caseload, "small_caseload.csv");
  buffer set_json;
  REQUIRE(pl_message_to_json("RecordSet", set.data(), set.size(), &set_json) == PL_OK);
  const std::string request =
      from_json("CheckRequest", std::string(R"({"records":)") + reinterpret_cast<const char*>(set_json.b.data) +
                                    R"(,"options":{"reference_date":"2025-06-30"}})");
  buffer via_request;
  REQUIRE(pl_check(engine.get(), request.data(), request.size(), &via_request) == PL_OK);
  CHECK(via_request.bytes() == out.bytes());
}

TEST_CASE("pl_check_file_json: file bytes and JSON options in, JSON out, numbers as numbers", "[abi][pipeline][json]") {
  const auto engine = make_engine();
  buffer out;
  REQUIRE(pl_check_file_json(engine.get(), small_caseload.data(), small_caseload.size(), "small_caseload.csv", PL_FORMAT_AUTO,
                             R"({"reference_date":"2025-06-30"})", &out) == PL_OK);
  const std::string json(reinterpret_cast<const char*>(out.b.data));
  CHECK(json.size() == out.b.size);
  CHECK(json.find(R"("line":5)") != std::string::npos);   // not "5"
  CHECK(json.find(R"("errors":2)") != std::string::npos);
  CHECK(json.find(R"("warnings":0)") != std::string::npos);  // defaults are written too
  const Value r = json_value(json);
  CHECK(checks_of(r) == std::vector<std::string>{"PL003@small_caseload.csv:3", "input@small_caseload.csv:5"});

  // No options: the reference date is the latest measured_on, and the response says so.
  buffer defaults;
  REQUIRE(pl_check_file_json(engine.get(), small_caseload.data(), small_caseload.size(), "k.csv", PL_FORMAT_CSV, nullptr, &defaults) ==
          PL_OK);
  const Value d = json_value(reinterpret_cast<const char*>(defaults.b.data));
  CHECK(get(d, "reference_date")->string_value() == "2025-04-01");
  CHECK(get(d, "reference_date_from_data")->bool_value());

  // JSON that is not CheckOptions names the problem.
  buffer bad;
  CHECK(pl_check_file_json(engine.get(), small_caseload.data(), small_caseload.size(), "k.csv", PL_FORMAT_CSV,
                           R"({"reference":"2025-06-30"})", &bad) == PL_E_PARSE);
  CHECK(std::string(pl_last_error()).find("CheckOptions") != std::string::npos);
  // ... and the output holds the error object with the same message (docs/c-abi.md "JSON entries").
  const Value error = json_value(bad.bytes());
  CHECK(get(*get(error, "error"), "code")->string_value() == "PL_E_PARSE");
  CHECK(get(*get(error, "error"), "status")->number_value() == -2.0);
  CHECK(get(*get(error, "error"), "message")->string_value() == pl_last_error());
}

TEST_CASE("pl_report_file(_json) and pl_report_json give the table of pl_report", "[abi][pipeline][reports]") {
  const auto engine = make_engine();
  const std::string options = from_json("ReportOptions", R"({"reference_date":"2025-06-30","kind":"REPORT_KIND_PLACEMENT"})");
  buffer bin;
  REQUIRE(pl_report_file(engine.get(), small_caseload.data(), small_caseload.size(), "k.csv", PL_FORMAT_CSV, options.data(),
                         options.size(), &bin) == PL_OK);
  buffer from_bin;
  REQUIRE(pl_message_to_json("ReportResponse", bin.b.data, bin.b.size, &from_bin) == PL_OK);
  buffer json;
  REQUIRE(pl_report_file_json(engine.get(), small_caseload.data(), small_caseload.size(), "k.csv", PL_FORMAT_CSV,
                              R"({"reference_date":"2025-06-30","kind":"REPORT_KIND_PLACEMENT"})", &json) == PL_OK);
  CHECK(json.bytes() == from_bin.bytes());
  const Value r = json_value(json.bytes());
  CHECK(get(r, "records")->number_value() == 4);
  CHECK(get(*get(r, "table"), "csv")->string_value().find("\n2,1,25,") != std::string::npos);
  // The step-7 record counts as not filled, and its finding comes with the table.
  CHECK(get(r, "findings")->list_value().values_size() == 1);

  const std::string set = read_set(engine.get(), small_caseload, "k.csv");
  buffer set_json;
  REQUIRE(pl_message_to_json("RecordSet", set.data(), set.size(), &set_json) == PL_OK);
  buffer via_request;
  REQUIRE(pl_report_json(engine.get(),
                         (std::string(R"({"records":)") + reinterpret_cast<const char*>(set_json.b.data) +
                          R"(,"options":{"reference_date":"2025-06-30","kind":"REPORT_KIND_PLACEMENT"}})")
                             .c_str(),
                         &via_request) == PL_OK);
  CHECK(via_request.bytes() == json.bytes());
}

TEST_CASE("strict requests: a CheckRequest is never read as a ReportRequest, nor the reverse", "[abi][pipeline][decode]") {
  const auto engine = make_engine();
  const std::string check = from_json("CheckRequest", R"({"records":{"sources":["a.csv"]},"options":{"reference_date":"2025-06-30"}})");
  const std::string report = from_json("ReportRequest", R"({"options":{"reference_date":"2025-06-30","kind":"REPORT_KIND_TARGET"}})");
  buffer out;
  CHECK(pl_report(engine.get(), check.data(), check.size(), &out) == PL_E_DECODE);
  CHECK(std::string(pl_last_error()).find("ReportRequest") != std::string::npos);
  CHECK(pl_report_html(engine.get(), check.data(), check.size(), PL_LANG_NL, &out) == PL_E_DECODE);
  CHECK(pl_check(engine.get(), report.data(), report.size(), &out) == PL_E_DECODE);
  CHECK(pl_check(engine.get(), check.data(), check.size(), &out) == PL_OK);
}

TEST_CASE("pl_record_sets_concat: every finding keeps its own file, line and record", "[abi][pipeline]") {
  const auto engine = make_engine();
  const std::string a = read_set(engine.get(), "client_id;measured_on;step\nA1;2025-01-01;3\nA2;2025-01-01;8\n", "a.csv");
  const std::string b = read_set(engine.get(), "client_id;measured_on;step\nB1;2025-13-01;3\nB2;2025-01-01;2\nB3;2025-01-01;x\n", "b.csv");
  buffer joined;
  REQUIRE(pl_record_sets_concat(a.data(), a.size(), b.data(), b.size(), &joined) == PL_OK);
  const Value set = to_value("RecordSet", joined.bytes());
  CHECK(get(set, "records")->list_value().values_size() == 5);
  REQUIRE(get(set, "sources")->list_value().values_size() == 2);
  const auto& findings = get(set, "findings")->list_value().values();
  REQUIRE(findings.size() == 3);
  CHECK(get(findings[0], "file")->string_value() == "a.csv");
  CHECK(get(findings[0], "record_index")->number_value() == 1);
  CHECK(get(findings[1], "file")->string_value() == "b.csv");
  CHECK(get(findings[1], "record_index")->number_value() == 2);  // B1: first of b, after a's two
  CHECK(get(findings[2], "record_index")->number_value() == 4);
  const auto& records = get(set, "records")->list_value().values();
  CHECK(get(records[3], "source")->number_value() == 1);

  // Checked together: the findings name their own files; no PL006 for the unreadable steps.
  buffer set_json;
  REQUIRE(pl_message_to_json("RecordSet", joined.b.data, joined.b.size, &set_json) == PL_OK);
  buffer response;
  REQUIRE(pl_check_json(engine.get(),
                        (std::string(R"({"records":)") + reinterpret_cast<const char*>(set_json.b.data) +
                         R"(,"options":{"reference_date":"2025-06-30"}})")
                            .c_str(),
                        &response) == PL_OK);
  const Value checked = json_value(response.bytes());
  const auto checks = checks_of(checked);
  CHECK(std::count(checks.begin(), checks.end(), "input@a.csv:3") == 1);
  CHECK(std::count(checks.begin(), checks.end(), "input@b.csv:2") == 1);
  CHECK(std::count(checks.begin(), checks.end(), "input@b.csv:4") == 1);
  // No "required field empty" for a value that was there but unreadable (SPEC §6: reported once).
  const std::map<std::string, std::string> unreadable{{"a.csv:3", "step"}, {"b.csv:2", "measured_on"}, {"b.csv:4", "step"}};
  for (const auto& f : get(checked, "findings")->list_value().values()) {
    const std::string where = get(f, "file")->string_value() + ":" + std::to_string(static_cast<int>(get(f, "line")->number_value()));
    const auto it = unreadable.find(where);
    if (get(f, "check")->string_value() != "PL006" || it == unreadable.end()) continue;
    INFO(where);
    for (const auto& k : get(f, "fields")->list_value().values()) CHECK(k.string_value() != it->second);
  }

  // A finding that points past the records is refused, not misattributed.
  const std::string broken = from_json("RecordSet", R"({"findings":[{"check":"input","severity":"SEVERITY_ERROR","record_index":7}]})");
  buffer out;
  CHECK(pl_record_sets_concat(broken.data(), broken.size(), a.data(), a.size(), &out) == PL_E_INVALID_ARGUMENT);
  CHECK(std::string(pl_last_error()).find("record_index 7") != std::string::npos);
}

TEST_CASE("pl_read_config: the one configuration reader, the same error for every door", "[abi][pipeline][config]") {
  struct c { std::string json; int status; std::string says; };
  for (const auto& x : std::vector<c>{{R"({"disabled_checks":["PL018"],"reassessment_months":6})", PL_OK, ""},
                                      {R"({"disabled_check":["PL018"]})", PL_E_CONFIG, "unknown key 'disabled_check'"},
                                      {R"({"severity":{"PL005":"loud"}})", PL_E_CONFIG, "loud"},
                                      {R"({"intake_months":0})", PL_E_CONFIG, "intake_months"},
                                      {"not json", PL_E_PARSE, "gemeente.json"}}) {
    INFO(x.json);
    buffer out;
    pl_clear_error();
    REQUIRE(pl_read_config(x.json.data(), x.json.size(), "gemeente.json", &out) == x.status);
    if (x.status != PL_OK) {
      CHECK(std::string(pl_last_error()).find(x.says) != std::string::npos);
      CHECK(std::string(pl_last_error()).find("gemeente.json") != std::string::npos);
      continue;
    }
    pl_engine* e = nullptr;
    REQUIRE(pl_engine_new(out.b.data, out.b.size, &e) == PL_OK);
    buffer catalogue;
    REQUIRE(pl_catalogue(e, &catalogue) == PL_OK);
    pl_engine_free(e);
    const Value cat = to_value("Catalogue", catalogue.bytes());
    for (const auto& d : get(cat, "checks")->list_value().values())
      if (get(d, "id")->string_value() == "PL018") CHECK_FALSE(get(d, "enabled")->bool_value());
  }
}

TEST_CASE("answers as written go through the SPEC §6 yes/no table, in messages and sessions", "[abi][pipeline][yes_no]") {
  const auto engine = make_engine();
  auto step = [&](const std::string& json) {
    const std::string m = from_json("AnswerSet", json);
    buffer out;
    const int rc = pl_determine(engine.get(), m.data(), m.size(), &out);
    if (rc != PL_OK) return rc * 100;
    const Value r = to_value("DeterminationResult", out.bytes());
    return get(r, "step") ? static_cast<int>(get(r, "step")->number_value()) : 0;
  };
  CHECK(step(R"({"answers":[{"question":1,"text":"nee"},{"question":2,"text":"Nee"},{"question":10,"text":"ja"},)"
             R"({"question":12,"text":"J"},{"question":13,"text":"true"}]})") == 4);
  CHECK(step(R"({"answers":[{"question":1,"yes":false},{"question":2,"yes":false},{"question":10,"yes":true},)"
             R"({"question":12,"yes":true},{"question":13,"yes":true}]})") == 4);
  CHECK(step(R"({"answers":[{"question":1,"text":"misschien"}]})") == PL_E_INVALID_ARGUMENT * 100);
  CHECK(std::string(pl_last_error()).find("misschien") != std::string::npos);

  pl_session* s = nullptr;
  REQUIRE(pl_session_new(engine.get(), &s) == PL_OK);
  REQUIRE(pl_session_answer_text(s, "nee") == PL_OK);
  int question = 0, st = 0;
  REQUIRE(pl_session_current(s, &question, &st, nullptr) == PL_OK);
  CHECK(question == 2);  // "nee" is no: not question 4
  CHECK(pl_session_answer_text(s, "soms") == PL_E_INVALID_ARGUMENT);
  CHECK(std::string(pl_last_error()).find("soms") != std::string::npos);
  REQUIRE(pl_session_current(s, &question, &st, nullptr) == PL_OK);
  CHECK(question == 2);  // nothing was answered
  pl_session_free(s);
}
