// SPDX-License-Identifier: Apache-2.0
// One pl_engine shared by several threads (participatieladder.h, "Threading": an engine is
// immutable and safe to share): determinations (SPEC §4), checks (SPEC §8) and reports (SPEC §10)
// with the engine's extension set (SPEC §9) run concurrently and give exactly the single-threaded
// results; one pl_record_set (also immutable) checked and reported on by every thread at once.
// Run under ThreadSanitizer in CI (.ci/steps/70-tsan.sh).
#include <participatieladder.h>

#include <atomic>
#include <cstdio>
#include <string>
#include <thread>
#include <vector>

namespace {

std::string call(int rc, pl_buffer& b) {
  std::string out = rc == PL_OK && b.data ? std::string(reinterpret_cast<const char*>(b.data), b.size) : "error";
  pl_buffer_free(&b);
  return out;
}

std::string check_request() {
  pl_buffer b = PL_BUFFER_INIT;
  const int rc = pl_message_from_json("CheckRequest", R"({"options":{"reference_date":"2025-06-30"},"records":{"records":[
      {"client_id":"K1","measured_on":"2025-01-15","step":"6","income_situation":"a","caseworker":"cw"},
      {"client_id":"K2","measured_on":"2025-02-01","step":"2","growth_potential":"0","instrument_deployed":"ja"},
      {"client_id":"K2","measured_on":"2025-02-01","step":"3","caseworker":"cw","answers":"1:N 2:N 10:J 12:J 13:J"},
      {"client_id":"K3","measured_on":"2026-01-01","step":"0","bsn":"123456789"}]}})", &b);
  return call(rc, b);
}

std::string report_request() {
  pl_buffer b = PL_BUFFER_INIT;
  const int rc = pl_message_from_json("ReportRequest", R"({"options":{"reference_date":"2025-06-30","kind":"REPORT_KIND_PLACEMENT"},
      "records":{"records":[
      {"client_id":"K1","measured_on":"2025-01-15","step":"2","sub_step":"2.1,2.2","growth_potential":"+"},
      {"client_id":"K2","measured_on":"2025-02-01","step":"2","sub_step":"2.9"},
      {"client_id":"K3","measured_on":"2024-02-01","step":"4","target_step":"5"},
      {"client_id":"K3","measured_on":"2025-02-01","step":"9"}]}})", &b);
  return call(rc, b);
}

std::string placement_options() {
  pl_buffer b = PL_BUFFER_INIT;
  const int rc = pl_message_from_json("ReportOptions", R"({"reference_date":"2025-06-30","kind":"REPORT_KIND_PLACEMENT"})", &b);
  return call(rc, b);
}

/// A Configuration with an extension set (SPEC §9): PL014 and the reports use it.
std::string configuration() {
  pl_buffer b = PL_BUFFER_INIT;
  const int rc = pl_message_from_json("Configuration", R"({"extensions":{"name":"test","sub_steps":[
      {"code":"2.1","nl":"een"},{"code":"2.2","nl":"twee"}]}})", &b);
  return call(rc, b);
}

/// File bytes for the record-set handle (issue 13): one unreadable value, checks with findings.
const std::string caseload_csv =
    "client_id;measured_on;step;growth_potential;target_step;caseworker;income_situation;instrument_deployed;answers\n"
    "K1;2025-01-15;4;+;5;cw1;a;ja;1:N 2:N 10:J 12:J 13:J\n"
    "K2;2025-02-01;6;;;cw2;b;nee;\n"
    "K2;2025-05-01;2;0;;cw2;b;ja;\n"
    "K3;2025-03-15;7;;;cw1;a;nee;\n"
    "K4;2024-03-01;3;;;;c;nee;\n";

}  // namespace

int main() {
  pl_engine* engine = nullptr;
  const std::string config = configuration();
  if (pl_engine_new(config.data(), config.size(), &engine) != PL_OK) return std::fprintf(stderr, "%s\n", pl_last_error()), 1;
  const std::string request = check_request();
  const std::string report = report_request();
  const std::string report_options = placement_options();
  // Single-threaded expectations.
  pl_buffer b = PL_BUFFER_INIT;
  const std::string expected_check = call(pl_check(engine, request.data(), request.size(), &b), b);
  const std::string expected_paths = call(pl_paths(engine, &b), b);
  const std::string expected_report = call(pl_report(engine, report.data(), report.size(), &b), b);
  std::vector<int> expected_steps;
  for (std::uint32_t answered = 0; answered < (1u << 8); ++answered) {  // every answer pattern on questions 1-7
    int step = 0, next = 0;
    pl_determine_bits(engine, answered << 1, (answered * 37u & answered) << 1, &step, &next);
    expected_steps.push_back(step * 100 + next);
  }
  pl_record_set* set = nullptr;
  if (pl_record_set_read(engine, caseload_csv.data(), caseload_csv.size(), "caseload.csv", PL_FORMAT_CSV, nullptr, 0, &set) != PL_OK)
    return std::fprintf(stderr, "%s\n", pl_last_error()), 1;
  const std::string expected_set_check = call(pl_record_set_check(engine, set, nullptr, 0, &b), b);
  const std::string expected_set_report = call(pl_record_set_report(engine, set, report_options.data(), report_options.size(), &b), b);
  if (expected_check == "error" || expected_paths == "error" || expected_report == "error" || expected_set_check == "error" ||
      expected_set_report == "error")
    return std::fprintf(stderr, "setup failed\n"), 1;

  constexpr int threads = 6;
  std::atomic<int> mismatches{0};
  std::vector<std::thread> pool;
  for (int t = 0; t < threads; ++t)
    pool.emplace_back([&, t] {
      for (int round = 0; round < 20; ++round) {
        pl_buffer out = PL_BUFFER_INIT;
        if (call(pl_check(engine, request.data(), request.size(), &out), out) != expected_check) ++mismatches;
        if ((round + t) % 5 == 0 && call(pl_paths(engine, &out), out) != expected_paths) ++mismatches;
        if (call(pl_report(engine, report.data(), report.size(), &out), out) != expected_report) ++mismatches;
        if (call(pl_record_set_check(engine, set, nullptr, 0, &out), out) != expected_set_check) ++mismatches;
        if (call(pl_record_set_report(engine, set, report_options.data(), report_options.size(), &out), out) != expected_set_report)
          ++mismatches;
        for (std::uint32_t answered = 0; answered < (1u << 8); ++answered) {
          int step = 0, next = 0;
          pl_determine_bits(engine, answered << 1, (answered * 37u & answered) << 1, &step, &next);
          if (step * 100 + next != expected_steps[answered]) ++mismatches;
        }
        // Errors are per thread: this thread's message is its own.
        if (pl_determine_notation(engine, ("1:X" + std::to_string(t)).c_str(), &out) != PL_E_PARSE ||
            std::string(pl_last_error()).find("1:X" + std::to_string(t)) == std::string::npos)
          ++mismatches;
        pl_session* s = nullptr;
        if (pl_session_new(engine, &s) != PL_OK) { ++mismatches; continue; }
        for (const int yes : {0, 0, 1, 1, 1}) pl_session_answer(s, yes);
        int q = -1, step = -1;
        if (pl_session_current(s, &q, &step, nullptr) != PL_OK || step != 4) ++mismatches;
        pl_session_free(s);
      }
    });
  for (auto& th : pool) th.join();
  pl_record_set_free(set);
  pl_engine_free(engine);
  std::printf("%d threads sharing one engine and one record set: %d mismatches\n", threads, mismatches.load());
  return mismatches.load() == 0 ? 0 : 1;
}
