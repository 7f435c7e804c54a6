// SPDX-License-Identifier: Apache-2.0
// The conformance report of a municipality's export (SPEC §11 "Conformance report for an
// export", SPEC §9 comparability): can a benchmark coordinator compare this export with others?
//
// - valid records (issue 21: judged on what the benchmark uses): of the records measured on or
//   before the reference date (later ones are outside the period, counted apart, never invalid),
//   those without an error-severity finding (SPEC §8 checks with their default severities, and the
//   `input` findings of unreadable values) on a field the benchmark uses (`benchmark_uses`: the
//   client id, birth date, postal code, sub-steps and fields 10–23; a finding naming no field
//   counts). A failed BSN eleven-test does not make a record invalid: the BSN is never exported.
//   Both kinds are broken down per check (`invalid_by_check`, `not_used_by_check`);
// - filled share per key: every non-personal SPEC §6 key except the free field (what a benchmark
//   can use), over all records read;
// - code-list violations: values of coded keys (step, growth, income, yes/no, …; not free text or
//   dates) that could not be read, per key;
// - comparability warnings (SPEC §9): every sub-step with clients whose national step differs from
//   its base step — taken from the placement report (reports/placement.hpp, `other_national`), not
//   recomputed — and sub-steps the extension set does not define (their national step is unknown);
// - verdict: comparable unless a rule fails; each failed rule is a reason. A sub-step the
//   extension set does not define is a reason (`sub_steps_undefined`: its national step is unknown,
//   SPEC §9); a declared sub-step on another national step is a warning only (the benchmark
//   converts it).
#pragma once

#include "../checks.hpp"
#include "../extensions.hpp"
#include "../fields.hpp"
#include "../finding.hpp"
#include "../lang.hpp"
#include "../record.hpp"
#include "../reports/placement.hpp"
#include "../reports/rounding.hpp"

#include <map>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace pl::benchmark {

/// The thresholds of the verdict (docs/benchmark-exchange.md), a setting of the coordinator.
struct conformance_thresholds {
  int min_pct_valid = 90;            ///< share of valid records
  int min_pct_required_filled = 95;  ///< client_id, measured_on and step each
  int min_pct_growth_filled = 80;    ///< growth potential or a one-year target, on steps 1–5
  int max_pct_code_violations = 5;   ///< records with an unreadable coded value
};

struct key_fill {
  std::string key;
  std::size_t filled = 0;
  int pct = 0;  ///< of all records, rounded half up
};

struct code_list_violation {
  std::string key;
  std::size_t values = 0;
};

struct comparability_warning {
  std::string sub_step;           ///< `2.4`
  std::optional<step> base;       ///< the step it is registered under
  std::optional<step> national;   ///< the national step (empty: not declared, the set does not define it)
  std::size_t clients = 0;        ///< clients shown on it as of the reference date (0 for undefined ones: records)
  std::size_t records = 0;        ///< undefined sub-steps: records carrying it
  std::string message_nl, message_en;
};

/// One rule of the verdict; `id` is stable (JSON, tests).
struct conformance_reason {
  std::string id;
  std::string message_nl, message_en;
};

/// Records with an error finding of one check.
struct check_count {
  std::string check;  ///< `PL001` … or `input`
  std::size_t records = 0;
};

/// Whether the benchmark uses the SPEC §6 key `key` (a record's error on it makes it invalid).
inline bool benchmark_uses(std::string_view key) {
  if (key == "client_id" || key == "birth_date" || key == "postal_code" || key == "sub_steps" || key == "sub_step") return true;
  const auto* f = find_field(key);
  return f && f->benchmark;
}

struct data_conformance {
  date reference;
  std::size_t records = 0, clients = 0, valid_records = 0;
  std::size_t records_after_reference = 0;     ///< outside the period: not judged
  std::vector<check_count> invalid_by_check;   ///< records made invalid, per check
  std::vector<check_count> not_used_by_check;  ///< records with an error only on fields the benchmark does not use
  int pct_valid = 0;
  std::vector<key_fill> filled;
  std::vector<code_list_violation> violations;
  std::size_t records_with_violation = 0;
  int pct_growth_filled = 0;  ///< clients on 1–5 (as of the reference date) with an effective growth flag
  std::vector<comparability_warning> comparability;
  bool comparable = true;
  std::vector<conformance_reason> reasons;  ///< why not comparable (empty when comparable)
  conformance_thresholds thresholds;
};

