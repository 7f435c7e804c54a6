// SPDX-License-Identifier: Apache-2.0
#include "pipeline/check.hpp"

#include "support/parallel.hpp"

#include <participatieladder/fields.hpp>
#include <participatieladder/io/input_consequences.hpp>

#include <algorithm>
#include <cctype>
#include <string>
#include <utility>

namespace pl::pipeline {

namespace {

bool word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_'; }

/// `text` with every whole-word `key` replaced by `header`.
std::string replace_word(const std::string& text, std::string_view key, std::string_view header) {
  std::string out;
  std::size_t pos = 0;
  while (true) {
    const auto at = text.find(key, pos);
    if (at == std::string::npos) break;
    const bool starts = at == 0 || !word_char(text[at - 1]);
    const bool ends = at + key.size() >= text.size() || !word_char(text[at + key.size()]);
    out.append(text, pos, at - pos);
    out += starts && ends ? header : key;
    pos = at + key.size();
  }
  out.append(text, pos, std::string::npos);
  return out;
}

}  // namespace

void name_columns_as_written(const record_set& set, finding& f) {
  if (f.check == input_check_id || f.record_index == finding::no_record || f.record_index >= set.records.size()) return;
  const auto source = set.records[f.record_index].source;
  for (const auto& key : f.fields) {
    bool written = false;
    if (source < set.headers.size())
      for (const auto& [k, header] : set.headers[source])
        if (k == key) {
          f.message_nl = replace_word(f.message_nl, key, header);
          f.message_en = replace_word(f.message_en, key, header);
          written = true;
        }
    // A column the file names by its key, or does not have: the Dutch message uses the Dutch
    // header (`inkomenssituatie`, `antwoorden`), never the internal key.
    if (!written)
      if (const field_info* field = field_by_key(key); field != nullptr && field->dutch_header() != field->key) {
        const std::string dutch(field->dutch_header());
        f.message_nl = replace_word(f.message_nl, key, dutch);
        // a template that already named the Dutch header after the key: "X (X)" once
        for (std::size_t at; (at = f.message_nl.find(dutch + " (" + dutch + ")")) != std::string::npos;)
          f.message_nl.erase(at + dutch.size(), dutch.size() + 3);
      }
  }
}

void name_and_order(const record_set& set, std::vector<finding>& findings) {
  for (auto& f : findings) {
    if (f.record_index == finding::no_record || f.record_index >= set.records.size()) continue;
    const record& r = set.records[f.record_index];
    if (f.file.empty() && r.source < set.sources.size()) f.file = set.sources[r.source];
    f.caseworker = r.caseworker;  // worklists per caseworker or team (SPEC §10: the caseworker's view)
    f.team = r.team;
    name_columns_as_written(set, f);
  }
  std::vector<std::pair<std::size_t, finding>> keyed;
  keyed.reserve(findings.size());
  for (auto& f : findings) keyed.emplace_back(source_of(set, f), std::move(f));
  std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) {
    if (a.first != b.first) return a.first < b.first;
    if (a.second.line != b.second.line) return a.second.line < b.second.line;
    return (a.second.check == input_check_id) > (b.second.check == input_check_id);
  });
  findings.clear();
  for (auto& [source, f] : keyed) findings.push_back(std::move(f));
}

namespace {
/// run_checks over the records in parts of about equal size, one per thread, joined in order.
std::vector<finding> run_checks_on_threads(std::span<const record> records, const date& reference, const check_config& config,
                                           unsigned threads) {
  constexpr std::size_t min_part = 16384;  // smaller parts are not worth a thread
  const std::size_t n = std::max<std::size_t>(1, std::min<std::size_t>(support::thread_count(threads), records.size() / min_part));
  const check_plan plan = plan_checks(records, reference, config);
  std::vector<std::vector<finding>> parts(n);
  support::on_threads(n, [&](std::size_t k) {
    run_checks(plan, records, records.size() * k / n, records.size() * (k + 1) / n, parts[k]);
  });
  std::vector<finding> out = std::move(parts[0]);
  for (std::size_t k = 1; k < n; ++k) std::move(parts[k].begin(), parts[k].end(), std::back_inserter(out));
  return out;
}
}  // namespace

std::vector<finding> checked_findings(const record_set& set, const date& reference, const check_config& config, unsigned threads) {
  std::vector<finding> found = run_checks_on_threads(set.records, reference, config, threads);
  drop_input_consequences(found, set.findings);  // an unreadable value is reported once (SPEC §6)
  std::vector<finding> out;
  out.reserve(set.findings.size() + found.size());
  out.insert(out.end(), set.findings.begin(), set.findings.end());
  std::move(found.begin(), found.end(), std::back_inserter(out));
  name_and_order(set, out);
  return out;
}

void count_severities(check_outcome& out) {
  out.errors = out.warnings = out.infos = 0;
  for (const auto& f : out.findings) {
    switch (f.severity) {
      case severity::error: ++out.errors; break;
      case severity::warning: ++out.warnings; break;
      case severity::info: ++out.infos; break;
    }
  }
}

result<check_outcome> check(const record_set& set, std::string_view reference_given, const check_config& config, unsigned threads) {
  check_outcome out;
  PL_TRY(reference, resolve_reference_date(reference_given, set.records, "reference_date"));
  out.reference = reference;
  out.findings = checked_findings(set, out.reference.value(), config, threads);
  count_severities(out);
  out.records = set.records.size();
  out.sources = set.sources;
  out.encodings = set.encodings;
  return out;
}

}  // namespace pl::pipeline
