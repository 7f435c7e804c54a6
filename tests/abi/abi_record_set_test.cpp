// SPDX-License-Identifier: Apache-2.0
// The record-set handle (participatieladder.h "a record set read once", issue 13): read once, then
// check and report; every result byte-identical to the message functions for the same file
// (pl_read_records_v2, pl_record_sets_concat, pl_check_file, pl_report_file, pl_report_html,
// pl_report_xlsx); NULL and wrong handles are PL_E_INVALID_ARGUMENT; one set shared by 4 threads
// gives the single-threaded bytes (CI runs this under ThreadSanitizer, .ci/steps/70-tsan.sh).
#include <catch2/catch.hpp>

#include "abi_support.hpp"

#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

using namespace pl::abi_test;
using google::protobuf::Value;

namespace {

std::string file_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE(in);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

using set_ptr = std::unique_ptr<pl_record_set, decltype(&pl_record_set_free)>;

set_ptr read_set(const pl_engine* engine, const std::string& bytes, const char* name, const std::string& read_options = {}) {
  pl_record_set* s = nullptr;
  INFO(pl_last_error());
  REQUIRE(pl_record_set_read(engine, bytes.data(), bytes.size(), name, PL_FORMAT_AUTO, read_options.data(), read_options.size(),
                             &s) == PL_OK);
  REQUIRE(s != nullptr);
  return {s, &pl_record_set_free};
}

/// The output of `rc`/`out`, REQUIREd to be a success.
std::string ok(int rc, buffer& out) {
  INFO(pl_last_error());
  REQUIRE(rc == PL_OK);
  return out.bytes();
}

std::string message_read(const pl_engine* engine, const std::string& bytes, const char* name, const std::string& read_options = {}) {
  buffer out;
  return ok(pl_read_records_v2(engine, bytes.data(), bytes.size(), name, PL_FORMAT_AUTO, read_options.data(), read_options.size(),
                               &out),
            out);
}

/// A ReportRequest of a serialized RecordSet and serialized ReportOptions: the two fields' bytes
/// (40: records, 41: options; docs/messages.md), built through JSON so no generated class is needed.
std::string report_request(const std::string& record_set, const std::string& options) {
  const std::string records_json = [&] {
    buffer j;
    REQUIRE(pl_message_to_json("RecordSet", record_set.data(), record_set.size(), &j) == PL_OK);
    return j.bytes();
  }();
  const std::string options_json = [&] {
    buffer j;
    REQUIRE(pl_message_to_json("ReportOptions", options.data(), options.size(), &j) == PL_OK);
    return j.bytes();
  }();
  return from_json("ReportRequest", "{\"records\":" + records_json + ",\"options\":" + options_json + "}");
}

const char* const kinds[] = {"REPORT_KIND_PLACEMENT", "REPORT_KIND_TARGET", "REPORT_KIND_CASELOAD", "REPORT_KIND_COMPARISON",
                             "REPORT_KIND_MOVEMENT", "REPORT_KIND_KPI", "REPORT_KIND_BUDGET"};

}  // namespace

TEST_CASE("record set handle: read, info and message equal pl_read_records_v2", "[abi][record_set]") {
  const auto engine = make_engine();
  const std::string csv = file_text(std::string(PL_SOURCE_DIR) + "/examples/records/small_caseload.csv");
  const auto set = read_set(engine.get(), csv, "small_caseload.csv");

  buffer message;
  REQUIRE(ok(pl_record_set_message(set.get(), &message), message) == message_read(engine.get(), csv, "small_caseload.csv"));

  buffer info;
  const Value v = to_value("RecordSetInfo", ok(pl_record_set_info(set.get(), &info), info));
  const Value m = to_value("RecordSet", message.bytes());
  CHECK(get(v, "records")->number_value() == static_cast<double>(get(m, "records")->list_value().values_size()));
  CHECK(get(v, "records")->number_value() > 0);
  CHECK(get(v, "sources")->DebugString() == get(m, "sources")->DebugString());
  CHECK(get(v, "encodings")->DebugString() == get(m, "encodings")->DebugString());
  CHECK(get(v, "findings")->DebugString() == get(m, "findings")->DebugString());
  CHECK(get(v, "findings")->list_value().values_size() > 0);  // K004's step `7` cannot be read
}

