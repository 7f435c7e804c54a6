// SPDX-License-Identifier: Apache-2.0
#include "conformance/runner.hpp"

#include "conformance/sha256.hpp"

#include <participatieladder/version.hpp>

#include <google/protobuf/util/json_util.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>

namespace pl::conformance {
namespace {

namespace v1 = participatieladder::v1;

std::string join(const std::vector<std::string>& parts, const char* sep) {
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : sep) + p;
  return out;
}

/// A response of another kind than the aspect compares: said as such, so the difference is visible.
std::string other(const v1::ConformanceResponse& r) {
  switch (r.response_case()) {
    case v1::ConformanceResponse::kError: return "error " + std::to_string(r.error().status());
    case v1::ConformanceResponse::kSkipped: return "skipped";
    case v1::ConformanceResponse::kDetermination: return "a DeterminationResult";
    case v1::ConformanceResponse::kCheck: return "a CheckResponse";
    case v1::ConformanceResponse::kReport: return "a ReportResponse";
    case v1::ConformanceResponse::kCapabilities: return "a Capabilities";
    case v1::ConformanceResponse::RESPONSE_NOT_SET: break;
  }
  return "an empty response";
}

std::string unused(const v1::DeterminationResult& d) {
  std::vector<std::string> u;
  for (const int q : d.unused()) u.push_back(std::to_string(q));
  std::sort(u.begin(), u.end());
  return "; unused " + (u.empty() ? std::string("-") : join(u, ","));
}

/// SPEC §4: the step and the path taken, or the next question; answers off the path as unused.
std::string determination_text(const v1::DeterminationResult& d) {
  if (!d.complete()) return "next question " + (d.has_next_question() ? std::to_string(d.next_question()) : "-") + unused(d);
  std::vector<std::string> path;
  for (const auto& a : d.path()) path.push_back(std::to_string(a.question()) + (a.yes() ? ":J" : ":N"));
  return "step " + (d.has_step() ? std::to_string(d.step()) : "-") + "; path " + join(path, " ") + unused(d);
}

std::string notes_text(const v1::DeterminationResult& d) {
  std::vector<std::string> ids;
  for (const auto& n : d.notes()) ids.push_back(n.id());
  std::sort(ids.begin(), ids.end());
  return "notes " + (ids.empty() ? std::string("-") : join(ids, ","));
}

/// SPEC §8: per finding what a vendor must reproduce (not the wording of the message).
std::string findings_text(const google::protobuf::RepeatedPtrField<v1::Finding>& findings) {
  std::vector<std::string> lines;
  for (const auto& f : findings) {
    std::vector<std::string> fields(f.fields().begin(), f.fields().end());
    lines.push_back(f.check() + " " + v1::Severity_Name(f.severity()) + " line " + std::to_string(f.line()) + " record " +
                    (f.has_record_index() ? std::to_string(f.record_index()) : "-") + " key " + (f.key().empty() ? "-" : f.key()) +
                    " fields " + (fields.empty() ? "-" : join(fields, ",")));
  }
  std::sort(lines.begin(), lines.end());
  return lines.empty() ? "no findings" : join(lines, "\n");
}

std::string check_text(const v1::CheckResponse& c) {
  return "errors " + std::to_string(c.errors()) + ", warnings " + std::to_string(c.warnings()) + ", infos " +
         std::to_string(c.infos()) + "\n" + findings_text(c.findings());
}

std::string report_text(const v1::ReportResponse& r) {
  std::string out = r.table().csv();
  for (const auto& s : r.table().summary()) {
    std::string value;
    google::protobuf::util::JsonPrintOptions o;
    (void)google::protobuf::util::MessageToJsonString(s.value(), &value, o);
    out += "summary " + s.key() + " = " + value + "\n";
  }
  return out + findings_text(r.findings());
}

}  // namespace

const char* outcome_name(outcome o) {
  switch (o) {
    case outcome::passed: return "passed";
    case outcome::failed: return "failed";
    case outcome::expected_failure: return "expected_failure";
    case outcome::listed_but_passed: return "listed_but_passed";
    case outcome::skipped: return "skipped";
  }
  return "?";
}

const char* level_name(level l) { return l == level::required ? "required" : "recommended"; }

bool run_report::ok() const {
  return required.failed + recommended.failed + required.listed_but_passed + recommended.listed_but_passed == 0 &&
         unknown_listed.empty();
}

result<std::set<std::string>> read_failure_list(const std::string& path) {
  std::ifstream in(path);
  if (!in) return fail(errc::io, path + ": cannot be opened");
  std::set<std::string> ids;
  std::string line;
  while (std::getline(in, line)) {
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) line.pop_back();
    const auto start = line.find_first_not_of(" \t");
    if (start == std::string::npos || line[start] == '#') continue;
    ids.insert(line.substr(start));
  }
  return ids;
}

