// SPDX-License-Identifier: Apache-2.0
// The conformance certificate (docs/conformance.md): what a vendor shows — product and version,
// date, runner and library versions, vector-set and results digests, counts per level, every case
// not passed — as JSON or HTML; and reading a certificate back for `pladder conform --verify`.
#include "conformance/runner.hpp"

#include <participatieladder/text_escape.hpp>

#include <google/protobuf/struct.pb.h>
#include <google/protobuf/util/json_util.h>

#include <sstream>

namespace pl::conformance {
namespace {

std::string counts_json(const level_counts& c) {
  return "{\"passed\": " + std::to_string(c.passed) + ", \"failed\": " + std::to_string(c.failed) +
         ", \"skipped\": " + std::to_string(c.skipped) + ", \"expected_failures\": " + std::to_string(c.expected_failures) +
         ", \"listed_but_passed\": " + std::to_string(c.listed_but_passed) + "}";
}

std::string list_json(const std::vector<std::string>& items) {
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + json_quote(items[i]);
  return out + "]";
}

}  // namespace

std::string certificate_json(const run_report& r) {
  // Written by hand so the keys keep this order (a certificate is read by people too).
  std::string out = "{\n";
  out += "  \"product\": " + json_quote(r.product) + ",\n";
  out += "  \"product_version\": " + json_quote(r.product_version) + ",\n";
  out += "  \"date\": " + json_quote(r.date) + ",\n";
  out += "  \"runner_version\": " + json_quote(r.runner_version) + ",\n";
  out += "  \"library_version\": " + json_quote(r.library_version) + ",\n";
  out += "  \"schema\": \"participatieladder.v1\",\n";
  out += "  \"vector_set\": {\"version\": " + json_quote(r.vectors.version) + ", \"sha256\": " + json_quote(r.vectors.digest) +
         ", \"files\": " + std::to_string(r.vectors.files.size()) + "},\n";
  out += "  \"results_sha256\": " + json_quote(r.results_digest()) + ",\n";
  out += "  \"adapter\": " + json_quote(r.adapter) + ",\n";
  out += "  \"protocol\": " + json_quote(r.protocol == protocol::binary ? "binary" : "json") + ",\n";
  out += "  \"features\": " + list_json(r.features) + ",\n";
  out += "  \"features_declared\": " + std::string(r.declared ? "true" : "false") + ",\n";
  out += "  \"conformant\": " + std::string(r.conformant() ? "true" : "false") + ",\n";
  out += "  \"passed\": " + std::to_string(r.passed()) + ",\n";
  out += "  \"failed\": " + std::to_string(r.failed()) + ",\n";
  out += "  \"required\": " + counts_json(r.required) + ",\n";
  out += "  \"recommended\": " + counts_json(r.recommended) + ",\n";
  out += "  \"failure_list\": " + list_json(r.failure_list) + ",\n";
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
  out += "  \"unknown_listed\": " + list_json(r.unknown_listed);
  return out + "\n}\n";
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
  h << "<p class=\"" << (r.conformant() ? "ok" : "bad") << "\">"
    << (r.conformant() ? (nl ? "Voldoet op het verplichte niveau." : "Conformant at the required level.")
                       : (nl ? "Voldoet niet (zie de lijst hieronder)." : "Not conformant (see the list below)."))
    << "</p>\n<table>\n";
  auto row = [&h](const char* label, const std::string& value) {
    h << "<tr><th>" << label << "</th><td>" << html_escape(value) << "</td></tr>\n";
  };
  row(nl ? "Product" : "Product", r.product.empty() ? "-" : r.product);
  row(nl ? "Productversie" : "Product version", r.product_version.empty() ? "-" : r.product_version);
  row(nl ? "Adapter" : "Adapter", r.adapter);
  row(nl ? "Datum (UTC)" : "Date (UTC)", r.date);
  row(nl ? "Versie van pladder" : "Runner version", r.runner_version);
  row(nl ? "Bibliotheekversie" : "Library version", r.library_version);
  row(nl ? "Vectorset" : "Vector set", r.vectors.version + ", sha256 " + r.vectors.digest);
  row(nl ? "Uitkomsten (sha256)" : "Results (sha256)", r.results_digest());
  std::string features;
  for (const auto& f : r.features) features += (features.empty() ? "" : ", ") + f;
  row(nl ? "Geïmplementeerd" : "Implemented", features + (r.declared ? "" : (nl ? " (niet opgegeven: alles)" : " (not declared: all)")));
  h << "</table>\n<h2>" << (nl ? "Per niveau" : "Per level") << "</h2>\n<table>\n<tr><th></th><th>"
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

result<certificate_claims> read_certificate(const std::string& json) {
  namespace gpb = google::protobuf;
  gpb::Struct doc;
  if (!gpb::util::JsonStringToMessage(json, &doc).ok()) return fail(errc::parse, "not a conformance certificate in JSON");
  const auto& f = doc.fields();
  auto text = [](const gpb::Map<std::string, gpb::Value>& m, const std::string& key) -> result<std::string> {
    const auto it = m.find(key);
    if (it == m.end() || !it->second.has_string_value()) return fail(errc::format, "certificate: \"" + key + "\" missing");
    return it->second.string_value();
  };
  auto counts = [&f](const std::string& key) -> result<level_counts> {
    const auto it = f.find(key);
    if (it == f.end() || !it->second.has_struct_value()) return fail(errc::format, "certificate: \"" + key + "\" missing");
    const auto& m = it->second.struct_value().fields();
    level_counts c;
    for (const auto& [name, field] : {std::pair{"passed", &c.passed}, std::pair{"failed", &c.failed}, std::pair{"skipped", &c.skipped},
                                      std::pair{"expected_failures", &c.expected_failures},
                                      std::pair{"listed_but_passed", &c.listed_but_passed}}) {
      const auto v = m.find(name);
      if (v == m.end() || !v->second.has_number_value() || v->second.number_value() < 0)
        return fail(errc::format, "certificate: \"" + key + "." + name + "\" missing");
      *field = static_cast<std::size_t>(v->second.number_value());
    }
    return c;
  };
  certificate_claims c;
  PL_TRY(adapter, text(f, "adapter"));
  PL_TRY(proto, text(f, "protocol"));
  PL_TRY(product, text(f, "product"));
  PL_TRY(version, text(f, "product_version"));
  PL_TRY(results, text(f, "results_sha256"));
  c.adapter = adapter;
  c.protocol = proto;
  c.product = product;
  c.product_version = version;
  c.results_digest = results;
  const auto vs = f.find("vector_set");
  if (vs == f.end() || !vs->second.has_struct_value()) return fail(errc::format, "certificate: \"vector_set\" missing");
  PL_TRY(digest, text(vs->second.struct_value().fields(), "sha256"));
  c.vector_digest = digest;
  const auto conformant = f.find("conformant");
  if (conformant == f.end() || !conformant->second.has_bool_value()) return fail(errc::format, "certificate: \"conformant\" missing");
  c.conformant = conformant->second.bool_value();
  PL_TRY(required, counts("required"));
  PL_TRY(recommended, counts("recommended"));
  c.required = required;
  c.recommended = recommended;
  if (const auto list = f.find("failure_list"); list != f.end() && list->second.has_list_value())
    for (const auto& id : list->second.list_value().values()) c.failure_list.insert(id.string_value());
  return c;
}

std::string compare_with(const certificate_claims& claims, const run_report& rerun) {
  std::string diff;
  auto differ = [&diff](const std::string& what, const std::string& stated, const std::string& now) {
    if (stated != now) diff += what + ": " + stated + " in the certificate, " + now + " in this run\n";
  };
  differ("vector set sha256", claims.vector_digest, rerun.vectors.digest);
  for (const auto& [name, stated, now] : {std::tuple{"required", claims.required, rerun.required},
                                          std::tuple{"recommended", claims.recommended, rerun.recommended}}) {
    const std::string level = name;
    differ(level + ".passed", std::to_string(stated.passed), std::to_string(now.passed));
    differ(level + ".failed", std::to_string(stated.failed), std::to_string(now.failed));
    differ(level + ".skipped", std::to_string(stated.skipped), std::to_string(now.skipped));
    differ(level + ".expected_failures", std::to_string(stated.expected_failures), std::to_string(now.expected_failures));
    differ(level + ".listed_but_passed", std::to_string(stated.listed_but_passed), std::to_string(now.listed_but_passed));
  }
  differ("conformant", claims.conformant ? "true" : "false", rerun.conformant() ? "true" : "false");
  differ("results sha256", claims.results_digest, rerun.results_digest());
  return diff;
}

}  // namespace pl::conformance
