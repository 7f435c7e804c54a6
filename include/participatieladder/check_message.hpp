// SPDX-License-Identifier: Apache-2.0
// Filling the message templates of the check catalogue (SPEC §8: "a message in Dutch and English
// naming the fields involved"). Each placeholder is one row of `message_placeholders`; only
// non-personal values have a placeholder (SPEC §11: no bsn, names, birth_date, address,
// postal_code or city — there is no way to put them into a message).
#pragma once

#include "check_rules.hpp"
#include "growth.hpp"
#include "lang.hpp"
#include "questionnaire.hpp"
#include "record.hpp"
#include "step.hpp"

#include <array>
#include <string>
#include <string_view>

namespace pl {

/// What a placeholder can draw on.
struct message_input {
  const check_input& in;
  std::span<const record> records;  ///< the whole set (PL020 names the other measurement)
  std::size_t index;                ///< of in.r in records
  lang language;
};

namespace message_detail {

inline std::string empty_value(lang l) { return l == lang::nl ? "(leeg)" : "(empty)"; }

inline std::string yes_no(const std::optional<bool>& v, lang l) {
  if (!v) return empty_value(l);
  return *v ? (l == lang::nl ? "ja" : "yes") : (l == lang::nl ? "nee" : "no");
}

inline std::string of_step(const std::optional<step>& s, lang l) { return s ? to_string(*s) : empty_value(l); }

inline std::string of_date(const std::optional<date>& d, lang l) { return d ? d->iso() : empty_value(l); }

/// SPEC §6 field 15 letters a–d.
inline std::string of_income(const std::optional<income>& i, lang l) {
  if (!i) return empty_value(l);
  switch (*i) {
    case income::municipal_benefit: return "a";
    case income::uwv_benefit: return "b";
    case income::no_benefit: return "c";
    case income::work: return "d";
  }
  return empty_value(l);
}

using placeholder_fn = std::string (*)(const message_input&);

struct placeholder {
  std::string_view name;
  placeholder_fn value;
};

inline std::string step_value(const message_input& m) { return of_step(m.in.r.step, m.language); }
inline std::string growth_value(const message_input& m) {
  return m.in.r.growth_potential ? std::string(to_string(*m.in.r.growth_potential)) : empty_value(m.language);
}
inline std::string target_value(const message_input& m) { return of_step(m.in.r.target_step, m.language); }
/// SPEC §5: an empty horizon means one year; the message says so.
inline std::string horizon_value(const message_input& m) {
  if (m.in.r.target_horizon) return std::string(to_string(*m.in.r.target_horizon));
  return m.language == lang::nl ? "1y (leeg = één jaar)" : "1y (empty = one year)";
}
inline std::string integration_exemption_value(const message_input& m) { return yes_no(m.in.r.integration_exemption, m.language); }
inline std::string income_value(const message_input& m) { return of_income(m.in.r.income_situation, m.language); }
inline std::string in_use_value(const message_input& m) { return yes_no(m.in.r.instrument_in_use, m.language); }
inline std::string deployed_value(const message_input& m) { return yes_no(m.in.r.instrument_deployed, m.language); }
inline std::string obligation_value(const message_input& m) { return yes_no(m.in.r.integration_obligation, m.language); }
inline std::string exemption_value(const message_input& m) {
  if (!m.in.r.work_obligation_exemption_code.empty()) return m.in.r.work_obligation_exemption_code;
  return yes_no(m.in.r.work_obligation_exemption, m.language);
}
inline std::string measured_on_value(const message_input& m) { return of_date(m.in.r.measured_on, m.language); }
inline std::string next_due_value(const message_input& m) { return of_date(m.in.r.next_measurement_due, m.language); }
inline std::string exit_date_value(const message_input& m) { return of_date(m.in.r.exit_date, m.language); }
inline std::string exit_reason_value(const message_input& m) {
  if (!m.in.r.exit_reason) return empty_value(m.language);
  return std::string(m.language == lang::nl ? info(*m.in.r.exit_reason).dutch : info(*m.in.r.exit_reason).key);
}
inline std::string reference_value(const message_input& m) { return m.in.context.reference.iso(); }
inline std::string reassessment_value(const message_input& m) { return std::to_string(m.in.context.reassessment_months); }
inline std::string intake_months_value(const message_input& m) { return std::to_string(m.in.context.intake_months); }
inline std::string intake_end_value(const message_input& m) { return rules::intake_end(m.in).iso(); }
inline std::string answers_step_value(const message_input& m) {
  if (!m.in.r.answers) return empty_value(m.language);
  return of_step(walk(*m.in.r.answers).result, m.language);
}
inline std::string reintegration_answers_value(const message_input& m) {
  std::string out;
  for (const int q : {11, 15})
    if (m.in.r.answers && m.in.r.answers->get(q) == true) out += (out.empty() ? "" : " ") + std::to_string(q) + ":J";
  return out.empty() ? (m.language == lang::nl ? "geen 11:J/15:J" : "no 11:J/15:J") : out;
}
inline std::string sub_step_value(const message_input& m) {
  std::string out;
  for (const auto& s : m.in.r.sub_steps) {
    if (!out.empty()) out += ',';
    out += s.to_string();
  }
  return out.empty() ? empty_value(m.language) : out;
}
/// PL014: per offending sub-step why (SPEC §9): another base step than the registered step, or —
/// with an extension set — not defined by it.
inline std::string sub_step_problem_value(const message_input& m) {
  const bool nl = m.language == lang::nl;
  std::string out;
  for (const auto& s : m.in.r.sub_steps) {
    std::string why;
    if (m.in.r.step && s.base != *m.in.r.step)
      why = s.to_string() + (nl ? " valt niet onder step " : " is not under step ") + to_string(*m.in.r.step);
    else if (m.in.context.extensions && !m.in.context.extensions->defines(s))
      why = s.to_string() + (nl ? " staat niet in de lokale uitbreiding" : " is not in the local extension set");
    if (!why.empty()) out += (out.empty() ? "" : "; ") + why;
  }
  return out.empty() ? empty_value(m.language) : out;
}
/// PL020: where the other measurement on the same date is: its line in the file, else its index.
inline std::string duplicate_of_value(const message_input& m) {
  const auto other = m.in.history.duplicate_of;
  if (other == history_facts::none || other >= m.records.size()) return empty_value(m.language);
  const auto line = m.records[other].line;
  if (line != 0) return (m.language == lang::nl ? "zelfde datum als regel " : "same date as line ") + std::to_string(line);
  return (m.language == lang::nl ? "zelfde datum als record " : "same date as record ") + std::to_string(other);
}

inline constexpr std::array<placeholder, 23> message_placeholders{{
    {"step", step_value},
    {"growth_potential", growth_value},
    {"target_step", target_value},
    {"target_horizon", horizon_value},
    {"integration_exemption", integration_exemption_value},
    {"income_situation", income_value},
    {"instrument_in_use", in_use_value},
    {"instrument_deployed", deployed_value},
    {"integration_obligation", obligation_value},
    {"work_obligation_exemption", exemption_value},
    {"measured_on", measured_on_value},
    {"next_measurement_due", next_due_value},
    {"exit_date", exit_date_value},
    {"exit_reason", exit_reason_value},
    {"reference_date", reference_value},
    {"reassessment_months", reassessment_value},
    {"intake_months", intake_months_value},
    {"intake_end", intake_end_value},
    {"answers_step", answers_step_value},
    {"reintegration_answers", reintegration_answers_value},
    {"sub_step", sub_step_value},
    {"sub_step_problem", sub_step_problem_value},
    {"duplicate_of", duplicate_of_value},
}};

constexpr bool has_placeholder(std::string_view name) noexcept {
  for (const auto& p : message_placeholders)
    if (p.name == name) return true;
  return false;
}

inline const placeholder* find_placeholder(std::string_view name) noexcept {
  for (const auto& p : message_placeholders)
    if (p.name == name) return &p;
  return nullptr;
}

/// Every `{name}` in every template of the catalogue has a placeholder row.
constexpr bool template_is_known(std::string_view t) noexcept {
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (t[i] != '{') continue;
    const auto close = t.find('}', i);
    if (close == std::string_view::npos || !has_placeholder(t.substr(i + 1, close - i - 1))) return false;
    i = close;
  }
  return true;
}

constexpr bool all_templates_known() noexcept {
  for (const auto& c : check_catalogue) {
    if (!template_is_known(c.message.nl) || !template_is_known(c.message.en)) return false;
    for (const auto& v : c.variants)
      if (!template_is_known(v.message.nl) || !template_is_known(v.message.en)) return false;
  }
  return true;
}
static_assert(all_templates_known(), "every {placeholder} in the catalogue's messages is defined");

}  // namespace message_detail

/// Fill a template of the catalogue for one record.
inline std::string render_message(std::string_view tmpl, const message_input& m) {
  std::string out;
  out.reserve(tmpl.size() + 32);
  std::size_t i = 0;
  while (i < tmpl.size()) {
    const auto open = tmpl.find('{', i);
    out += tmpl.substr(i, open == std::string_view::npos ? std::string_view::npos : open - i);  // the text up to a `{`, at once
    if (open == std::string_view::npos) break;
    const auto close = tmpl.find('}', open);
    if (close != std::string_view::npos)
      if (const auto* p = message_detail::find_placeholder(tmpl.substr(open + 1, close - open - 1))) {
        out += p->value(m);
        i = close + 1;
        continue;
      }
    out += '{';  // not a placeholder: the brace as written
    i = open + 1;
  }
  return out;
}

}  // namespace pl
