// SPDX-License-Identifier: Apache-2.0
// NULL and garbage into every C entry point: an error status with a message, never a crash
// (include/participatieladder.h, "NULL and garbage").
#include <catch2/catch.hpp>

#include "abi_support.hpp"

#include <functional>
#include <random>
#include <string>
#include <vector>

using namespace pl::abi_test;

namespace {

/// An entry point that reads message bytes.
struct bytes_entry {
  std::string name;
  std::string message;  ///< the message type it expects
  std::function<int(const void*, std::size_t)> call;
};

/// A small CSV file for the entry points that read file bytes plus an options message.
const std::string small_csv = "client_id;measured_on;step\nK1;2025-01-15;3\n";

std::vector<bytes_entry> bytes_entries(const pl_engine* engine) {
  return {
      {"pl_engine_new", "Configuration",
       [](const void* d, std::size_t n) {
         pl_engine* e = nullptr;
         const int rc = pl_engine_new(d, n, &e);
         pl_engine_free(e);
         return rc;
       }},
      {"pl_determine", "AnswerSet", [engine](const void* d, std::size_t n) { buffer o; return pl_determine(engine, d, n, &o); }},
      {"pl_check", "CheckRequest", [engine](const void* d, std::size_t n) { buffer o; return pl_check(engine, d, n, &o); }},
      {"pl_check_file", "CheckOptions",
       [engine](const void* d, std::size_t n) {
         buffer o;
         return pl_check_file(engine, small_csv.data(), small_csv.size(), "k.csv", PL_FORMAT_CSV, d, n, &o);
       }},
      {"pl_report", "ReportRequest", [engine](const void* d, std::size_t n) { buffer o; return pl_report(engine, d, n, &o); }},
      {"pl_report_file", "ReportOptions",
       [engine](const void* d, std::size_t n) {
         buffer o;
         return pl_report_file(engine, small_csv.data(), small_csv.size(), "k.csv", PL_FORMAT_CSV, d, n, &o);
       }},
      {"pl_report_html", "ReportRequest",
       [engine](const void* d, std::size_t n) { buffer o; return pl_report_html(engine, d, n, PL_LANG_EN, &o); }},
      {"pl_record_set_read", "ReadOptions",
       [engine](const void* d, std::size_t n) {
         pl_record_set* s = nullptr;
         const int rc = pl_record_set_read(engine, small_csv.data(), small_csv.size(), "k.csv", PL_FORMAT_CSV, d, n, &s);
         pl_record_set_free(s);
         return rc;
       }},
      {"pl_record_set_check", "CheckOptions",
       [engine](const void* d, std::size_t n) {
         pl_record_set* s = nullptr;
         if (pl_record_set_read(engine, small_csv.data(), small_csv.size(), "k.csv", PL_FORMAT_CSV, nullptr, 0, &s) != PL_OK) return -100;
         buffer o;
         const int rc = pl_record_set_check(engine, s, d, n, &o);
         pl_record_set_free(s);
         return rc;
       }},
      {"pl_record_set_report", "ReportOptions",
       [engine](const void* d, std::size_t n) {
         pl_record_set* s = nullptr;
         if (pl_record_set_read(engine, small_csv.data(), small_csv.size(), "k.csv", PL_FORMAT_CSV, nullptr, 0, &s) != PL_OK) return -100;
         buffer o;
         const int rc = pl_record_set_report(engine, s, d, n, &o);
         pl_record_set_free(s);
         return rc;
       }},
      {"pl_record_sets_concat", "RecordSet",
       [](const void* d, std::size_t n) { buffer o; return pl_record_sets_concat(d, n, d, n, &o); }},
      {"pl_message_to_json(AnswerSet)", "AnswerSet",
       [](const void* d, std::size_t n) { buffer o; return pl_message_to_json("AnswerSet", d, n, &o); }},
      {"pl_message_to_json(Configuration)", "Configuration",
       [](const void* d, std::size_t n) { buffer o; return pl_message_to_json("Configuration", d, n, &o); }},
  };
}

/// A valid message of each type with exactly one top-level field, so that every strict prefix cuts
/// that field and is not a message.
std::string one_field_message(const std::string& type) {
  if (type == "AnswerSet") return from_json("AnswerSet", R"({"answers":[{"question":12,"yes":true}]})");
  if (type == "CheckRequest") return from_json("CheckRequest", R"({"options":{"reference_date":"2025-06-30"}})");
  if (type == "CheckOptions") return from_json("CheckOptions", R"({"reference_date":"2025-06-30"})");
  if (type == "ReportRequest") return from_json("ReportRequest", R"({"options":{"kind":"REPORT_KIND_TARGET"}})");
  if (type == "ReportOptions") return from_json("ReportOptions", R"({"kind":"REPORT_KIND_TARGET"})");
  if (type == "ReadOptions") return from_json("ReadOptions", R"({"encoding":"utf-8"})");
  if (type == "RecordSet") return from_json("RecordSet", R"({"sources":["a.csv"]})");
  return from_json("Configuration", R"({"checks":{"disabled_checks":["PL001"],"severity":{"PL005":"info"}}})");
}

/// Valid messages of other types. Every request and options message of v1 has field numbers of its
/// own (docs/messages.md "Field numbers"), so none of them is ever read as another.
std::vector<std::pair<std::string, std::string>> other_messages() {
  buffer version, paths;
  REQUIRE(pl_version_info(&version) == PL_OK);
  const auto engine = make_engine();
  REQUIRE(pl_paths(engine.get(), &paths) == PL_OK);
  return {
      {"VersionInfo", version.bytes()},
      {"QuestionnairePaths", paths.bytes()},
      {"Finding", from_json("Finding", R"({"check":"PL003","severity":"SEVERITY_ERROR","fields":["step"],"message_en":"x"})")},
      {"CheckRequest", from_json("CheckRequest", R"({"records":{"records":[{"client_id":"K1","step":"6"}]},"options":{"reference_date":"2025-06-30"}})")},
      {"CheckOptions", from_json("CheckOptions", R"({"reference_date":"2025-06-30","config":{"disabled_checks":["PL001"]}})")},
      {"ReportRequest", from_json("ReportRequest", R"({"options":{"reference_date":"2025-06-30","kind":"REPORT_KIND_MOVEMENT","group_by":"GROUP_BY_TEAM"}})")},
      {"ReportOptions", from_json("ReportOptions", R"({"reference_date":"2025-06-30","kind":"REPORT_KIND_MOVEMENT"})")},
      {"RecordSet", from_json("RecordSet", R"({"records":[{"client_id":"K1","step":"6"}],"sources":["a.csv"]})")},
      {"Configuration", from_json("Configuration", R"({"checks":{"disabled_checks":["PL001"]}})")},
      {"AnswerSet", from_json("AnswerSet", R"({"answers":[{"question":1,"yes":true},{"question":4,"text":"nee"}]})")},
  };
}

void expect_error(int rc, int expected) {
  CHECK(rc == expected);
  CHECK(std::string(pl_last_error()).size() > 0);
}

}  // namespace

