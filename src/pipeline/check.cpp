// SPDX-License-Identifier: Apache-2.0
#include "pipeline/check.hpp"

#include "support/parallel.hpp"

#include <participatieladder/fields.hpp>
#include <participatieladder/finding_names.hpp>
#include <participatieladder/reports/name_variants.hpp>
#include <participatieladder/io/input_consequences.hpp>

#include <algorithm>
#include <set>
#include <cctype>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>

namespace pl::pipeline {

void name_columns_as_written(const record_set& set, finding& f) {
  if (f.check == input_check_id || f.record_index == finding::no_record || f.record_index >= set.records.size()) return;
  const auto source = set.records[f.record_index].source;
  for (const auto& key : f.fields) {
    bool written = false;
    if (source < set.headers.size())
      for (const auto& [k, header] : set.headers[source])
        if (k == key) {
          if (f.message_nl.find(key) != std::string::npos) f.message_nl = replace_word(f.message_nl, key, header);
          if (f.message_en.find(key) != std::string::npos) f.message_en = replace_word(f.message_en, key, header);
          written = true;
        }
    // A column the file names by its key, or does not have: the Dutch message uses the Dutch
    // header (`inkomenssituatie`, `antwoorden`), never the internal key.
    if (!written) name_field_in_dutch(f, key);
  }
}

void name_and_order(const record_set& set, std::vector<finding>& findings) {
  for (auto& f : findings) {
    if (f.record_index == finding::no_record || f.record_index >= record_count(set)) continue;
    if (set.records.empty() && set.store) {  // read for tables only: the store knows the file and who is responsible
      const auto& m = set.store->rows()[f.record_index];
      if (f.file.empty() && m.source < set.sources.size()) f.file = set.sources[m.source];
      f.caseworker = set.store->unit_of(m).caseworker;
      f.team = set.store->unit_of(m).team;
      continue;  // only input findings come with such a set (no check ran on it)
    }
    const record& r = set.records[f.record_index];
    if (f.file.empty() && r.source < set.sources.size()) f.file = set.sources[r.source];
    f.caseworker = r.caseworker;  // worklists per caseworker or team (SPEC §10: the caseworker's view)
    f.team = r.team;
    name_columns_as_written(set, f);
  }
  // by file, then line, an input finding before the checks' findings on its line; otherwise as they
  // came. The sort moves small keys; every finding is moved once, into its place.
  struct key {
    std::size_t source, line;
    bool input;
    std::size_t at;
  };
  std::vector<key> keys;
  keys.reserve(findings.size());
  for (std::size_t i = 0; i < findings.size(); ++i)
    keys.push_back({source_of(set, findings[i]), findings[i].line, findings[i].check == input_check_id, i});
  std::stable_sort(keys.begin(), keys.end(), [](const key& a, const key& b) {
    if (a.source != b.source) return a.source < b.source;
    if (a.line != b.line) return a.line < b.line;
    return a.input > b.input;
  });
  std::vector<finding> ordered;
  ordered.reserve(findings.size());
  for (const auto& k : keys) ordered.push_back(std::move(findings[k.at]));
  findings = std::move(ordered);
}

namespace {
/// The distinct values of one text field of `records`, each once, in order of first appearance:
/// name_variants looks at every spelling once, so it needs them once, not once per record (a
/// million copies of a few dozen names).
std::vector<std::string> distinct_texts(std::span<const record> records, std::string record::*field) {
  std::unordered_set<std::string_view> seen;
  std::vector<std::string> out;
  const std::string* last = nullptr;
  for (const auto& r : records) {
    const std::string& text = r.*field;
    if (last && text == *last) continue;  // the records of one caseworker or team mostly come together
    last = &text;
    if (seen.insert(text).second) out.push_back(text);
  }
  return out;
}

/// run_checks over the records in parts of about equal size, one per thread, joined in order
/// (check_threads); the number of parts in `parts_used`.
std::vector<finding> run_checks_on_threads(std::span<const record> records, const date& reference, const check_config& config,
                                           const check_threads& how, std::span<const std::uint64_t> absent, not_run_set& not_run,
                                           std::size_t& parts_used) {
  const std::size_t min_part = std::max<std::size_t>(1, how.min_part_records);
  const std::size_t n = std::max<std::size_t>(1, std::min<std::size_t>(support::thread_count(how.threads), records.size() / min_part));
  parts_used = n;
  const check_plan plan = plan_checks(records, reference, config, absent);
  std::vector<std::vector<finding>> parts(n);
  std::vector<not_run_set> skipped(n);
  support::on_threads(n, [&](std::size_t k) {
    run_checks(plan, records, records.size() * k / n, records.size() * (k + 1) / n, parts[k], &skipped[k]);
  });
  for (auto& s : skipped) not_run.insert(s.begin(), s.end());
  std::vector<finding> out = std::move(parts[0]);
  for (std::size_t k = 1; k < n; ++k) std::move(parts[k].begin(), parts[k].end(), std::back_inserter(out));
  return out;
}
/// SPEC §8 (revised), absent columns: per source where a check was not run for an absent column and
/// would have fired on a record with the column's values empty (`not_run`), one finding naming
/// those columns (as Dutch headers; keys in English) and the checks.
}  // namespace

std::vector<finding> absent_column_findings(const record_set& set, const check_config& config, const not_run_set& not_run) {
  const std::vector<std::uint64_t> absent = absent_columns_by_source(set);
  const std::vector<active_rule> rules = active_rules(config);
  std::vector<finding> out;
  for (std::size_t s = 0; s < absent.size() && s < set.sources.size(); ++s) {
    if (absent[s] == 0) continue;
    std::uint64_t blocking = 0;
    std::vector<std::string> checks;
    for (std::size_t k = 0; k < rules.size(); ++k) {
      const auto& a = rules[k];
      if (not_run.count({static_cast<std::uint32_t>(s), k}) == 0) continue;
      for (const auto n : a.rule->needs)
        if (n != 0 && (n & ~absent[s]) == 0) blocking |= n;
      if (checks.empty() || checks.back() != a.check->id) checks.emplace_back(a.check->id);
    }
    if (checks.empty()) continue;
    finding f;
    f.check = std::string(input_check_id);
    f.severity = severity::info;
    f.file = set.sources[s];
    f.line = 1;
    std::string nl, en, ids;
    for (std::size_t i = 0; i < field_table.size(); ++i) {
      if ((blocking >> i & 1) == 0) continue;
      f.fields.emplace_back(field_table[i].key);
      nl += (nl.empty() ? "" : ", ") + std::string(field_table[i].dutch_header());
      en += (en.empty() ? "" : ", ") + std::string(field_table[i].key);
    }
    for (const auto& c : checks) ids += (ids.empty() ? "" : ", ") + c;
    f.message_nl = "het bestand heeft geen kolom " + nl + "; daardoor niet uitgevoerd: " + ids +
                   " (de cijfers die deze kolommen nodig hebben zijn niet beschikbaar)";
    f.message_en = "the file has no column " + en + "; therefore not run: " + ids +
                   " (the figures that need these columns are not available)";
    out.push_back(std::move(f));
  }
  return out;
}

std::vector<finding> checked_findings(const record_set& set, const date& reference, const check_config& config, const check_threads& how,
                                      not_run_set* not_run, std::size_t* parts) {
  const std::vector<std::uint64_t> absent = absent_columns_by_source(set);
  not_run_set skipped;
  std::size_t parts_used = 0;
  std::vector<finding> found = run_checks_on_threads(set.records, reference, config, how, absent, skipped, parts_used);
  if (parts) *parts = parts_used;
  drop_input_consequences(found, set.findings);  // an unreadable value is reported once (SPEC §6)
  std::vector<finding> out;
  if (not_run) not_run->insert(skipped.begin(), skipped.end());
  else out = absent_column_findings(set, config, skipped);
  out.reserve(out.size() + set.findings.size() + found.size());
  out.insert(out.end(), set.findings.begin(), set.findings.end());
  std::move(found.begin(), found.end(), std::back_inserter(out));
  name_and_order(set, out);
  return out;
}

std::vector<finding> current_only(const record_set& set, std::vector<finding> findings, const date& reference) {
  const std::vector<history_facts> facts = build_history_facts(set.records, reference);
  std::erase_if(findings, [&](const finding& f) {
    if (f.record_index == finding::no_record || f.record_index >= set.records.size()) return false;
    const record& r = set.records[f.record_index];
    if (r.client_id.empty() || !r.measured_on) return false;  // not in any history: cannot be superseded
    return !facts[f.record_index].latest_as_of_reference;
  });
  return findings;
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
  return check(set, reference_given, config, check_threads{.threads = threads});
}

result<check_outcome> check(const record_set& set, std::string_view reference_given, const check_config& config,
                            const check_threads& how) {
  check_outcome out;
  PL_TRY(reference, resolve_reference_date(reference_given, set.records, "reference_date"));
  out.reference = reference;
  out.findings = checked_findings(set, out.reference.value(), config, how, nullptr, &out.parts);
  count_severities(out);
  out.records = set.records.size();
  out.sources = set.sources;
  out.encodings = set.encodings;
  out.similar_caseworkers = reports::name_variants(distinct_texts(set.records, &record::caseworker));
  out.similar_teams = reports::name_variants(distinct_texts(set.records, &record::team));
  return out;
}

}  // namespace pl::pipeline
