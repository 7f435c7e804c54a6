// SPDX-License-Identifier: Apache-2.0
// The conformance certificate (docs/conformance.md): what a vendor shows — library version,
// vector-set version and digest, counts per level, every case not passed — as JSON or HTML.
#include "conformance/runner.hpp"

#include <participatieladder/text_escape.hpp>

#include <sstream>

namespace pl::conformance {

std::string certificate_json(const run_report& r) {
  // Written by hand so the keys keep this order (a certificate is read by people too).
  auto counts = [](const level_counts& c) {
    return "{\"passed\": " + std::to_string(c.passed) + ", \"failed\": " + std::to_string(c.failed) +
           ", \"skipped\": " + std::to_string(c.skipped) + ", \"expected_failures\": " + std::to_string(c.expected_failures) +
           ", \"listed_but_passed\": " + std::to_string(c.listed_but_passed) + "}";
  };
  const bool conformant = r.ok() && r.required.skipped + r.required.expected_failures == 0;
  std::string out = "{\n";
  out += "  \"library_version\": " + json_quote(r.library_version) + ",\n";
  out += "  \"schema\": \"participatieladder.v1\",\n";
  out += "  \"vector_set\": {\"version\": " + json_quote(r.vectors.version) + ", \"sha256\": " + json_quote(r.vectors.digest) +
         ", \"files\": " + std::to_string(r.vectors.files.size()) + "},\n";
  out += "  \"adapter\": " + json_quote(r.adapter) + ",\n";
  out += "  \"protocol\": " + json_quote(r.protocol == protocol::binary ? "binary" : "json") + ",\n";
  out += "  \"conformant\": " + std::string(conformant ? "true" : "false") + ",\n";
  out += "  \"passed\": " + std::to_string(r.passed()) + ",\n";
  out += "  \"failed\": " + std::to_string(r.failed()) + ",\n";
  out += "  \"required\": " + counts(r.required) + ",\n";
  out += "  \"recommended\": " + counts(r.recommended) + ",\n";
  out += "  \"not_passed\": [";
  bool first = true;
  for (const auto& c : r.cases) {
    if (c.outcome == outcome::passed) continue;
    out += std::string(first ? "\n" : ",\n") + "    {\"id\": " + json_quote(c.spec.id) + ", \"level\": " + json_quote(level_name(c.spec.level)) +
           ", \"outcome\": " + json_quote(outcome_name(c.outcome));
    if (!c.expected.empty()) out += ", \"expected\": " + json_quote(c.expected);
    if (!c.got.empty()) out += ", \"got\": " + json_quote(c.got);
    out += "}";
    first = false;
  }
  out += first ? "],\n" : "\n  ],\n";
  out += "  \"unknown_listed\": [";
  for (std::size_t i = 0; i < r.unknown_listed.size(); ++i) out += (i ? ", " : "") + json_quote(r.unknown_listed[i]);
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
