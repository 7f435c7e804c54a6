// SPDX-License-Identifier: Apache-2.0
// `pladder check` output for people: the findings as text (per client, or as worklists per
// caseworker or team) and as CSV — every label, severity and heading in the chosen language. The
// machine format (`--format json`) is the v1 CheckResponse and lives in check_command.cpp.
#pragma once

#include "csv_dialect.hpp"

#include "pipeline/check.hpp"

#include <participatieladder/fields.hpp>
#include <participatieladder/reports/data_quality.hpp>

#include <charconv>
#include <iostream>
#include <iterator>
#include <ostream>
#include <map>
#include <string>
#include <vector>

namespace pl::cli {

inline std::string measured_text(const finding& f) { return f.measured_on ? f.measured_on->iso() : ""; }

/// A field as people read it: in Dutch its Dutch header (`trede`, `instrument in gebruik`), in
/// English its key.
inline std::string field_name(const std::string& key, lang l) {
  if (l == lang::nl)
    if (const field_info* f = field_by_key(key)) return std::string(f->dutch_header());
  return key;
}

inline std::string joined_fields(const finding& f, lang l) {
  std::string out;
  for (const auto& k : f.fields) out += (out.empty() ? "" : l == lang::nl ? ", " : " ") + field_name(k, l);
  return out;
}

inline void print_findings_csv(const std::vector<finding>& all, lang l, csv_dialect d, std::ostream& to = std::cout) {
  csv_out csv(to, d);
  if (l == lang::nl)
    csv.row({"controle", "ernst", "klantnummer", "klantmanager", "team", "bestand", "regel", "meetdatum", "velden", "melding", "sleutel", "waarde"});
  else
    csv.row({"check", "severity", "client_id", "caseworker", "team", "file", "line", "measured_on", "fields", "message", "key", "value"});
  std::string measured, fields, key;  // reused row after row
  for (const auto& f : all) {
    char line[24];
    const auto line_end = std::to_chars(std::begin(line), std::end(line), f.line).ptr;
    measured.clear();
    if (f.measured_on) measured = f.measured_on->iso();
    fields = joined_fields(f, l);
    key = f.key.empty() ? f.key : field_name(f.key, l);
    csv.row({f.check, severity_label(f.severity)(l), f.client_id, f.caseworker, f.team, f.file,
             std::string_view(line, static_cast<std::size_t>(line_end - line)), measured, fields, f.message_in(l), key, f.value});
  }
}

/// Spellings that are probably one caseworker or team (name_variants.hpp), named once.
inline void print_name_variants(const pipeline::check_outcome& outcome, lang l) {
  reports::data_quality q;
  q.similar_caseworkers = outcome.similar_caseworkers;
  q.similar_teams = outcome.similar_teams;
  for (const auto& line : reports::data_quality_lines(q, l))
    if (line.rfind(l == lang::nl ? "waarschijnlijk" : "probably", 0) == 0) std::cout << "  " << line << '\n';
}

/// How `pladder check` groups findings in text: per client (default), or worklists per caseworker
/// or team (then per client within each).
enum class finding_grouping { client, caseworker, team };

inline void print_findings_text(const pipeline::check_outcome& outcome, lang l, finding_grouping by) {
  const auto& all = outcome.findings;
  const bool nl = l == lang::nl;
  auto group_of = [&](const finding& f) -> std::string {
    switch (by) {
      case finding_grouping::caseworker: return f.caseworker;
      case finding_grouping::team: return f.team;
      case finding_grouping::client: break;
    }
    return f.client_id;
  };
  auto heading = [&](const std::string& g, const finding& first) -> std::string {
    if (by == finding_grouping::client) {
      if (!g.empty()) return std::string(nl ? "klant " : "client ") + g;
      return first.record_index == finding::no_record ? (nl ? "bestand " : "file ") + first.file
                                                      : (nl ? "klant (geen klantnummer)" : "client (no client id)");
    }
    const char* what = by == finding_grouping::caseworker ? (nl ? "klantmanager " : "caseworker ") : "team ";
    if (!g.empty()) return what + g;
    return first.record_index == finding::no_record ? (nl ? "bestand " : "file ") + first.file
                                                    : std::string(what) + (nl ? "(niet ingevuld)" : "(not filled)");
  };
  // groups in order of their first finding; within a worklist, findings per client in file order
  std::vector<std::string> order;
  std::map<std::string, std::vector<const finding*>> groups;
  for (const auto& f : all) {
    const std::string key = group_of(f) + (group_of(f).empty() && f.record_index == finding::no_record ? "\x1f" + f.file : "");
    auto& list = groups[key];
    if (list.empty()) order.push_back(key);
    list.push_back(&f);
  }
  for (const auto& key : order) {
    const auto& list = groups[key];
    std::cout << heading(group_of(*list.front()), *list.front()) << " (" << list.size() << ")\n";
    std::string line;  // one write per finding
    for (const auto* f : list) {
      line.assign("  ").append(f->file).append(1, ':').append(std::to_string(f->line)).append("  ").append(f->check).append("  ");
      line.append(severity_label(f->severity)(l));
      if (by != finding_grouping::client && !f->client_id.empty()) line.append("  ").append(nl ? "klant " : "client ").append(f->client_id);
      if (f->measured_on) line.append("  ").append(f->measured_on->iso());
      line.append("  ").append(f->message_in(l)).append(1, '\n');
      std::cout.write(line.data(), static_cast<std::streamsize>(line.size()));
    }
  }
  // summary per check id and severity (PL017 has variants of different severity)
  std::map<std::pair<std::string, severity>, std::size_t> counts;
  for (const auto& f : all) ++counts[{f.check, f.severity}];
  if (!all.empty()) std::cout << '\n';
  const auto& ref = outcome.reference;
  std::cout << (nl ? "samenvatting: " : "summary: ") << outcome.records << " records in " << outcome.sources.size()
            << (nl ? " bestand(en)" : " file(s)");
  for (std::size_t i = 0; i < outcome.sources.size() && i < outcome.encodings.size(); ++i)
    std::cout << (i ? ", " : " (") << outcome.sources[i] << ": " << outcome.encodings[i] << (i + 1 == outcome.sources.size() ? ")" : "");
  std::cout << (nl ? ", peildatum " : ", reference date ")
            << (ref.day ? ref.iso() : std::string(nl ? "geen (geen leesbare meetdatum)" : "none (no readable measured_on)"))
            << (ref.from_data && ref.day ? (nl ? " (laatste meetdatum)" : " (latest measured_on)") : "") << ", " << all.size()
            << (nl ? " bevindingen: " : " findings: ") << outcome.errors << (nl ? " fouten, " : " errors, ") << outcome.warnings
            << (nl ? " waarschuwingen, " : " warnings, ") << outcome.infos << " info\n";
  for (const auto& [key, n] : counts) std::cout << "  " << key.first << "  " << severity_label(key.second)(l) << "  " << n << '\n';
  print_name_variants(outcome, l);
}

}  // namespace pl::cli
