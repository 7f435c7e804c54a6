// SPDX-License-Identifier: Apache-2.0
// Every `_json` entry agrees with its binary twin (issue 20, docs/c-abi.md "JSON entries"): on the
// shared vectors (tests/vectors: questionnaire, checks, reports) the JSON entry writes exactly
// pl_message_to_json() of the twin's bytes, and where the twin fails the JSON entry fails with the
// same status and writes the error object naming it.
#include <catch2/catch.hpp>

#include "abi_support.hpp"

#include <google/protobuf/util/json_util.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace pl::abi_test;
using google::protobuf::Value;

namespace {

std::string file_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE(in.good());
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

Value vectors(const char* name) {
  Value v;
  REQUIRE(google::protobuf::util::JsonStringToMessage(file_text(std::string(PL_VECTORS_DIR) + "/" + name), &v).ok());
  return v;
}

std::string json_of(const Value& v) {
  std::string out;
  REQUIRE(google::protobuf::util::MessageToJsonString(v, &out).ok());
  return out;
}

const char* text(const pl_buffer& b) { return b.data ? reinterpret_cast<const char*>(b.data) : ""; }

/// The binary twin's result (status `rc`, bytes `bytes` of message `type`) and the JSON entry's
/// (status `rc_json`, output `json`) agree.
void agree(const char* type, int rc, buffer& bytes, int rc_json, buffer& json) {
  INFO(type << ": binary " << rc << ", json " << rc_json << ": " << text(json.b));
  REQUIRE(rc == rc_json);
  if (rc == PL_OK) {
    buffer converted;
    REQUIRE(pl_message_to_json(type, bytes.b.data, bytes.b.size, &converted) == PL_OK);
    CHECK(json.bytes() == converted.bytes());
  } else {
    CHECK(bytes.b.data == nullptr);
    CHECK(json.bytes().rfind(std::string("{\"error\":{\"code\":\"PL_E_"), 0) == 0);
    CHECK(json.bytes().find("\"status\":" + std::to_string(rc) + ",") != std::string::npos);
  }
}

/// A JSON message -> serialized bytes (through the library).
std::string bytes_of(const char* type, const std::string& json) { return from_json(type, json); }

/// The records of a vector case as JSON Lines (SPEC §6 keys; the base record overlaid when given).
std::string jsonl(const Value& c, const Value* base) {
  std::string out;
  for (const auto& r : get(c, "records")->list_value().values()) {
    Value record;
    if (base) *record.mutable_struct_value() = base->struct_value();
    for (const auto& [k, v] : r.struct_value().fields()) (*record.mutable_struct_value()->mutable_fields())[k] = v;
    out += json_of(record) + "\n";
  }
  return out;
}

}  // namespace

TEST_CASE("JSON twins: determination, paths, catalogue, version and sessions on the questionnaire vectors", "[abi][json][twins]") {
  auto engine = make_engine();
  const Value all = vectors("questionnaire.json");  // kept: the loop's range points into it
  for (const auto& c : get(all, "cases")->list_value().values()) {
    const std::string notation = get(c, "answers")->string_value();
    INFO(get(c, "name")->string_value() << ": " << notation);
    buffer b, j;
    agree("DeterminationResult", pl_determine_notation(engine.get(), notation.c_str(), &b), b, pl_determine_notation_json(engine.get(), notation.c_str(), &j), j);
  }
  buffer b, j;
  agree("QuestionnairePaths", pl_paths(engine.get(), &b), b, pl_paths_json(engine.get(), &j), j);
  buffer cb, cj;
  agree("Catalogue", pl_catalogue(engine.get(), &cb), cb, pl_catalogue_json(engine.get(), &cj), cj);
  buffer vb, vj;
  agree("VersionInfo", pl_version_info(&vb), vb, pl_version_info_json(&vj), vj);

  pl_session* s = nullptr;
  REQUIRE(pl_session_new(engine.get(), &s) == PL_OK);
  for (int answer : {0, 0, 1, 1, 1}) {
    buffer sb, sj;
    agree("DeterminationResult", pl_session_result(s, &sb), sb, pl_session_result_json(s, &sj), sj);
    REQUIRE(pl_session_answer(s, answer) == PL_OK);
  }
  pl_session_free(s);

  const std::string answer_set = R"({"answers":[{"question":1,"yes":false},{"question":2,"yes":false}]})";
  buffer ab, aj;
  const std::string bytes = bytes_of("AnswerSet", answer_set);
  agree("DeterminationResult", pl_determine(engine.get(), bytes.data(), bytes.size(), &ab), ab,
        pl_determine_json(engine.get(), answer_set.c_str(), &aj), aj);
  buffer eb, ej;  // a failure: the same status, the error object
  agree("DeterminationResult", pl_determine_notation(engine.get(), "1:X", &eb), eb, pl_determine_notation_json(engine.get(), "1:X", &ej),
        ej);
}