TEST_CASE("truncated messages are decode errors", "[abi][garbage]") {
  const auto engine = make_engine();
  for (const auto& e : bytes_entries(engine.get())) {
    const std::string full = one_field_message(e.message);
    INFO(e.name << " with " << full.size() << " bytes");
    REQUIRE(e.call(full.data(), full.size()) == PL_OK);
    for (std::size_t n = 1; n < full.size(); ++n) {
      INFO("prefix of " << n << " bytes");
      pl_clear_error();
      expect_error(e.call(full.data(), n), PL_E_DECODE);
    }
  }
}

TEST_CASE("another message's bytes are decode errors", "[abi][garbage]") {
  const auto engine = make_engine();
  for (const auto& e : bytes_entries(engine.get()))
    for (const auto& [type, bytes] : other_messages()) {
      if (type == e.message) continue;  // its own message type is valid input
      INFO(e.name << " given a " << type);
      pl_clear_error();
      expect_error(e.call(bytes.data(), bytes.size()), PL_E_DECODE);
    }
}

TEST_CASE("random bytes never crash and fail with a message", "[abi][garbage]") {
  const auto engine = make_engine();
  std::mt19937 rng(20260);  // fixed seed: reproducible
  std::uniform_int_distribution<int> byte(0, 255), length(1, 96);
  for (const auto& e : bytes_entries(engine.get())) {
    int errors = 0;
    for (int i = 0; i < 300; ++i) {
      std::string data(static_cast<std::size_t>(length(rng)), '\0');
      for (auto& c : data) c = static_cast<char>(byte(rng));
      pl_clear_error();
      const int rc = e.call(data.data(), data.size());
      INFO(e.name << " sample " << i);
      if (rc != PL_OK) {
        ++errors;
        CHECK((rc == PL_E_DECODE || rc == PL_E_INVALID_ARGUMENT || rc == PL_E_CONFIG || rc == PL_E_PARSE));
        CHECK(std::string(pl_last_error()).size() > 0);
      }
    }
    INFO(e.name);
    CHECK(errors >= 290);  // random bytes are almost never a strict, known message
  }
}