TEST_CASE("record set handle: check and every report equal the message path", "[abi][record_set]") {
  const auto engine = make_engine();
  const std::string csv = file_text(std::string(PL_SOURCE_DIR) + "/examples/data/synthetic_caseload.csv");
  const auto set = read_set(engine.get(), csv, "synthetic_caseload.csv");

  for (const char* options_json : {"{}", R"({"reference_date":"2025-06-30"})"}) {
    INFO(options_json);
    const std::string o = from_json("CheckOptions", options_json);
    buffer handle_out, file_out;
    const std::string by_handle = ok(pl_record_set_check(engine.get(), set.get(), o.data(), o.size(), &handle_out), handle_out);
    CHECK(by_handle == ok(pl_check_file(engine.get(), csv.data(), csv.size(), "synthetic_caseload.csv", PL_FORMAT_AUTO, o.data(),
                                        o.size(), &file_out),
                          file_out));
    CHECK(get(to_value("CheckResponse", by_handle), "findings")->list_value().values_size() > 0);
  }

  for (const char* kind : kinds) {
    INFO(kind);
    const std::string o = from_json("ReportOptions", std::string(R"({"reference_date":"2025-06-30","kind":")") + kind + "\"}");
    buffer handle_out, file_out;
    const std::string by_handle = ok(pl_record_set_report(engine.get(), set.get(), o.data(), o.size(), &handle_out), handle_out);
    CHECK(by_handle == ok(pl_report_file(engine.get(), csv.data(), csv.size(), "synthetic_caseload.csv", PL_FORMAT_AUTO, o.data(),
                                         o.size(), &file_out),
                          file_out));
  }

  const std::string o = from_json("ReportOptions", R"({"reference_date":"2025-06-30"})");
  const std::string request = report_request(message_read(engine.get(), csv, "synthetic_caseload.csv"), o);
  for (const int lang : {PL_LANG_NL, PL_LANG_EN}) {
    buffer h, m, hx, mx;
    const std::string html = ok(pl_record_set_report_html(engine.get(), set.get(), o.data(), o.size(), lang, &h), h);
    CHECK(html.find("<html") != std::string::npos);
    CHECK(html == ok(pl_report_html(engine.get(), request.data(), request.size(), lang, &m), m));
    const std::string book = ok(pl_record_set_report_xlsx(engine.get(), set.get(), o.data(), o.size(), lang, &hx), hx);
    CHECK(book.rfind("PK", 0) == 0);
    CHECK(book == ok(pl_report_xlsx(engine.get(), request.data(), request.size(), lang, &mx), mx));
  }
}

TEST_CASE("record set handle: read options and concat as the message functions", "[abi][record_set]") {
  const auto engine = make_engine();
  const std::string a = "Klantnummer;Datum meting;Trede;Eigen kolom\nK1;2025-01-15;3;x\nK2;2025-02-01;7;y\n";
  const std::string b = "client_id;measured_on;step\nK1;2025-03-01;4\nK3;2025-03-01;x\n";
  const std::string mapping = from_json("ReadOptions", R"({"encoding":"utf-8","columns":{"Eigen kolom":"caseworker"}})");
  const auto sa = read_set(engine.get(), a, "a.csv", mapping);
  const auto sb = read_set(engine.get(), b, "b.csv");
  pl_record_set* joined_raw = nullptr;
  REQUIRE(pl_record_set_concat(sa.get(), sb.get(), &joined_raw) == PL_OK);
  const set_ptr joined(joined_raw, &pl_record_set_free);

  const std::string ma = message_read(engine.get(), a, "a.csv", mapping), mb = message_read(engine.get(), b, "b.csv");
  buffer concat, message;
  const std::string expected = ok(pl_record_sets_concat(ma.data(), ma.size(), mb.data(), mb.size(), &concat), concat);
  CHECK(ok(pl_record_set_message(joined.get(), &message), message) == expected);
  // the parts are unchanged
  buffer ma2;
  CHECK(ok(pl_record_set_message(sa.get(), &ma2), ma2) == ma);
  // findings keep their own file: b.csv's unreadable step after a.csv's
  const Value v = to_value("RecordSet", expected);
  REQUIRE(get(v, "findings")->list_value().values_size() == 2);
  CHECK(get(get(v, "findings")->list_value().values(0), "file")->string_value() == "a.csv");
  CHECK(get(get(v, "findings")->list_value().values(1), "file")->string_value() == "b.csv");
}