TEST_CASE("JSON twins: reading, checks and the record-set handle on the check vectors", "[abi][json][twins]") {
  auto engine = make_engine();
  const Value all = vectors("checks.json");
  const Value* base = get(all, "base_record");
  int compared = 0;
  for (const auto& c : get(all, "cases")->list_value().values()) {
    INFO(get(c, "name")->string_value());
    const std::string file = jsonl(c, base);
    // The options: reference date, the configuration file through pl_read_config(_json), the
    // extension set through pl_read_extensions(_json).
    Value options;
    auto& o = *options.mutable_struct_value()->mutable_fields();
    o["reference_date"].set_string_value(get(c, "reference_date")->string_value());
    if (const Value* config = get(c, "config")) {
      const std::string text = json_of(*config);
      buffer b, j;
      agree("Configuration", pl_read_config(text.data(), text.size(), "config.json", &b), b,
            pl_read_config_json(text.data(), text.size(), "config.json", &j), j);
      if (j.bytes().rfind("{\"error\"", 0) == 0) continue;
      Value m;
      REQUIRE(google::protobuf::util::JsonStringToMessage(j.bytes(), &m).ok());
      o["config"] = *get(m, "checks");
    }
    if (const Value* extensions = get(c, "extensions")) {
      const std::string text = json_of(*extensions);
      buffer b, j;
      agree("ExtensionSet", pl_read_extensions(text.data(), text.size(), "ext.json", &b), b,
            pl_read_extensions_json(text.data(), text.size(), "ext.json", &j), j);
      if (j.bytes().rfind("{\"error\"", 0) == 0) continue;
      Value m;
      REQUIRE(google::protobuf::util::JsonStringToMessage(j.bytes(), &m).ok());
      o["extensions"] = m;
    }
    const std::string options_json = json_of(options);
    const std::string options_bytes = bytes_of("CheckOptions", options_json);

    buffer rb, rj;
    agree("RecordSet", pl_read_records_v2(engine.get(), file.data(), file.size(), "c.jsonl", PL_FORMAT_JSONL, nullptr, 0, &rb), rb,
          pl_read_records_json(engine.get(), file.data(), file.size(), "c.jsonl", PL_FORMAT_JSONL, nullptr, &rj), rj);
    buffer fb, fj;
    agree("CheckResponse",
          pl_check_file(engine.get(), file.data(), file.size(), "c.jsonl", PL_FORMAT_JSONL, options_bytes.data(), options_bytes.size(), &fb),
          fb, pl_check_file_json(engine.get(), file.data(), file.size(), "c.jsonl", PL_FORMAT_JSONL, options_json.c_str(), &fj), fj);
    if (rb.b.data == nullptr) continue;

    // The request message: a RecordSet plus the options.
    const std::string request_json = "{\"records\":" + rj.bytes() + ",\"options\":" + options_json + "}";
    const std::string request = bytes_of("CheckRequest", request_json);
    buffer qb, qj;
    agree("CheckResponse", pl_check(engine.get(), request.data(), request.size(), &qb), qb,
          pl_check_json(engine.get(), request_json.c_str(), &qj), qj);
    CHECK(qj.bytes() == fj.bytes());

    // Two sets joined.
    buffer jb, jj;
    agree("RecordSet", pl_record_sets_concat(rb.b.data, rb.b.size, rb.b.data, rb.b.size, &jb), jb,
          pl_record_sets_concat_json(rj.bytes().c_str(), rj.bytes().c_str(), &jj), jj);

    // The record-set handle, read from bytes and from JSON options.
    pl_record_set* set = nullptr;
    pl_record_set* set_json = nullptr;
    buffer error;
    REQUIRE(pl_record_set_read(engine.get(), file.data(), file.size(), "c.jsonl", PL_FORMAT_JSONL, nullptr, 0, &set) == PL_OK);
    REQUIRE(pl_record_set_read_json(engine.get(), file.data(), file.size(), "c.jsonl", PL_FORMAT_JSONL, "", &set_json, &error) == PL_OK);
    CHECK(error.b.data == nullptr);
    buffer ib, ij, mb, mj, kb, kj;
    agree("RecordSetInfo", pl_record_set_info(set, &ib), ib, pl_record_set_info_json(set_json, &ij), ij);
    agree("RecordSet", pl_record_set_message(set, &mb), mb, pl_record_set_message_json(set_json, &mj), mj);
    CHECK(mj.bytes() == rj.bytes());
    agree("CheckResponse", pl_record_set_check(engine.get(), set, options_bytes.data(), options_bytes.size(), &kb), kb,
          pl_record_set_check_json(engine.get(), set_json, options_json.c_str(), &kj), kj);
    CHECK(kj.bytes() == fj.bytes());
    pl_record_set_free(set);
    pl_record_set_free(set_json);
    ++compared;
  }
  CHECK(compared > 80);
}