std::string projection(aspect a, const v1::ConformanceResponse& r) {
  switch (a) {
    case aspect::determination:
      return r.has_determination() ? determination_text(r.determination()) : other(r);
    case aspect::notes:
      return r.has_determination() ? notes_text(r.determination()) : other(r);
    case aspect::check:
      return r.has_check() ? check_text(r.check()) : other(r);
    case aspect::report:
      return r.has_report() ? report_text(r.report()) : other(r);
    case aspect::bad_input:
      return r.has_check() ? check_text(r.check()) : other(r);
  }
  return other(r);
}

std::string run_report::results_digest() const {
  std::string listing;
  for (const auto& c : cases) listing += std::string(outcome_name(c.outcome)) + "\t" + c.spec.id + "\n";
  for (const auto& [name, n] : {std::pair{"required", required}, std::pair{"recommended", recommended}})
    listing += std::string(name) + " " + std::to_string(n.passed) + " " + std::to_string(n.failed) + " " + std::to_string(n.skipped) +
               " " + std::to_string(n.expected_failures) + " " + std::to_string(n.listed_but_passed) + "\n";
  for (const auto& id : unknown_listed) listing += "unknown\t" + id + "\n";
  return sha256_hex(listing);
}

namespace {

/// The adapter's answer to the capabilities request: the features it declares, or every feature
/// when it answers with anything but `capabilities` (an adapter written before the request).
result<std::set<std::string>> ask_capabilities(adapter_process& adapter, run_report& report) {
  v1::ConformanceRequest ask;
  ask.set_case_id("capabilities");
  ask.mutable_capabilities()->set_runner_version(pl::version_string);
  for (const auto& f : all_features()) ask.mutable_capabilities()->add_features(f);
  auto got = adapter.exchange(ask);
  if (!got) return fail(got.error().value(), got.error().message + " (the capabilities request, before the first case)");
  std::set<std::string> features;
  if (got.value().has_capabilities()) {
    report.declared = true;
    for (const auto& f : got.value().capabilities().features())
      if (std::find(all_features().begin(), all_features().end(), f) != all_features().end()) features.insert(f);
  } else {
    features.insert(all_features().begin(), all_features().end());
  }
  for (const auto& f : all_features())
    if (features.count(f)) report.features.push_back(f);
  return features;
}

}  // namespace

result<run_report> run(const vector_set& vectors, const std::vector<request_case>& cases, adapter_process& adapter,
                       const std::set<std::string>& failure_list) {
  run_report report;
  report.vectors = vectors;
  report.library_version = pl::version_string;
  report.runner_version = PL_VERSION_STRING;
  report.failure_list.assign(failure_list.begin(), failure_list.end());
  PL_TRY(features, ask_capabilities(adapter, report));
  std::set<std::string> known;
  for (const auto& rc : cases) {
    const bool wanted = std::any_of(rc.cases.begin(), rc.cases.end(), [&](const case_spec& c) { return features.count(c.feature) != 0; });
    v1::ConformanceResponse expected, got;
    if (wanted) {
      expected = reference_answer(rc.request);
      auto answer = adapter.exchange(rc.request);
      if (!answer) return fail(answer.error().value(), answer.error().message + " (case '" + rc.request.case_id() + "')");
      got = std::move(answer).value();
    }
    for (const auto& spec : rc.cases) {
      known.insert(spec.id);
      case_outcome o;
      o.spec = spec;
      level_counts& counts = spec.level == level::required ? report.required : report.recommended;
      const bool listed = failure_list.count(spec.id) != 0;
      if (features.count(spec.feature) == 0) {
        o.outcome = outcome::skipped;
        o.got = "skipped: not implemented (the adapter does not declare \"" + spec.feature + "\")";
        ++counts.skipped;
      } else if (got.has_skipped()) {
        o.outcome = outcome::skipped;
        o.got = "skipped: " + got.skipped();
        ++counts.skipped;
      } else {
        const std::string want = projection(spec.aspect, expected), have = projection(spec.aspect, got);
        if (want == have) {
          o.outcome = listed ? outcome::listed_but_passed : outcome::passed;
          ++(listed ? counts.listed_but_passed : counts.passed);
        } else {
          o.outcome = listed ? outcome::expected_failure : outcome::failed;
          ++(listed ? counts.expected_failures : counts.failed);
          o.expected = want;
          o.got = have;
        }
      }
      report.cases.push_back(std::move(o));
    }
  }
  adapter.stop();
  for (const auto& id : failure_list)
    if (known.count(id) == 0) report.unknown_listed.push_back(id);
  return report;
}

}  // namespace pl::conformance