TEST_CASE("NULL arguments give PL_E_INVALID_ARGUMENT with a message naming the argument", "[abi][null]") {
  const auto engine = make_engine();
  pl_session* session = nullptr;
  REQUIRE(pl_session_new(engine.get(), &session) == PL_OK);
  const std::unique_ptr<pl_session, decltype(&pl_session_free)> s(session, &pl_session_free);
  const std::string answers = from_json("AnswerSet", R"({"answers":[{"question":1,"yes":true}]})");
  pl_record_set* set = nullptr;
  REQUIRE(pl_record_set_read(engine.get(), small_csv.data(), small_csv.size(), "k.csv", PL_FORMAT_CSV, nullptr, 0, &set) == PL_OK);
  const std::unique_ptr<pl_record_set, decltype(&pl_record_set_free)> rs(set, &pl_record_set_free);
  pl_record_set* new_set = nullptr;
  int i1 = 0, i2 = 0;
  std::uint32_t u32 = 0;
  std::uint8_t u8 = 0;
  buffer out;
  const std::vector<std::pair<std::string, std::function<int()>>> calls = {
      {"pl_version_info(out)", [&] { return pl_version_info(nullptr); }},
      {"pl_message_to_json(type_name)", [&] { return pl_message_to_json(nullptr, answers.data(), answers.size(), &out); }},
      {"pl_message_to_json(data)", [&] { return pl_message_to_json("AnswerSet", nullptr, 5, &out); }},
      {"pl_message_to_json(out)", [&] { return pl_message_to_json("AnswerSet", answers.data(), answers.size(), nullptr); }},
      {"pl_message_from_json(type_name)", [&] { return pl_message_from_json(nullptr, "{}", &out); }},
      {"pl_message_from_json(json)", [&] { return pl_message_from_json("AnswerSet", nullptr, &out); }},
      {"pl_message_from_json(out)", [&] { return pl_message_from_json("AnswerSet", "{}", nullptr); }},
      {"pl_engine_new(out)", [&] { return pl_engine_new(nullptr, 0, nullptr); }},
      {"pl_engine_new(config)", [&] { pl_engine* e = nullptr; return pl_engine_new(nullptr, 7, &e); }},
      {"pl_determine(engine)", [&] { return pl_determine(nullptr, answers.data(), answers.size(), &out); }},
      {"pl_determine(answer_set)", [&] { return pl_determine(engine.get(), nullptr, 4, &out); }},
      {"pl_determine(out)", [&] { return pl_determine(engine.get(), answers.data(), answers.size(), nullptr); }},
      {"pl_determine_notation(engine)", [&] { return pl_determine_notation(nullptr, "1:J", &out); }},
      {"pl_determine_notation(notation)", [&] { return pl_determine_notation(engine.get(), nullptr, &out); }},
      {"pl_determine_notation(out)", [&] { return pl_determine_notation(engine.get(), "1:J", nullptr); }},
      {"pl_determine_bits(engine)", [&] { return pl_determine_bits(nullptr, 0, 0, &i1, &i2); }},
      {"pl_determine_bits(step)", [&] { return pl_determine_bits(engine.get(), 0, 0, nullptr, &i2); }},
      {"pl_determine_bits(next_question)", [&] { return pl_determine_bits(engine.get(), 0, 0, &i1, nullptr); }},
      {"pl_determine_bits_batch(engine)", [&] { return pl_determine_bits_batch(nullptr, &u32, &u32, 1, &u8, &u8); }},
      {"pl_determine_bits_batch(answered)", [&] { return pl_determine_bits_batch(engine.get(), nullptr, &u32, 1, &u8, &u8); }},
      {"pl_determine_bits_batch(yes)", [&] { return pl_determine_bits_batch(engine.get(), &u32, nullptr, 1, &u8, &u8); }},
      {"pl_determine_bits_batch(step)", [&] { return pl_determine_bits_batch(engine.get(), &u32, &u32, 1, nullptr, &u8); }},
      {"pl_determine_bits_batch(next_question)", [&] { return pl_determine_bits_batch(engine.get(), &u32, &u32, 1, &u8, nullptr); }},
      {"pl_paths(engine)", [&] { return pl_paths(nullptr, &out); }},
      {"pl_paths(out)", [&] { return pl_paths(engine.get(), nullptr); }},
      {"pl_session_new(engine)", [&] { pl_session* x = nullptr; return pl_session_new(nullptr, &x); }},
      {"pl_session_new(out)", [&] { return pl_session_new(engine.get(), nullptr); }},
      {"pl_session_current(session)", [&] { return pl_session_current(nullptr, &i1, &i2, nullptr); }},
      {"pl_session_current(question)", [&] { return pl_session_current(s.get(), nullptr, &i2, nullptr); }},
      {"pl_session_current(step)", [&] { return pl_session_current(s.get(), &i1, nullptr, nullptr); }},
      {"pl_session_answer(session)", [&] { return pl_session_answer(nullptr, 1); }},
      {"pl_session_back(session)", [&] { return pl_session_back(nullptr); }},
      {"pl_session_result(session)", [&] { return pl_session_result(nullptr, &out); }},
      {"pl_session_result(out)", [&] { return pl_session_result(s.get(), nullptr); }},
      {"pl_read_records(engine)", [&] { return pl_read_records(nullptr, "a", 1, "f.csv", PL_FORMAT_CSV, &out); }},
      {"pl_read_records(data)", [&] { return pl_read_records(engine.get(), nullptr, 1, "f.csv", PL_FORMAT_CSV, &out); }},
      {"pl_read_records(format)", [&] { return pl_read_records(engine.get(), "a", 1, "f.csv", 7, &out); }},
      {"pl_read_records(out)", [&] { return pl_read_records(engine.get(), "a", 1, "f.csv", PL_FORMAT_CSV, nullptr); }},
      {"pl_check(engine)", [&] { return pl_check(nullptr, answers.data(), answers.size(), &out); }},
      {"pl_check(request)", [&] { return pl_check(engine.get(), nullptr, 3, &out); }},
      {"pl_check(out)", [&] { return pl_check(engine.get(), answers.data(), answers.size(), nullptr); }},
      {"pl_catalogue(engine)", [&] { return pl_catalogue(nullptr, &out); }},
      {"pl_catalogue(out)", [&] { return pl_catalogue(engine.get(), nullptr); }},
      {"pl_read_extensions(json)", [&] { return pl_read_extensions(nullptr, 2, "x.json", &out); }},
      {"pl_read_extensions(out)", [&] { return pl_read_extensions("{}", 2, "x.json", nullptr); }},
      {"pl_report(engine)", [&] { return pl_report(nullptr, answers.data(), answers.size(), &out); }},
      {"pl_report(request)", [&] { return pl_report(engine.get(), nullptr, 3, &out); }},
      {"pl_report(out)", [&] { return pl_report(engine.get(), answers.data(), answers.size(), nullptr); }},
      {"pl_report_html(engine)", [&] { return pl_report_html(nullptr, answers.data(), answers.size(), PL_LANG_NL, &out); }},
      {"pl_report_html(request)", [&] { return pl_report_html(engine.get(), nullptr, 3, PL_LANG_NL, &out); }},
      {"pl_report_html(lang)", [&] { return pl_report_html(engine.get(), answers.data(), answers.size(), 2, &out); }},
      {"pl_report_html(out)", [&] { return pl_report_html(engine.get(), answers.data(), answers.size(), PL_LANG_NL, nullptr); }},
      {"pl_session_answer_text(session)", [&] { return pl_session_answer_text(nullptr, "ja"); }},
      {"pl_session_answer_text(answer)", [&] { return pl_session_answer_text(s.get(), nullptr); }},
      {"pl_record_sets_concat(first)", [&] { return pl_record_sets_concat(nullptr, 3, nullptr, 0, &out); }},
      {"pl_record_sets_concat(second)", [&] { return pl_record_sets_concat(nullptr, 0, nullptr, 3, &out); }},
      {"pl_record_sets_concat(out)", [&] { return pl_record_sets_concat(nullptr, 0, nullptr, 0, nullptr); }},
      {"pl_check_file(engine)", [&] { return pl_check_file(nullptr, "a", 1, "f.csv", PL_FORMAT_CSV, nullptr, 0, &out); }},
      {"pl_check_file(data)", [&] { return pl_check_file(engine.get(), nullptr, 1, "f.csv", PL_FORMAT_CSV, nullptr, 0, &out); }},
      {"pl_check_file(options)", [&] { return pl_check_file(engine.get(), "a", 1, "f.csv", PL_FORMAT_CSV, nullptr, 4, &out); }},
      {"pl_check_file(format)", [&] { return pl_check_file(engine.get(), "a", 1, "f.csv", 9, nullptr, 0, &out); }},
      {"pl_check_file(out)", [&] { return pl_check_file(engine.get(), "a", 1, "f.csv", PL_FORMAT_CSV, nullptr, 0, nullptr); }},
      {"pl_check_json(engine)", [&] { return pl_check_json(nullptr, "{}", &out); }},
      {"pl_check_json(request_json)", [&] { return pl_check_json(engine.get(), nullptr, &out); }},
      {"pl_check_json(out)", [&] { return pl_check_json(engine.get(), "{}", nullptr); }},
      {"pl_check_file_json(engine)", [&] { return pl_check_file_json(nullptr, "a", 1, "f.csv", PL_FORMAT_CSV, "{}", &out); }},
      {"pl_check_file_json(data)", [&] { return pl_check_file_json(engine.get(), nullptr, 1, "f.csv", PL_FORMAT_CSV, "{}", &out); }},
      {"pl_check_file_json(out)", [&] { return pl_check_file_json(engine.get(), "a", 1, "f.csv", PL_FORMAT_CSV, "{}", nullptr); }},
      {"pl_report_file(engine)", [&] { return pl_report_file(nullptr, "a", 1, "f.csv", PL_FORMAT_CSV, nullptr, 0, &out); }},
      {"pl_report_file(data)", [&] { return pl_report_file(engine.get(), nullptr, 1, "f.csv", PL_FORMAT_CSV, nullptr, 0, &out); }},
      {"pl_report_file(options)", [&] { return pl_report_file(engine.get(), "a", 1, "f.csv", PL_FORMAT_CSV, nullptr, 4, &out); }},
      {"pl_report_file(out)", [&] { return pl_report_file(engine.get(), "a", 1, "f.csv", PL_FORMAT_CSV, nullptr, 0, nullptr); }},
      {"pl_report_json(engine)", [&] { return pl_report_json(nullptr, "{}", &out); }},
      {"pl_report_json(request_json)", [&] { return pl_report_json(engine.get(), nullptr, &out); }},
      {"pl_report_json(out)", [&] { return pl_report_json(engine.get(), "{}", nullptr); }},
      {"pl_report_file_json(engine)", [&] { return pl_report_file_json(nullptr, "a", 1, "f.csv", PL_FORMAT_CSV, "{}", &out); }},
      {"pl_report_file_json(data)", [&] { return pl_report_file_json(engine.get(), nullptr, 1, "f.csv", PL_FORMAT_CSV, "{}", &out); }},
      {"pl_report_file_json(out)", [&] { return pl_report_file_json(engine.get(), "a", 1, "f.csv", PL_FORMAT_CSV, "{}", nullptr); }},
      {"pl_record_set_read(engine)", [&] { return pl_record_set_read(nullptr, "a", 1, "f.csv", PL_FORMAT_CSV, nullptr, 0, &new_set); }},
      {"pl_record_set_read(data)", [&] { return pl_record_set_read(engine.get(), nullptr, 1, "f.csv", PL_FORMAT_CSV, nullptr, 0, &new_set); }},
      {"pl_record_set_read(format)", [&] { return pl_record_set_read(engine.get(), "a", 1, "f.csv", 7, nullptr, 0, &new_set); }},
      {"pl_record_set_read(read_options)", [&] { return pl_record_set_read(engine.get(), "a", 1, "f.csv", PL_FORMAT_CSV, nullptr, 4, &new_set); }},
      {"pl_record_set_read(out)", [&] { return pl_record_set_read(engine.get(), "a", 1, "f.csv", PL_FORMAT_CSV, nullptr, 0, nullptr); }},
      {"pl_record_set_concat(first)", [&] { return pl_record_set_concat(nullptr, rs.get(), &new_set); }},
      {"pl_record_set_concat(second)", [&] { return pl_record_set_concat(rs.get(), nullptr, &new_set); }},
      {"pl_record_set_concat(out)", [&] { return pl_record_set_concat(rs.get(), rs.get(), nullptr); }},
      {"pl_record_set_info(set)", [&] { return pl_record_set_info(nullptr, &out); }},
      {"pl_record_set_info(out)", [&] { return pl_record_set_info(rs.get(), nullptr); }},
      {"pl_record_set_message(set)", [&] { return pl_record_set_message(nullptr, &out); }},
      {"pl_record_set_message(out)", [&] { return pl_record_set_message(rs.get(), nullptr); }},
      {"pl_record_set_check(engine)", [&] { return pl_record_set_check(nullptr, rs.get(), nullptr, 0, &out); }},
      {"pl_record_set_check(set)", [&] { return pl_record_set_check(engine.get(), nullptr, nullptr, 0, &out); }},
      {"pl_record_set_check(options)", [&] { return pl_record_set_check(engine.get(), rs.get(), nullptr, 4, &out); }},
      {"pl_record_set_check(out)", [&] { return pl_record_set_check(engine.get(), rs.get(), nullptr, 0, nullptr); }},
      {"pl_record_set_report(engine)", [&] { return pl_record_set_report(nullptr, rs.get(), nullptr, 0, &out); }},
      {"pl_record_set_report(set)", [&] { return pl_record_set_report(engine.get(), nullptr, nullptr, 0, &out); }},
      {"pl_record_set_report(options)", [&] { return pl_record_set_report(engine.get(), rs.get(), nullptr, 4, &out); }},
      {"pl_record_set_report(out)", [&] { return pl_record_set_report(engine.get(), rs.get(), nullptr, 0, nullptr); }},
      {"pl_record_set_report_html(engine)", [&] { return pl_record_set_report_html(nullptr, rs.get(), nullptr, 0, PL_LANG_NL, &out); }},
      {"pl_record_set_report_html(set)", [&] { return pl_record_set_report_html(engine.get(), nullptr, nullptr, 0, PL_LANG_NL, &out); }},
      {"pl_record_set_report_html(lang)", [&] { return pl_record_set_report_html(engine.get(), rs.get(), nullptr, 0, 2, &out); }},
      {"pl_record_set_report_html(out)", [&] { return pl_record_set_report_html(engine.get(), rs.get(), nullptr, 0, PL_LANG_NL, nullptr); }},
      {"pl_record_set_report_xlsx(engine)", [&] { return pl_record_set_report_xlsx(nullptr, rs.get(), nullptr, 0, PL_LANG_NL, &out); }},
      {"pl_record_set_report_xlsx(set)", [&] { return pl_record_set_report_xlsx(engine.get(), nullptr, nullptr, 0, PL_LANG_NL, &out); }},
      {"pl_record_set_report_xlsx(lang)", [&] { return pl_record_set_report_xlsx(engine.get(), rs.get(), nullptr, 0, 2, &out); }},
      {"pl_record_set_report_xlsx(out)", [&] { return pl_record_set_report_xlsx(engine.get(), rs.get(), nullptr, 0, PL_LANG_NL, nullptr); }},
      {"pl_read_config(json)", [&] { return pl_read_config(nullptr, 2, "c.json", &out); }},
      {"pl_read_config(out)", [&] { return pl_read_config("{}", 2, "c.json", nullptr); }},
  };
  for (const auto& [name, call] : calls) {
    INFO(name);
    pl_clear_error();
    expect_error(call(), PL_E_INVALID_ARGUMENT);
    const std::string arg = name.substr(name.find('(') + 1, name.size() - name.find('(') - 2);
    CHECK(std::string(pl_last_error()).find(arg) != std::string::npos);
    if (name.find("_json(") != std::string::npos && name.rfind("pl_message_", 0) != 0 && arg != "out") {
      // A JSON entry writes the error object into its output (docs/c-abi.md "JSON entries").
      CHECK(out.bytes().rfind(R"({"error":{"code":"PL_E_INVALID_ARGUMENT","status":-1,"message":")", 0) == 0);
      pl_buffer_free(&out);
    }
    CHECK(out.b.data == nullptr);
  }
  // Functions without a status accept NULL.
  pl_engine_free(nullptr);
  pl_session_free(nullptr);
  pl_record_set_free(nullptr);
  pl_buffer_free(nullptr);
  CHECK(new_set == nullptr);  // *out is NULL after every failed pl_record_set_read / _concat
  CHECK(pl_question_text(1, 7) == nullptr);
}

TEST_CASE("extension set files that are not JSON or not a valid set fail with a message", "[abi][garbage]") {
  std::mt19937 rng(20261);  // fixed seed: reproducible
  std::uniform_int_distribution<int> byte(0, 255), length(1, 96);
  for (int i = 0; i < 300; ++i) {
    std::string data(static_cast<std::size_t>(length(rng)), '\0');
    for (auto& c : data) c = static_cast<char>(byte(rng));
    buffer out;
    pl_clear_error();
    INFO("sample " << i);
    const int rc = pl_read_extensions(data.data(), data.size(), "random.json", &out.b);
    CHECK((rc == PL_E_PARSE || rc == PL_E_CONFIG));
    CHECK(std::string(pl_last_error()).find("random.json") != std::string::npos);
  }
  const std::vector<std::pair<std::string, int>> cases = {
      {"", PL_E_PARSE},
      {"[1,2]", PL_E_PARSE},
      {R"({"sub_steps":{"7":[{"code":"7.1","nl":"x"}]}})", PL_E_CONFIG},
      {R"({"sub_steps":{"2":[{"code":"2.1"}]}})", PL_E_CONFIG},
      {R"({"sub_steps":{"2":[{"code":"2.1","nl":"a"},{"code":"2.1","nl":"b"}]}})", PL_E_CONFIG},
      {R"({"name":"x","colour":"red"})", PL_E_CONFIG},
  };
  for (const auto& [json, status] : cases) {
    INFO(json);
    buffer out;
    expect_error(pl_read_extensions(json.data(), json.size(), "bad.json", &out.b), status);
    CHECK(out.b.data == nullptr);
  }
}
