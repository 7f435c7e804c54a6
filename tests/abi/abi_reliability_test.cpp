// SPDX-License-Identifier: Apache-2.0
// Issue 14 through the C ABI: no finding and no last error holds personal data (SPEC §11) or
// invalid UTF-8 — a JSON Lines line with a syntax error near `é`/`§`, a JSON request with a syntax
// error inside a record, a source name or notation that is not UTF-8.
#include <catch2/catch.hpp>

#include "abi_support.hpp"
#include "utf8_valid.hpp"

#include <string>
#include <vector>

using namespace pl::abi_test;
using google::protobuf::Value;

namespace {

// The lines of tests/data/reliability/personal_syntax_error.jsonl that matter here: a syntax error
// after personal values, with `§`/`é` where protobuf's excerpt of the line used to be cut.
const std::string jsonl =
    "{\"client_id\":\"R1\",\"family_name\":\"Jansen\",\"birth_date\":\"1980-05-17\",\"measured_on\":\"2025-03-01\",\"step\":\"3\"}\n"
    "{\"client_id\":\"R2\",\"family_name\":\"de Vries\", \"address\":\"Dorpsstraat 1\" \"step\":\"3\"}\n"
    "{\"client_id\":\"R3\",\"family_name\":\"Éénhoorn\",\"city\":\"Diëen§§§§§§§§§§§x\" \"step\":\"3\"}\n"
    "{\"client_id\":\"R4\",\"given_name\":\"Renée\",\"address\":\"Kerkstraat 12§§§§§§§§§é\" \"step\":\"xéééééééééé\"}\n";

const std::vector<std::string> personal = {"Jansen", "1980-05-17", "de Vries", "Dorpsstraat", "Éénhoorn", "Diëen",
                                           "Renée", "Kerkstraat", "§"};

void require_clean(const std::string& text) {
  INFO(text);
  CHECK(pl::test::is_valid_utf8(text));
  for (const auto& v : personal) CHECK(text.find(v) == std::string::npos);
}

void require_clean_findings(const Value& v) {
  const auto* findings = get(v, "findings");
  REQUIRE(findings);
  REQUIRE(findings->list_value().values_size() > 0);
  for (const auto& f : findings->list_value().values())
    for (const char* key : {"message_nl", "message_en", "value", "file"}) require_clean(get(f, key)->string_value());
}

}  // namespace

TEST_CASE("reliability C ABI: JSON Lines syntax errors give clean findings in every door", "[reliability]") {
  auto engine = make_engine();
  buffer set;
  REQUIRE(pl_read_records(engine.get(), jsonl.data(), jsonl.size(), "pii.jsonl", PL_FORMAT_JSONL, &set) == PL_OK);
  const auto records = to_value("RecordSet", set.bytes());  // decodes: every string is valid UTF-8
  require_clean_findings(records);
  CHECK(get(records, "findings")->list_value().values(0).struct_value().fields().at("message_en").string_value() ==
        "line 2: not a JSON object (line skipped): Expected , or } after key:value pair.");

  buffer json;
  REQUIRE(pl_check_file_json(engine.get(), jsonl.data(), jsonl.size(), "pii.jsonl", PL_FORMAT_JSONL, nullptr, &json) == PL_OK);
  const std::string text = json.bytes();
  CHECK(pl::test::is_valid_utf8(text));
  Value response;
  REQUIRE(google::protobuf::util::JsonStringToMessage(text, &response).ok());
  require_clean_findings(response);
}

TEST_CASE("reliability C ABI: a broken JSON request does not echo its records", "[reliability]") {
  auto engine = make_engine();
  buffer out;
  const std::string request =
      "{\"records\":{\"records\":[{\"client_id\":\"R2\",\"family_name\":\"de Vries\",\"address\":\"Dorpsstraat 1§§§§§§§x\" \"step\":\"3\"}]}}";
  CHECK(pl_check_json(engine.get(), request.c_str(), &out) == PL_E_PARSE);
  require_clean(pl_last_error());
  CHECK(std::string(pl_last_error()).find("Expected , or } after key:value pair.") != std::string::npos);
  pl_buffer_free(&out);  // a _json entry writes its error object into `out` (docs/c-abi.md "JSON entries")
  CHECK(pl_message_from_json("CheckRequest", "{\"records\":{\"records\":[{\"family_name\":[\"Jansen\"]}]}}", &out) == PL_E_PARSE);
  require_clean(pl_last_error());
  // A value of the wrong type is named by its field, not echoed.
  CHECK(pl_message_from_json("CheckRequest", "{\"records\":{\"records\":[{\"line\":\"Jansen\"}]}}", &out) == PL_E_PARSE);
  require_clean(pl_last_error());
}

TEST_CASE("reliability C ABI: names and text that are not UTF-8 come back as valid UTF-8", "[reliability]") {
  auto engine = make_engine();
  const std::string csv = "client_id;measured_on;step\nK1;2025-03-01;8\n";
  buffer set;
  REQUIRE(pl_read_records(engine.get(), csv.data(), csv.size(), "export\xE9.csv", PL_FORMAT_CSV, &set) == PL_OK);
  const auto records = to_value("RecordSet", set.bytes());
  CHECK(get(records, "sources")->list_value().values(0).string_value() == "export\xEF\xBF\xBD.csv");
  for (const auto& f : get(records, "findings")->list_value().values())
    CHECK(get(f, "file")->string_value() == "export\xEF\xBF\xBD.csv");

  buffer out;
  CHECK(pl_determine_notation(engine.get(), "1:N 2:\xE9\xA7", &out) == PL_E_PARSE);
  CHECK(pl::test::is_valid_utf8(pl_last_error()));
  pl_session* session = nullptr;
  REQUIRE(pl_session_new(engine.get(), &session) == PL_OK);
  CHECK(pl_session_answer_text(session, "ja\xC3") == PL_E_INVALID_ARGUMENT);
  CHECK(pl::test::is_valid_utf8(pl_last_error()));
  pl_session_free(session);
  buffer empty;  // not `set`: a failing call empties its output buffer, and `set` still holds the first result
  CHECK(pl_read_records(engine.get(), "", 0, "leeg\xFF.csv", PL_FORMAT_CSV, &empty) == PL_E_FORMAT);
  CHECK(pl::test::is_valid_utf8(pl_last_error()));
}
