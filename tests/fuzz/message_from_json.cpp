// SPDX-License-Identifier: Apache-2.0
// Fuzz target: pl_message_from_json and the JSON doors (pl_check_json, pl_report_json,
// pl_check_file_json, pl_report_file_json). Input: one byte choosing the message type, then the
// JSON text. Properties: every error and every output is valid UTF-8; no error or output echoes a
// personal value of the JSON (fuzz_support.hpp, taint); a message that reads, written as JSON
// (pl_message_to_json), reads back as the same message.
#include "capi_support.hpp"

#include "embedded_schema.hpp"

#include <google/protobuf/descriptor.h>
#include <google/protobuf/dynamic_message.h>

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

using pl::fuzz::fail;

namespace {

constexpr std::array<const char*, 15> types = {
    "AnswerSet", "Configuration", "CheckConfig", "ExtensionSet", "ReadOptions", "RecordSet", "Record", "CheckOptions",
    "CheckRequest", "ReportOptions", "ReportRequest", "Finding", "DeterminationResult", "CheckResponse", "ReportResponse"};

const std::string small_csv = "client_id;measured_on;step;caseworker\nK1;2025-03-01;3;KM1\nK2;2025-02-01;7;KM1\n";

std::unique_ptr<google::protobuf::Message> new_message(const std::string& type) {
  const auto* d = pl::messages::find_message(type);  // the library's private copy of the schema (src/proto)
  if (!d) fail("no message type " + type);
  return std::unique_ptr<google::protobuf::Message>(google::protobuf::MessageFactory::generated_factory()->GetPrototype(d)->New());
}

/// The texts of one JSON door called with `json`: its output or its error.
pl::fuzz::messages json_door(std::string_view type, const std::string& json) {
  pl::fuzz::buffer out;
  int rc = PL_OK;
  const char* fn = "";
  if (type == "CheckRequest") { fn = "pl_check_json"; rc = pl_check_json(pl::fuzz::engine(), json.c_str(), &out); }
  else if (type == "ReportRequest") { fn = "pl_report_json"; rc = pl_report_json(pl::fuzz::engine(), json.c_str(), &out); }
  else if (type == "CheckOptions") {
    fn = "pl_check_file_json";
    rc = pl_check_file_json(pl::fuzz::engine(), small_csv.data(), small_csv.size(), "small.csv", PL_FORMAT_CSV, json.c_str(), &out);
  } else if (type == "ReportOptions") {
    fn = "pl_report_file_json";
    rc = pl_report_file_json(pl::fuzz::engine(), small_csv.data(), small_csv.size(), "small.csv", PL_FORMAT_CSV, json.c_str(), &out);
  } else {
    return {};
  }
  auto ms = pl::fuzz::outcome(fn, rc, out, nullptr);
  if (rc == PL_OK) ms.emplace_back(fn, std::string(out.bytes()));
  return ms;
}

pl::fuzz::messages from_json(const char* type, const std::string& json, pl::fuzz::buffer& out, int& rc) {
  rc = pl_message_from_json(type, json.c_str(), &out);
  return pl::fuzz::outcome("pl_message_from_json", rc, out, nullptr);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const char* type = types[data[0] % types.size()];
  std::string json(reinterpret_cast<const char*>(data + 1), size - 1);
  json = json.substr(0, json.find('\0'));  // C reads up to the first NUL

  pl::fuzz::buffer out;
  int rc = PL_OK;
  auto before = from_json(type, json, out, rc);
  pl::fuzz::require_utf8(before);
  auto door = json_door(type, json);
  pl::fuzz::require_utf8(door);
  before.insert(before.end(), door.begin(), door.end());

  const auto spans = pl::fuzz::json_personal_spans(json);
  const auto personal = pl::fuzz::values_of(json, spans);
  if (pl::fuzz::may_echo(personal, before)) {
    const std::string rotated = pl::fuzz::rotate_spans(json, spans);
    pl::fuzz::buffer out2;
    int rc2 = PL_OK;
    auto after = from_json(type, rotated, out2, rc2);
    auto door2 = json_door(type, rotated);
    after.insert(after.end(), door2.begin(), door2.end());
    pl::fuzz::require_no_echo(personal, before, after);
  }

  if (rc != PL_OK) return 0;
  auto m = new_message(type);
  if (!m->ParseFromArray(out.b.data, static_cast<int>(out.b.size)))
    fail(std::string("pl_message_from_json wrote bytes that are not a ") + type);
  pl::fuzz::buffer json2, back;
  if (pl_message_to_json(type, out.b.data, out.b.size, &json2) != PL_OK) fail(std::string("pl_message_to_json: ") + pl_last_error());
  pl::fuzz::require_utf8("pl_message_to_json", json2.bytes());
  if (pl_message_from_json(type, reinterpret_cast<const char*>(json2.b.data), &back) != PL_OK)
    fail(std::string("JSON written by pl_message_to_json does not read back: ") + pl_last_error() + ": " + pl::fuzz::shown(json2.bytes()));
  auto again = new_message(type);
  if (!again->ParseFromArray(back.b.data, static_cast<int>(back.b.size)) || !pl::fuzz::same(*m, *again))
    fail(std::string(type) + " -> JSON -> " + type + " is not the same: " + pl::fuzz::shown(json2.bytes()));
  return 0;
}