namespace detail {
inline bool coded(value_kind k) noexcept { return k != value_kind::text && k != value_kind::date; }
inline const value_style iso_style = value_style::iso();
}  // namespace detail

/// The conformance of `records` (with the readers' `input` findings) as of `reference`, with the
/// municipality's extension set `ext` (may be null).
inline data_conformance assess_conformance(std::span<const record> records, std::span<const finding> input, const date& reference,
                                           const extension_set* ext = nullptr, conformance_thresholds th = {}) {
  data_conformance c;
  c.reference = reference;
  c.thresholds = th;
  c.records = records.size();
  std::set<std::string, std::less<>> clients;
  for (const auto& r : records)
    if (!r.client_id.empty()) clients.insert(r.client_id);
  c.clients = clients.size();

  // valid records: no error finding (SPEC §8 checks, default severities; unreadable values)
  check_config config;
  config.extensions = ext;
  std::vector<bool> invalid(records.size(), false), after(records.size(), false);
  for (std::size_t i = 0; i < records.size(); ++i) after[i] = records[i].measured_on && reference < *records[i].measured_on;
  c.records_after_reference = static_cast<std::size_t>(std::count(after.begin(), after.end(), true));
  std::map<std::string, std::set<std::size_t>> invalid_by, unused_by;
  auto mark = [&](const finding& f) {
    if (f.severity != severity::error || f.record_index == finding::no_record || f.record_index >= invalid.size() || after[f.record_index]) return;
    bool used = f.fields.empty() && f.key.empty();
    for (const auto& k : f.fields) used = used || benchmark_uses(k);
    if (!f.key.empty()) used = used || benchmark_uses(f.key);
    if (used) {
      invalid[f.record_index] = true;
      invalid_by[f.check].insert(f.record_index);
    } else {
      unused_by[f.check].insert(f.record_index);
    }
  };
  for (const auto& f : run_checks(records, reference, config)) mark(f);
  for (const auto& f : input) mark(f);
  const std::size_t judged = c.records - c.records_after_reference;
  c.valid_records = judged - static_cast<std::size_t>(std::count(invalid.begin(), invalid.end(), true));
  c.pct_valid = reports::percent(c.valid_records, judged).value_or(0);
  for (const auto& [id, rs] : invalid_by) c.invalid_by_check.push_back({id, rs.size()});
  for (const auto& [id, rs] : unused_by) c.not_used_by_check.push_back({id, rs.size()});

  // filled share per key
  for (const auto& fi : field_table) {
    if (fi.personal || fi.key == "free_field") continue;
    key_fill k{std::string(fi.key), 0, 0};
    for (const auto& r : records)
      if (!fi.format(r, detail::iso_style).empty()) ++k.filled;
    k.pct = reports::percent(k.filled, c.records).value_or(0);
    c.filled.push_back(std::move(k));
  }

  // code-list violations
  std::set<std::size_t> violating;
  for (const auto& fi : field_table) {
    if (fi.personal || !detail::coded(fi.kind)) continue;
    code_list_violation v{std::string(fi.key), 0};
    for (const auto& f : input)
      if (f.check == input_check_id && f.record_index != finding::no_record && f.key == fi.key) {
        ++v.values;
        violating.insert(f.record_index);
      }
    if (v.values > 0) c.violations.push_back(std::move(v));
  }
  c.records_with_violation = violating.size();

  // growth potential filled on steps 1–5 (the flag the benchmark compares, SPEC §5)
  const auto p = reports::placement(records, reference, ext);
  if (const auto* t = p.row("total_1_5"))
    c.pct_growth_filled = reports::percent(t->clients - p.unknown_gp, t->clients).value_or(100);

  // comparability (SPEC §9): the placement report's sub-steps on another national step
  for (const auto& [def, n] : p.other_national) {
    comparability_warning w;
    w.sub_step = def.code.to_string();
    w.base = def.code.base;
    w.national = def.national();
    w.clients = n;
    w.message_nl = "subtrede " + w.sub_step + " (" + def.label_nl + ", " + std::to_string(n) + " klanten) ligt volgens de landelijke afbakening op trede " +
                   to_string(def.national()) + ", niet op " + to_string(def.code.base) + "; de benchmark telt deze klanten op trede " +
                   to_string(def.national()) + " (bepalingswijze conversion)";
    w.message_en = "sub-step " + w.sub_step + " (" + std::string(def.label(lang::en)) + ", " + std::to_string(n) +
                   " clients) lies on step " + to_string(def.national()) + " by the national delimitation, not on " + to_string(def.code.base) +
                   "; the benchmark counts these clients on step " + to_string(def.national()) + " (determination conversion)";
    c.comparability.push_back(std::move(w));
  }
  std::vector<std::pair<sub_step, std::size_t>> undefined;
  for (const auto& r : records)
    for (const auto& s : r.sub_steps) {
      if (ext && ext->defines(s)) continue;
      auto it = std::find_if(undefined.begin(), undefined.end(), [&](const auto& u) { return u.first == s; });
      if (it == undefined.end()) undefined.emplace_back(s, 1);
      else ++it->second;
    }
  std::sort(undefined.begin(), undefined.end());
  for (const auto& [s, n] : undefined) {
    comparability_warning w;
    w.sub_step = s.to_string();
    w.base = s.base;
    w.records = n;
    w.message_nl = "subtrede " + w.sub_step + " (" + std::to_string(n) + " records) staat niet in " +
                   (ext ? "de uitbreidingsset" : "een uitbreidingsset (geen --extensions gegeven)") +
                   ": of haar landelijke trede afwijkt is onbekend; de benchmark telt deze records op trede " + to_string(s.base);
    w.message_en = "sub-step " + w.sub_step + " (" + std::to_string(n) + " records) is not defined by " +
                   (ext ? "the extension set" : "an extension set (no --extensions given)") +
                   ": whether its national step differs is unknown; the benchmark counts these records on step " + to_string(s.base);
    c.comparability.push_back(std::move(w));
  }

  // verdict
  auto reason = [&](std::string id, std::string nl, std::string en) { c.reasons.push_back({std::move(id), std::move(nl), std::move(en)}); };
  if (c.records == 0) reason("no_records", "de export bevat geen records", "the export holds no records");
  if (c.pct_valid < th.min_pct_valid)
    reason("valid_records", std::to_string(c.pct_valid) + "% geldige records, minder dan " + std::to_string(th.min_pct_valid) + "%",
           std::to_string(c.pct_valid) + "% valid records, less than " + std::to_string(th.min_pct_valid) + "%");
  for (const auto& k : c.filled)
    if ((k.key == "client_id" || k.key == "measured_on" || k.key == "step") && k.pct < th.min_pct_required_filled)
      reason("required_filled:" + k.key, "verplicht veld " + std::string(find_field(k.key) ? find_field(k.key)->dutch_header() : std::string_view(k.key)) + " (" + k.key + ") is in " + std::to_string(k.pct) + "% gevuld, minder dan " + std::to_string(th.min_pct_required_filled) + "%",
             "required field " + k.key + " is filled in " + std::to_string(k.pct) + "%, less than " + std::to_string(th.min_pct_required_filled) + "%");
  if (c.pct_growth_filled < th.min_pct_growth_filled)
    reason("growth_filled", "groeipotentieel (of een doeltrede binnen een jaar) bij " + std::to_string(c.pct_growth_filled) + "% van de klanten op trede 1-5, minder dan " + std::to_string(th.min_pct_growth_filled) + "%",
           "growth potential (or a one-year target) for " + std::to_string(c.pct_growth_filled) + "% of the clients on steps 1-5, less than " + std::to_string(th.min_pct_growth_filled) + "%");
  const int pct_viol = reports::percent(c.records_with_violation, c.records).value_or(0);
  if (c.records > 0 && pct_viol > th.max_pct_code_violations)
    reason("code_list", std::to_string(pct_viol) + "% van de records heeft een waarde buiten de codelijst, meer dan " + std::to_string(th.max_pct_code_violations) + "%",
           std::to_string(pct_viol) + "% of the records hold a value outside the code list, more than " + std::to_string(th.max_pct_code_violations) + "%");
  if (!undefined.empty()) {
    std::string list;
    for (const auto& [s, n] : undefined) list += (list.empty() ? "" : ", ") + s.to_string();
    reason("sub_steps_undefined",
           "subtreden zonder landelijke trede (" + list + "): geef de uitbreidingsset met --extensions, met national_step per subtrede (SPEC §9)",
           "sub-steps without a national step (" + list + "): give the extension set with --extensions, with national_step per sub-step (SPEC §9)");
  }
  c.comparable = c.reasons.empty();
  return c;
}

}  // namespace pl::benchmark
