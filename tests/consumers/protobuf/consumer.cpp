// SPDX-License-Identifier: Apache-2.0
// A vendor's program: its own protoc-generated participatieladder.v1 classes (full or lite
// runtime, see CMakeLists.txt) and the installed libparticipatieladder.so in one process. Sends an
// AnswerSet, a CheckRequest and a ReportRequest built with its own classes through the C ABI and
// parses every response with its own classes. Before the library kept its schema private
// (cmake/EmbeddedProto.cmake) this program aborted before main: "File already exists in database:
// participatieladder/v1/answers.proto".
#include <participatieladder.h>

#include "participatieladder/v1/answers.pb.h"
#include "participatieladder/v1/check.pb.h"
#include "participatieladder/v1/determination.pb.h"
#include "participatieladder/v1/report.pb.h"

#include <cstdio>
#include <string>

namespace v1 = participatieladder::v1;

namespace {

int failures = 0;

void expect(bool ok, const std::string& what) {
  if (!ok) {
    std::fprintf(stderr, "FAIL: %s\n", what.c_str());
    ++failures;
  }
}

// Calls one message entry with the request's bytes and parses the response into `response`.
template <class Entry>
bool call(const char* name, Entry entry, const pl_engine* engine, const google::protobuf::MessageLite& request,
          google::protobuf::MessageLite& response) {
  const std::string bytes = request.SerializeAsString();
  pl_buffer out = PL_BUFFER_INIT;
  const int rc = entry(engine, bytes.data(), bytes.size(), &out);
  if (rc != PL_OK) {
    std::fprintf(stderr, "FAIL: %s: %s: %s\n", name, pl_status_str(rc), pl_last_error());
    ++failures;
    return false;
  }
  const bool parsed = response.ParseFromArray(out.data, static_cast<int>(out.size));
  pl_buffer_free(&out);
  expect(parsed, std::string(name) + ": the response parses as " + response.GetTypeName());
  return parsed;
}

v1::Record* add_record(v1::RecordSet& set, const char* client, const char* step, const char* measured_on) {
  v1::Record* r = set.add_records();
  r->set_client_id(client);
  r->set_step(step);
  r->set_measured_on(measured_on);
  r->set_caseworker("cw1");
  return r;
}

// A cell's number, or -1 when it holds none.
double number(const v1::ReportRow& row, int column) {
  if (column >= row.cells_size() || !row.cells(column).has_number()) return -1;
  return row.cells(column).number();
}

}  // namespace

int main() {
  pl_engine* engine = nullptr;
  if (pl_engine_new(nullptr, 0, &engine) != PL_OK) {
    std::fprintf(stderr, "pl_engine_new: %s\n", pl_last_error());
    return 1;
  }

  // 1. SPEC §4: 1:N 2:N 10:J 12:J 13:J is step 4.
  v1::AnswerSet answers;
  const int questions[] = {1, 2, 10, 12, 13};
  const bool yes[] = {false, false, true, true, true};
  for (int i = 0; i < 5; ++i) {
    v1::Answer* a = answers.add_answers();
    a->set_question(questions[i]);
    a->set_yes(yes[i]);
  }
  v1::DeterminationResult determination;
  if (call("pl_determine", pl_determine, engine, answers, determination)) {
    expect(determination.complete(), "determination complete");
    expect(determination.has_step() && determination.step() == 4, "step 4, got " + std::to_string(determination.step()));
    expect(determination.path_notation() == "1:N 2:N 10:J 12:J 13:J", "path " + determination.path_notation());
  }

  // 2. SPEC §6/§8: a step that is no step notation is an `input` error finding.
  v1::CheckRequest check;
  add_record(*check.mutable_records(), "K1", "7", "2024-01-10");
  add_record(*check.mutable_records(), "K2", "1", "2024-02-01");
  check.mutable_options()->set_reference_date("2024-06-01");
  v1::CheckResponse checked;
  if (call("pl_check", pl_check, engine, check, checked)) {
    expect(checked.records() == 2, "2 records checked");
    expect(checked.reference_date() == "2024-06-01", "reference date " + checked.reference_date());
    bool found = false;
    for (const auto& f : checked.findings())
      if (f.check() == "input" && f.severity() == v1::SEVERITY_ERROR && f.client_id() == "K1" && f.key() == "step" && f.value() == "7")
        found = true;
    expect(found, "an input error finding for K1's step '7'");
    expect(checked.errors() >= 1, "at least one error counted");
  }

  // 3. SPEC §10: the placement table of three clients (steps 1, 2, 2; K3 measured twice, the
  // latest measurement counts).
  v1::ReportRequest report;
  add_record(*report.mutable_records(), "K1", "1", "2024-01-10");
  add_record(*report.mutable_records(), "K2", "2", "2024-02-01");
  add_record(*report.mutable_records(), "K3", "4", "2023-03-01");
  add_record(*report.mutable_records(), "K3", "2", "2024-03-01");
  report.mutable_options()->set_kind(v1::REPORT_KIND_PLACEMENT);
  report.mutable_options()->set_reference_date("2024-06-01");
  v1::ReportResponse reported;
  if (call("pl_report", pl_report, engine, report, reported)) {
    const v1::ReportTable& t = reported.table();
    expect(t.name() == "placement", "the placement table, got '" + t.name() + "'");
    expect(t.columns_size() > 1 && t.columns(1).key() == "clients", "column 1 is clients");
    double step1 = -1, step2 = -1, step4 = -1, total = -1;
    for (const auto& row : t.rows()) {
      if (row.cells_size() == 0 || !row.cells(0).has_text()) continue;
      const std::string& key = row.cells(0).text();
      if (key == "1") step1 = number(row, 1);
      if (key == "2") step2 = number(row, 1);
      if (key == "4") step4 = number(row, 1);
      if (key == "grand_total") total = number(row, 1);
    }
    expect(step1 == 1 && step2 == 2 && step4 == 0 && total == 3,
           "placement 1/2/0 clients at steps 1/2/4, 3 in all; got " + std::to_string(step1) + "/" + std::to_string(step2) +
               "/" + std::to_string(step4) + ", " + std::to_string(total));
    expect(reported.quality().clients() == 3, "3 clients read");
  }

  pl_engine_free(engine);
  if (failures != 0) return 1;
  std::printf("own participatieladder.v1 classes (%s) and libparticipatieladder %s: determination, check, report ok\n",
              determination.GetTypeName().c_str(), pl_version_string());
  return 0;
}