TEST_CASE("record set handle: NULL, wrong handles and bad arguments", "[abi][record_set]") {
  const auto engine = make_engine();
  const std::string csv = "client_id;measured_on;step\nK1;2025-01-15;3\n";
  const auto set = read_set(engine.get(), csv, "k.csv");
  buffer out;
  pl_record_set* s = reinterpret_cast<pl_record_set*>(0x1);

  CHECK(pl_record_set_read(engine.get(), csv.data(), csv.size(), "k.csv", PL_FORMAT_CSV, nullptr, 0, nullptr) == PL_E_INVALID_ARGUMENT);
  CHECK(pl_record_set_read(nullptr, csv.data(), csv.size(), "k.csv", PL_FORMAT_CSV, nullptr, 0, &s) == PL_E_INVALID_ARGUMENT);
  CHECK(s == nullptr);  // *out is NULL on failure
  CHECK(std::string(pl_last_error()).find("engine is NULL") != std::string::npos);
  CHECK(pl_record_set_read(engine.get(), nullptr, 5, "k.csv", PL_FORMAT_CSV, nullptr, 0, &s) == PL_E_INVALID_ARGUMENT);
  CHECK(pl_record_set_read(engine.get(), csv.data(), csv.size(), "k.csv", 7, nullptr, 0, &s) == PL_E_INVALID_ARGUMENT);
  CHECK(pl_record_set_read(engine.get(), "\x01\x02", 2, "k.csv", PL_FORMAT_CSV, nullptr, 0, &s) == PL_E_FORMAT);
  CHECK(pl_record_set_read(engine.get(), csv.data(), csv.size(), "k.csv", PL_FORMAT_CSV, "\xff\xff", 2, &s) == PL_E_DECODE);
  CHECK(s == nullptr);

  CHECK(pl_record_set_info(nullptr, &out) == PL_E_INVALID_ARGUMENT);
  CHECK(out.b.data == nullptr);
  CHECK(pl_record_set_info(set.get(), nullptr) == PL_E_INVALID_ARGUMENT);
  CHECK(pl_record_set_message(nullptr, &out) == PL_E_INVALID_ARGUMENT);
  CHECK(pl_record_set_check(engine.get(), nullptr, nullptr, 0, &out) == PL_E_INVALID_ARGUMENT);
  CHECK(pl_record_set_check(nullptr, set.get(), nullptr, 0, &out) == PL_E_INVALID_ARGUMENT);
  CHECK(pl_record_set_check(engine.get(), set.get(), nullptr, 0, nullptr) == PL_E_INVALID_ARGUMENT);
  CHECK(pl_record_set_report(engine.get(), nullptr, nullptr, 0, &out) == PL_E_INVALID_ARGUMENT);
  CHECK(pl_record_set_report_html(engine.get(), nullptr, nullptr, 0, PL_LANG_NL, &out) == PL_E_INVALID_ARGUMENT);
  CHECK(pl_record_set_report_xlsx(engine.get(), nullptr, nullptr, 0, PL_LANG_NL, &out) == PL_E_INVALID_ARGUMENT);
  pl_record_set* j = reinterpret_cast<pl_record_set*>(0x1);
  CHECK(pl_record_set_concat(set.get(), nullptr, &j) == PL_E_INVALID_ARGUMENT);
  CHECK(j == nullptr);
  CHECK(pl_record_set_concat(nullptr, set.get(), &j) == PL_E_INVALID_ARGUMENT);
  CHECK(pl_record_set_concat(set.get(), set.get(), nullptr) == PL_E_INVALID_ARGUMENT);

  // another handle in place of a record set
  const auto* not_a_set = reinterpret_cast<const pl_record_set*>(engine.get());
  CHECK(pl_record_set_info(not_a_set, &out) == PL_E_INVALID_ARGUMENT);
  CHECK(std::string(pl_last_error()).find("not a pl_record_set") != std::string::npos);
  CHECK(pl_record_set_check(engine.get(), not_a_set, nullptr, 0, &out) == PL_E_INVALID_ARGUMENT);

  // options: garbage bytes, another message, read options (the set is already read), no kind, bad lang
  CHECK(pl_record_set_check(engine.get(), set.get(), "\xff\xff", 2, &out) == PL_E_DECODE);
  const std::string report_options = from_json("ReportOptions", R"({"kind":"REPORT_KIND_PLACEMENT"})");
  CHECK(pl_record_set_check(engine.get(), set.get(), report_options.data(), report_options.size(), &out) == PL_E_DECODE);
  const std::string with_read = from_json("CheckOptions", R"({"read":{"encoding":"windows-1252"}})");
  CHECK(pl_record_set_check(engine.get(), set.get(), with_read.data(), with_read.size(), &out) == PL_E_INVALID_ARGUMENT);
  CHECK(std::string(pl_last_error()).find("CheckOptions.read") != std::string::npos);
  const std::string report_read = from_json("ReportOptions", R"({"kind":"REPORT_KIND_PLACEMENT","read":{"encoding":"utf-8"}})");
  CHECK(pl_record_set_report(engine.get(), set.get(), report_read.data(), report_read.size(), &out) == PL_E_INVALID_ARGUMENT);
  CHECK(pl_record_set_report(engine.get(), set.get(), nullptr, 0, &out) == PL_E_INVALID_ARGUMENT);  // no kind
  CHECK(pl_record_set_report_html(engine.get(), set.get(), nullptr, 0, 2, &out) == PL_E_INVALID_ARGUMENT);
  CHECK(std::string(pl_last_error()).find("pl_record_set_report_html: lang = 2") != std::string::npos);
  CHECK(pl_record_set_report_xlsx(engine.get(), set.get(), nullptr, 0, -1, &out) == PL_E_INVALID_ARGUMENT);
  const std::string bad_date = from_json("CheckOptions", R"({"reference_date":"2025-13-45"})");
  CHECK(pl_record_set_check(engine.get(), set.get(), bad_date.data(), bad_date.size(), &out) == PL_E_PARSE);
  CHECK(out.b.data == nullptr);

  pl_record_set_free(nullptr);  // accepted
}