TEST_CASE("JSON twins: reports, HTML, XLSX and the benchmark on the report vectors", "[abi][json][twins]") {
  auto engine = make_engine();
  int compared = 0;
  const Value all = vectors("reports.json");  // kept: the loop's range points into it
  for (const auto& c : get(all, "cases")->list_value().values()) {
    INFO(get(c, "name")->string_value());
    const std::string file = jsonl(c, nullptr);
    Value options;
    auto& o = *options.mutable_struct_value()->mutable_fields();
    o["reference_date"].set_string_value(get(c, "reference_date")->string_value());
    std::string kind = "REPORT_KIND_" + get(c, "table")->string_value();
    for (auto& ch : kind) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    o["kind"].set_string_value(kind);
    if (const Value* from = get(c, "from")) o["from_date"] = *from;
    if (const Value* to = get(c, "to")) o["to_date"] = *to;
    if (const Value* by = get(c, "by")) o["group_by"].set_string_value("GROUP_BY_" + std::string(by->string_value() == "caseworker" ? "CASEWORKER" : "TEAM"));
    const std::string options_json = json_of(options);
    buffer probe;
    if (pl_message_from_json("ReportOptions", options_json.c_str(), &probe) != PL_OK) continue;  // a kind this schema lacks
    const std::string options_bytes = probe.bytes();

    buffer fb, fj;
    agree("ReportResponse",
          pl_report_file(engine.get(), file.data(), file.size(), "r.jsonl", PL_FORMAT_JSONL, options_bytes.data(), options_bytes.size(), &fb),
          fb, pl_report_file_json(engine.get(), file.data(), file.size(), "r.jsonl", PL_FORMAT_JSONL, options_json.c_str(), &fj), fj);
    buffer rj;
    REQUIRE(pl_read_records_json(engine.get(), file.data(), file.size(), "r.jsonl", PL_FORMAT_JSONL, nullptr, &rj) == PL_OK);
    const std::string request_json = "{\"records\":" + rj.bytes() + ",\"options\":" + options_json + "}";
    const std::string request = bytes_of("ReportRequest", request_json);
    buffer qb, qj, hb, hj;
    agree("ReportResponse", pl_report(engine.get(), request.data(), request.size(), &qb), qb,
          pl_report_json(engine.get(), request_json.c_str(), &qj), qj);
    const int html = pl_report_html(engine.get(), request.data(), request.size(), PL_LANG_EN, &hb);
    REQUIRE(html == pl_report_html_json(engine.get(), request_json.c_str(), PL_LANG_EN, &hj));
    if (html == PL_OK) CHECK(hb.bytes() == hj.bytes());

    pl_record_set* set = nullptr;
    REQUIRE(pl_record_set_read(engine.get(), file.data(), file.size(), "r.jsonl", PL_FORMAT_JSONL, nullptr, 0, &set) == PL_OK);
    buffer sb, sj, shb, shj;
    agree("ReportResponse", pl_record_set_report(engine.get(), set, options_bytes.data(), options_bytes.size(), &sb), sb,
          pl_record_set_report_json(engine.get(), set, options_json.c_str(), &sj), sj);
    const int shtml = pl_record_set_report_html(engine.get(), set, options_bytes.data(), options_bytes.size(), PL_LANG_NL, &shb);
    REQUIRE(shtml == pl_record_set_report_html_json(engine.get(), set, options_json.c_str(), PL_LANG_NL, &shj));
    if (shtml == PL_OK) CHECK(shb.bytes() == shj.bytes());
    pl_record_set_free(set);

    const std::string bench_json = R"({"reference_date":")" + get(c, "reference_date")->string_value() + R"(","municipality":"0396"})";
    const std::string bench = bytes_of("BenchmarkOptions", bench_json);
    buffer cb, cj, pb, pj;
    agree("DataConformance",
          pl_benchmark_conformance_file(engine.get(), file.data(), file.size(), "r.jsonl", PL_FORMAT_JSONL, bench.data(), bench.size(), &cb), cb,
          pl_benchmark_conformance_file_json(engine.get(), file.data(), file.size(), "r.jsonl", PL_FORMAT_JSONL, bench_json.c_str(), &cj), cj);
    const std::string key = "0123456789abcdef0123456789abcdef";
    const int pub = pl_benchmark_publication_file(engine.get(), file.data(), file.size(), "r.jsonl", PL_FORMAT_JSONL, key.data(), key.size(),
                                                  bench.data(), bench.size(), &pb);
    agree("BenchmarkPublication", pub, pb,
          pl_benchmark_publication_file_json(engine.get(), file.data(), file.size(), "r.jsonl", PL_FORMAT_JSONL, key.data(), key.size(),
                                             bench_json.c_str(), &pj),
          pj);
    if (pub == PL_OK) {
      const void* pubs[] = {pb.b.data};
      const size_t sizes[] = {pb.b.size};
      const std::string pub_json = pj.bytes();
      const char* pubs_json[] = {pub_json.c_str()};
      buffer mb, mj;
      REQUIRE(pl_benchmark_merge(pubs, sizes, 1, PL_BENCHMARK_CSV, PL_LANG_NL, 0, 0, &mb) == PL_OK);
      REQUIRE(pl_benchmark_merge_json(pubs_json, 1, PL_BENCHMARK_CSV, PL_LANG_NL, 0, 0, &mj) == PL_OK);
      CHECK(mb.bytes() == mj.bytes());
    }
    buffer xb, xj;
    const int ex = pl_benchmark_record_export_file(engine.get(), file.data(), file.size(), "r.jsonl", PL_FORMAT_JSONL, key.data(), key.size(),
                                                   bench.data(), bench.size(), &xb);
    REQUIRE(ex == pl_benchmark_record_export_file_json(engine.get(), file.data(), file.size(), "r.jsonl", PL_FORMAT_JSONL, key.data(), key.size(),
                                                       bench_json.c_str(), &xj));
    if (ex == PL_OK) CHECK(xb.bytes() == xj.bytes());
    ++compared;
  }
  CHECK(compared >= 10);
}

