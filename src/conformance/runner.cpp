// SPDX-License-Identifier: Apache-2.0
#include "conformance/runner.hpp"

#include <participatieladder/version.hpp>

#include <google/protobuf/util/json_util.h>

#include <algorithm>
#include <cstdio>
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

std::string html_escape(std::string_view s) {
  std::string out;
  for (const char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

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

}  // namespace

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

result<run_report> run(const vector_set& vectors, const std::vector<request_case>& cases, adapter_process& adapter,
                       const std::set<std::string>& failure_list) {
  run_report report;
  report.vectors = vectors;
  report.library_version = pl::version_string;
  std::set<std::string> known;
  for (const auto& rc : cases) {
    const v1::ConformanceResponse expected = reference_answer(rc.request);
    auto got = adapter.exchange(rc.request);
    if (!got) return fail(got.error().value(), got.error().message + " (case '" + rc.request.case_id() + "')");
    for (const auto& spec : rc.cases) {
      known.insert(spec.id);
      case_outcome o;
      o.spec = spec;
      level_counts& counts = spec.level == level::required ? report.required : report.recommended;
      const bool listed = failure_list.count(spec.id) != 0;
      if (got.value().has_skipped()) {
        o.outcome = outcome::skipped;
        o.got = "skipped: " + got.value().skipped();
        ++counts.skipped;
      } else {
        const std::string want = projection(spec.aspect, expected), have = projection(spec.aspect, got.value());
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

std::string certificate_json(const run_report& r) {
  // Written by hand so the keys keep this order (a certificate is read by people too).
  auto str = [](std::string_view v) {
    std::string out = "\"";
    for (const char c : v) {
      switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
          if (static_cast<unsigned char>(c) < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(static_cast<unsigned char>(c)));
            out += buf;
          } else {
            out += c;
          }
      }
    }
    return out + "\"";
  };
  auto counts = [](const level_counts& c) {
    return "{\"passed\": " + std::to_string(c.passed) + ", \"failed\": " + std::to_string(c.failed) +
           ", \"skipped\": " + std::to_string(c.skipped) + ", \"expected_failures\": " + std::to_string(c.expected_failures) +
           ", \"listed_but_passed\": " + std::to_string(c.listed_but_passed) + "}";
  };
  const bool conformant = r.ok() && r.required.skipped + r.required.expected_failures == 0;
  std::string out = "{\n";
  out += "  \"library_version\": " + str(r.library_version) + ",\n";
  out += "  \"schema\": \"participatieladder.v1\",\n";
  out += "  \"vector_set\": {\"version\": " + str(r.vectors.version) + ", \"sha256\": " + str(r.vectors.digest) +
         ", \"files\": " + std::to_string(r.vectors.files.size()) + "},\n";
  out += "  \"adapter\": " + str(r.adapter) + ",\n";
  out += "  \"protocol\": " + str(r.protocol == protocol::binary ? "binary" : "json") + ",\n";
  out += "  \"conformant\": " + std::string(conformant ? "true" : "false") + ",\n";
  out += "  \"passed\": " + std::to_string(r.passed()) + ",\n";
  out += "  \"failed\": " + std::to_string(r.failed()) + ",\n";
  out += "  \"required\": " + counts(r.required) + ",\n";
  out += "  \"recommended\": " + counts(r.recommended) + ",\n";
  out += "  \"not_passed\": [";
  bool first = true;
  for (const auto& c : r.cases) {
    if (c.outcome == outcome::passed) continue;
    out += std::string(first ? "\n" : ",\n") + "    {\"id\": " + str(c.spec.id) + ", \"level\": " + str(level_name(c.spec.level)) +
           ", \"outcome\": " + str(outcome_name(c.outcome));
    if (!c.expected.empty()) out += ", \"expected\": " + str(c.expected);
    if (!c.got.empty()) out += ", \"got\": " + str(c.got);
    out += "}";
    first = false;
  }
  out += first ? "],\n" : "\n  ],\n";
  out += "  \"unknown_listed\": [";
  for (std::size_t i = 0; i < r.unknown_listed.size(); ++i) out += (i ? ", " : "") + str(r.unknown_listed[i]);
  return out + "]\n}\n";
}

std::string certificate_html(const run_report& r, lang language) {
  const bool nl = language == lang::nl;
  std::ostringstream h;
  h << "<!DOCTYPE html>\n<html lang=\"" << (nl ? "nl" : "en") << "\"><head><meta charset=\"utf-8\"><title>"
    << (nl ? "Conformiteitsverklaring participatieladder" : "Participatieladder conformance certificate")
    << "</title><style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
       "td,th{border:1px solid #999;padding:.3em .6em;text-align:left}.ok{color:#060}.bad{color:#a00}"
       "pre{white-space:pre-wrap;margin:0}</style></head><body>\n";
  h << "<h1>" << (nl ? "Conformiteitsverklaring participatieladder" : "Participatieladder conformance certificate") << "</h1>\n";
  const bool conformant = r.ok() && r.required.skipped + r.required.expected_failures == 0;
  h << "<p class=\"" << (conformant ? "ok" : "bad") << "\">"
    << (conformant ? (nl ? "Voldoet op het verplichte niveau." : "Conformant at the required level.")
                   : (nl ? "Voldoet niet (zie de lijst hieronder)." : "Not conformant (see the list below)."))
    << "</p>\n<table>\n";
  h << "<tr><th>" << (nl ? "Bibliotheekversie" : "Library version") << "</th><td>" << html_escape(r.library_version) << "</td></tr>\n";
  h << "<tr><th>" << (nl ? "Vectorset" : "Vector set") << "</th><td>" << html_escape(r.vectors.version) << ", sha256 "
    << r.vectors.digest << "</td></tr>\n</table>\n<h2>" << (nl ? "Per niveau" : "Per level") << "</h2>\n<table>\n<tr><th></th><th>"
    << (nl ? "geslaagd" : "passed") << "</th><th>" << (nl ? "mislukt" : "failed") << "</th><th>"
    << (nl ? "overgeslagen" : "skipped") << "</th><th>" << (nl ? "verwachte fouten" : "expected failures") << "</th><th>"
    << (nl ? "op de lijst maar geslaagd" : "listed but passed") << "</th></tr>\n";
  for (const auto& [name, c] : {std::pair{nl ? "verplicht" : "required", r.required}, std::pair{nl ? "aanbevolen" : "recommended", r.recommended}})
    h << "<tr><th>" << name << "</th><td>" << c.passed << "</td><td>" << c.failed << "</td><td>" << c.skipped << "</td><td>"
      << c.expected_failures << "</td><td>" << c.listed_but_passed << "</td></tr>\n";
  h << "</table>\n<h2>" << (nl ? "Niet geslaagd" : "Not passed") << "</h2>\n<table>\n<tr><th>case</th><th>"
    << (nl ? "uitkomst" : "outcome") << "</th><th>" << (nl ? "verwacht" : "expected") << "</th><th>" << (nl ? "gekregen" : "got")
    << "</th></tr>\n";
  for (const auto& c : r.cases)
    if (c.outcome != outcome::passed)
      h << "<tr><td>" << html_escape(c.spec.id) << "</td><td>" << outcome_name(c.outcome) << "</td><td><pre>" << html_escape(c.expected)
        << "</pre></td><td><pre>" << html_escape(c.got) << "</pre></td></tr>\n";
  h << "</table>\n<p>" << r.passed() << " passed, " << r.failed() << " failed</p>\n</body></html>\n";
  return h.str();
}

}  // namespace pl::conformance