TEST_CASE("record set handle: one set, checks and reports from 4 threads, identical bytes", "[abi][record_set][threads]") {
  const auto engine = make_engine();
  const std::string csv = file_text(std::string(PL_SOURCE_DIR) + "/examples/data/synthetic_caseload.csv");
  const auto set = read_set(engine.get(), csv, "synthetic_caseload.csv");
  const std::string co = from_json("CheckOptions", R"({"reference_date":"2025-06-30"})");
  const std::string ro = from_json("ReportOptions", R"({"reference_date":"2025-06-30","kind":"REPORT_KIND_CASELOAD"})");
  buffer c1, r1;
  const std::string check_once = ok(pl_record_set_check(engine.get(), set.get(), co.data(), co.size(), &c1), c1);
  const std::string report_once = ok(pl_record_set_report(engine.get(), set.get(), ro.data(), ro.size(), &r1), r1);

  constexpr int threads = 4, rounds = 3;
  std::vector<std::string> checks(threads * rounds), reports(threads * rounds);
  std::vector<int> status(threads * rounds * 2, -100);
  std::vector<std::thread> pool;
  for (int t = 0; t < threads; ++t)
    pool.emplace_back([&, t] {
      for (int r = 0; r < rounds; ++r) {
        const int i = t * rounds + r;
        pl_buffer c = PL_BUFFER_INIT, p = PL_BUFFER_INIT;
        status[2 * i] = pl_record_set_check(engine.get(), set.get(), co.data(), co.size(), &c);
        status[2 * i + 1] = pl_record_set_report(engine.get(), set.get(), ro.data(), ro.size(), &p);
        if (c.data) checks[i].assign(reinterpret_cast<const char*>(c.data), c.size);
        if (p.data) reports[i].assign(reinterpret_cast<const char*>(p.data), p.size);
        pl_buffer_free(&c);
        pl_buffer_free(&p);
      }
    });
  for (auto& t : pool) t.join();
  for (int s : status) CHECK(s == PL_OK);
  for (const auto& c : checks) CHECK(c == check_once);
  for (const auto& r : reports) CHECK(r == report_once);
}