TEST_CASE("JSON twins: constructors and the error object", "[abi][json][twins]") {
  pl_engine* e = nullptr;
  buffer error;
  REQUIRE(pl_engine_new_json(R"({"checks":{"disabled":["PL001"]}})", &e, &error) != PL_OK);
  CHECK(e == nullptr);
  CHECK(error.bytes().rfind(R"({"error":{"code":"PL_E_PARSE","status":-2,"message":")", 0) == 0);
  CHECK(error.bytes().find(pl_last_error()) != std::string::npos);
  buffer ok;
  REQUIRE(pl_engine_new_json("", &e, &ok) == PL_OK);
  CHECK(ok.b.data == nullptr);
  pl_engine_free(e);
  REQUIRE(pl_engine_new_json(nullptr, &e, nullptr) == PL_OK);
  pl_engine_free(e);

  auto engine = make_engine();
  buffer out;  // quotes, backslashes and control characters in a message are escaped
  const char* notation = "1:\"\\\n";
  REQUIRE(pl_determine_notation_json(engine.get(), notation, &out) == PL_E_PARSE);
  Value v;
  REQUIRE(google::protobuf::util::JsonStringToMessage(out.bytes(), &v).ok());
  CHECK(get(*get(v, "error"), "message")->string_value() == pl_last_error());
  CHECK(get(*get(v, "error"), "code")->string_value() == "PL_E_PARSE");
}
