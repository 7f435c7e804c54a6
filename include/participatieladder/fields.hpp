// SPDX-License-Identifier: Apache-2.0
// The base data set (gegevensset) as a table, SPEC §6: one row per key with its Dutch header
// aliases, SPEC field number, value kind, whether it is personal data and whether it goes into a
// benchmark export (SPEC §11), and how its value is read from and written to text.
//
// Reading is exactly SPEC §6: an empty value is "not filled" (never an error, never a default);
// a value that cannot be read is an error naming the key, the value and why — except for
// personal fields, whose value is never echoed (SPEC §11). Header-only, no protobuf.
#pragma once

#include "answers.hpp"
#include "date.hpp"
#include "error.hpp"
#include "growth.hpp"
#include "lang.hpp"
#include "record.hpp"
#include "step.hpp"
#include "text_util.hpp"
#include "yes_no.hpp"

#include <array>
#include <cstdio>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace pl {

/// How a value is spelled in a file (SPEC §6).
enum class value_kind : unsigned char {
  text,           ///< free text, kept as given (trimmed)
  date,           ///< YYYY-MM-DD or DD-MM-YYYY
  gender,         ///< M, V, O
  step,           ///< 0–6 or 9; notation 2+/3- sets growth_potential
  growth,         ///< + / 0, graded ++ / --, or a yes/no spelling
  target_step,    ///< 1–6 or notation 3+/3-/6 (sets target_growth)
  horizon,        ///< 1y, 5y, ever
  income,         ///< a, b, c, d (or the label)
  yes_no,         ///< SPEC §6 yes/no spellings
  exemption,      ///< yes/no, or a municipal code (non-empty code = yes)
  sub_steps,      ///< 2.4 or 2.2,2.4
  determination,  ///< questionnaire, delimitation, conversion, unknown
  answers,        ///< 1:N 2:N 10:J
  exit_reason,    ///< work, education, moved, … (Dutch spellings too)
};

/// What a value of each kind must look like, for messages (nl canonical, en).
constexpr text expectation(value_kind k) noexcept {
  switch (k) {
    case value_kind::text: return {"tekst", "text"};
    case value_kind::date: return {"een bestaande datum JJJJ-MM-DD, DD-MM-JJJJ of D-M-JJJJ", "an existing date YYYY-MM-DD, DD-MM-YYYY or D-M-YYYY"};
    case value_kind::gender: return {"M, V of O", "M, V or O"};
    case value_kind::step: return {"0-6 of 9, of de notatie 2+/3- (geen teken bij 6, 0 en 9)", "0-6 or 9, or the notation 2+/3- (no sign on 6, 0 and 9)"};
    case value_kind::growth: return {"+ of 0", "+ or 0"};
    case value_kind::target_step: return {"1-6, of de notatie 3+/3-/6", "1-6, or the notation 3+/3-/6"};
    case value_kind::horizon: return {"1y, 5y of ever", "1y, 5y or ever"};
    case value_kind::income: return {"a, b, c of d", "a, b, c or d"};
    case value_kind::yes_no: return {"ja/nee (ook j/n, yes/no, true/false, 1/0)", "yes/no (also ja/nee, j/n, true/false, 1/0)"};
    case value_kind::exemption: return {"ja/nee of een gemeentelijke code", "yes/no or a municipal code"};
    case value_kind::sub_steps: return {"subtreden zoals 2.4 of 2.2,2.4", "sub-steps such as 2.4 or 2.2,2.4"};
    case value_kind::determination: return {"vragenlijst, afbakening, conversie of onbekend", "questionnaire, delimitation, conversion or unknown"};
    case value_kind::answers: return {"antwoorden zoals 1:N 2:N 10:J", "answers such as 1:N 2:N 10:J"};
    case value_kind::exit_reason: return {"werk, opleiding, verhuisd, andere uitkering, overleden, overig of onbekend", "work, education, moved, other_benefit, deceased, other or unknown"};
  }
  return {"", ""};
}

/// How values are written (SPEC §6 allows both on input).
struct value_style {
  bool dutch_dates = false;   ///< DD-MM-YYYY instead of YYYY-MM-DD
  bool dutch_yes_no = false;  ///< ja/nee instead of yes/no
  bool dutch_words = false;   ///< vragenlijst, 1 jaar … instead of questionnaire, 1y (read back alike)

  static constexpr value_style iso() noexcept { return {false, false, false}; }
  static constexpr value_style dutch() noexcept { return {true, true, false}; }
  /// Every value as a caseworker reads it: dates DD-MM-YYYY, ja/nee, the Dutch words for the
  /// determination method and the horizon (the input page's CSV).
  static constexpr value_style dutch_text() noexcept { return {true, true, true}; }
};

using parse_fn = result<void> (*)(record&, std::string_view);
/// The fast read of a field: true when the value was read into the record — exactly as parse_fn
/// reads it — without building a result or a message; false when it is not read here (parse_fn
/// then reads it or says why not). The hot path of reading files (issue 25): Boost.Outcome 2.1
/// builds the error of every result, also of one that holds a value.
using read_fn = bool (*)(record&, std::string_view);
using format_fn = std::string (*)(const record&, const value_style&);

/// One row of the SPEC §6 table.
struct field_info {
  std::string_view key;                      ///< canonical key: CSV header, JSON key, protobuf field
  std::array<std::string_view, 6> aliases;   ///< Dutch header aliases (first = Dutch header written)
  int number;                                ///< SPEC §6 field number, 0 where the SPEC has "–"
  value_kind kind;
  bool required;                             ///< client_id, measured_on, step (SPEC §6)
  bool personal;                             ///< SPEC §11: fields 1–9 and bsn, never logged or echoed
  bool benchmark;                            ///< SPEC §11: fields 10–23 go into a benchmark export
  parse_fn parse;                            ///< reads a non-empty, trimmed value into the record
  format_fn format;                          ///< writes the value; empty when not filled
  read_fn read = nullptr;                    ///< reads the common values fast (may decline: then parse)

  /// The Dutch header (first alias), else the key.
  constexpr std::string_view dutch_header() const noexcept { return aliases[0].empty() ? key : aliases[0]; }
};

// ---- value tables (SPEC §6) -----------------------------------------------------------------

struct gender_spelling { std::string_view text; pl::gender value; };
inline constexpr std::array<gender_spelling, 6> gender_spellings{{
    {"M", gender::male}, {"V", gender::female}, {"O", gender::unknown},
    {"man", gender::male}, {"vrouw", gender::female}, {"onbekend", gender::unknown},
}};

struct income_info { pl::income code; char letter; std::string_view label; };
/// SPEC §6 field 15.
inline constexpr std::array<income_info, 4> income_table{{
    {income::municipal_benefit, 'a', "gemeentelijke uitkering"},
    {income::uwv_benefit, 'b', "UWV-uitkering"},
    {income::no_benefit, 'c', "NUG-er"},
    {income::work, 'd', "werk"},
}};

struct determination_spelling { determination_method value; std::string_view key; std::string_view dutch; };
inline constexpr std::array<determination_spelling, 4> determination_table{{
    {determination_method::questionnaire, "questionnaire", "vragenlijst"},
    {determination_method::delimitation, "delimitation", "afbakening"},
    {determination_method::conversion, "conversion", "conversie"},
    {determination_method::unknown, "unknown", "onbekend"},
}};

inline std::optional<pl::gender> match_gender(std::string_view s) noexcept {
  const auto t = detail::trim(s);
  for (const auto& g : gender_spellings)
    if (detail::iequals(t, g.text)) return g.value;
  return std::nullopt;
}
inline result<pl::gender> parse_gender(std::string_view s) {
  if (const auto g = match_gender(s)) return *g;
  return fail(errc::parse, "'" + std::string(detail::trim(s)) + "' is not a gender (expected M, V or O)");
}

constexpr std::string_view to_string(pl::gender g) noexcept {
  return g == gender::male ? "M" : g == gender::female ? "V" : "O";
}

/// `a`, `a gemeentelijke uitkering` or `gemeentelijke uitkering` (any case); nothing when it is none.
inline std::optional<pl::income> match_income(std::string_view s) noexcept {
  const auto t = detail::trim(s);
  for (const auto& i : income_table) {
    const bool letter = !t.empty() && detail::ascii_lower(t[0]) == i.letter;
    if ((t.size() == 1 && letter) || detail::iequals(t, i.label)) return i.code;
    if (letter && t.size() > 1 && (t[1] == ' ' || t[1] == '.' || t[1] == ')') && detail::iequals(detail::trim(t.substr(2)), i.label))
      return i.code;
  }
  return std::nullopt;
}
inline result<pl::income> parse_income(std::string_view s) {
  if (const auto i = match_income(s)) return *i;
  return fail(errc::parse, "'" + std::string(detail::trim(s)) + "' is not an income situation (expected a, b, c or d)");
}

constexpr const income_info& info(pl::income i) noexcept {
  for (const auto& x : income_table)
    if (x.code == i) return x;
  return income_table[0];
}

inline std::optional<determination_method> match_determination(std::string_view s) noexcept {
  const auto t = detail::trim(s);
  for (const auto& d : determination_table)
    if (detail::iequals(t, d.key) || detail::iequals(t, d.dutch)) return d.value;
  return std::nullopt;
}
inline result<determination_method> parse_determination(std::string_view s) {
  if (const auto d = match_determination(s)) return *d;
  return fail(errc::parse, "'" + std::string(detail::trim(s)) + "' is not a determination method (expected questionnaire, delimitation, conversion or unknown)");
}

constexpr std::string_view to_string(determination_method m) noexcept {
  for (const auto& d : determination_table)
    if (d.value == m) return d.key;
  return "unknown";
}

/// The Dutch word of a determination method (`vragenlijst`, …), read back like the key.
constexpr std::string_view dutch_word(determination_method m) noexcept {
  for (const auto& d : determination_table)
    if (d.value == m) return d.dutch;
  return "onbekend";
}

/// Sub-steps `2.4` or several `2.2,2.4` (also `;` or blanks between them), SPEC §9. The base must
/// be a ladder step 1–6, the number a positive integer.
inline result<std::vector<sub_step>> parse_sub_steps(std::string_view s) {
  std::vector<sub_step> out;
  std::size_t i = 0;
  auto is_sep = [](char c) { return detail::is_space(c) || c == ',' || c == ';'; };
  while (i < s.size()) {
    while (i < s.size() && is_sep(s[i])) ++i;
    if (i >= s.size()) break;
    std::size_t j = i;
    while (j < s.size() && !is_sep(s[j])) ++j;
    const auto token = s.substr(i, j - i);
    i = j;
    const auto dot = token.find('.');
    int base = 0, number = 0;
    std::optional<step> st;
    if (dot != std::string_view::npos && detail::parse_uint(token.substr(0, dot), base)) st = step_from_int(base);
    if (!st || !is_ladder_step(*st) || !detail::parse_uint(token.substr(dot + 1), number) || number < 1)
      return fail(errc::parse, "sub-step '" + std::string(token) + "' is not of the form STEP.NUMBER with step 1-6 (e.g. 2.4)");
    out.push_back({*st, number});
  }
  return out;
}

inline std::string format_sub_steps(std::span<const sub_step> subs) {
  std::string out;
  for (const auto& s : subs) {
    if (!out.empty()) out += ',';
    out += s.to_string();
  }
  return out;
}

inline std::string format_date(const date& d, const value_style& style) {
  if (!style.dutch_dates) return d.iso();
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02d-%02d-%04d", d.day, d.month, d.year);
  return buf;
}

inline std::string_view format_yes_no(bool v, const value_style& style) noexcept {
  return style.dutch_yes_no ? (v ? "ja" : "nee") : (v ? "yes" : "no");
}

/// `+`, `++` (grade 2), `0`, `--` (grade -2), SPEC §5.
inline std::string format_growth(growth g, int grade) {
  if (g == growth::potential) return std::string(static_cast<std::size_t>(grade > 1 ? grade : 1), '+');
  return grade < 0 ? std::string(static_cast<std::size_t>(-grade), '-') : "0";
}

// ---- per-kind readers and writers, parameterised by the record member -----------------------
namespace fields_detail {

template <std::string record::*M>
bool read_text(record& r, std::string_view v) { (r.*M).assign(v); return true; }
template <std::string record::*M>
result<void> parse_text(record& r, std::string_view v) { read_text<M>(r, v); return success(); }
template <std::string record::*M>
std::string format_text(const record& r, const value_style&) { return r.*M; }

template <std::optional<date> record::*M>
bool read_date_field(record& r, std::string_view v) {
  date d;
  if (read_date(v, d) != date_reading::date) return false;
  r.*M = d;
  return true;
}
template <std::optional<date> record::*M>
result<void> parse_date_field(record& r, std::string_view v) {
  PL_TRY(d, parse_date(v));
  r.*M = d;
  return success();
}
template <std::optional<date> record::*M>
std::string format_date_field(const record& r, const value_style& s) { return r.*M ? format_date(*(r.*M), s) : ""; }

template <std::optional<bool> record::*M>
bool read_bool(record& r, std::string_view v) {
  const auto b = match_yes_no(v);
  if (b) r.*M = *b;
  return b.has_value();
}
template <std::optional<bool> record::*M>
result<void> parse_bool(record& r, std::string_view v) {
  PL_TRY(b, parse_yes_no(v));
  r.*M = b;
  return success();
}
template <std::optional<bool> record::*M>
std::string format_bool(const record& r, const value_style& s) { return r.*M ? std::string(format_yes_no(*(r.*M), s)) : ""; }

inline bool read_gender_field(record& r, std::string_view v) {
  const auto g = match_gender(v);
  if (g) r.gender = *g;
  return g.has_value();
}
inline result<void> parse_gender_field(record& r, std::string_view v) {
  PL_TRY(g, parse_gender(v));
  r.gender = g;
  return success();
}
inline std::string format_gender_field(const record& r, const value_style&) { return r.gender ? std::string(to_string(*r.gender)) : ""; }

/// `step`: 0–6, 9 or the notation `2+`/`3-` (sets growth_potential, SPEC §6 field 13). A sign that
/// disagrees with a growth_potential column read earlier: neither wins (SPEC §6 revised), growth is
/// left not filled and `growth_conflict` set — the reader names both values.
inline void growth_conflicts(record& r) noexcept {
  r.growth_conflict = true;
  r.growth_potential.reset();
  r.growth_grade = 0;
}
inline void set_step(record& r, const notation& n) noexcept {
  if (n.sign && !r.growth_conflict) {
    if (r.growth_potential && *r.growth_potential != *n.sign) {
      growth_conflicts(r);
    } else {
      if (!r.growth_potential) r.growth_grade = *n.sign == growth::potential ? 1 : 0;
      r.growth_potential = n.sign;
    }
  }
  r.step = n.code;
}
inline bool read_step_field(record& r, std::string_view v) {
  notation n{step::intake, std::nullopt};
  if (read_notation(v, n) != notation_reading::notation) return false;
  set_step(r, n);
  return true;
}
inline result<void> parse_step_field(record& r, std::string_view v) {
  PL_TRY(n, parse_notation(v));
  set_step(r, n);
  return success();
}
inline std::string format_step_field(const record& r, const value_style&) { return r.step ? to_string(*r.step) : ""; }

inline void set_growth(record& r, const graded_growth& g) noexcept {
  if (r.growth_conflict) return;
  if (r.growth_potential && *r.growth_potential != g.flag) {  // against the step notation's sign: SPEC §6 revised
    growth_conflicts(r);
    return;
  }
  r.growth_potential = g.flag;
  r.growth_grade = g.grade;
}
inline bool read_growth_field(record& r, std::string_view v) {
  const auto g = match_growth(v);
  if (g) set_growth(r, *g);
  return g.has_value();
}
inline result<void> parse_growth_field(record& r, std::string_view v) {
  PL_TRY(g, parse_growth(v));
  set_growth(r, g);
  return success();
}
inline std::string format_growth_field(const record& r, const value_style&) {
  return r.growth_potential ? format_growth(*r.growth_potential, r.growth_grade) : "";
}

/// Whether a target growth sign `g` disagrees with the record's target_growth read before.
inline bool contradicts_target_growth(const record& r, growth g) noexcept { return r.target_growth && *r.target_growth != g; }

/// `target_step`: 1–6 or `3+`/`3-`/`6` (the sign sets target_growth, SPEC §5). The cases in one
/// place (read_target); parse_target_field words them.
enum class target_reading : unsigned char { target, not_a_notation, status_code, contradicts };
inline target_reading read_target(const record& r, std::string_view v, notation& n) noexcept {
  if (read_notation(v, n) != notation_reading::notation) return target_reading::not_a_notation;
  if (!is_ladder_step(n.code)) return target_reading::status_code;
  if (n.sign && contradicts_target_growth(r, *n.sign)) return target_reading::contradicts;
  return target_reading::target;
}
inline void set_target(record& r, const notation& n) noexcept {
  if (n.sign) r.target_growth = n.sign;
  r.target_step = n.code;
}
inline bool read_target_field(record& r, std::string_view v) {
  notation n{step::intake, std::nullopt};
  if (read_target(r, v, n) != target_reading::target) return false;
  set_target(r, n);
  return true;
}
inline result<void> parse_target_field(record& r, std::string_view v) {
  notation n{step::intake, std::nullopt};
  switch (read_target(r, v, n)) {
    case target_reading::target: set_target(r, n); return success();
    case target_reading::not_a_notation: return parse_notation(v).error();
    case target_reading::status_code:
      return fail(errc::parse, "'" + std::string(v) + "' is not a target step (expected 1-6; 0 and 9 are status codes)");
    case target_reading::contradicts: break;
  }
  return fail(errc::parse, "'" + std::string(v) + "' contradicts target_growth '" + std::string(to_string(*r.target_growth)) + "'");
}
inline std::string format_target_field(const record& r, const value_style&) { return r.target_step ? to_string(*r.target_step) : ""; }

inline bool read_target_growth_field(record& r, std::string_view v) {
  const auto g = match_growth(v);
  if (!g || contradicts_target_growth(r, g->flag)) return false;
  r.target_growth = g->flag;
  return true;
}
inline result<void> parse_target_growth_field(record& r, std::string_view v) {
  PL_TRY(g, parse_growth(v));
  if (contradicts_target_growth(r, g.flag))
    return fail(errc::parse, "'" + std::string(v) + "' contradicts the sign in the target_step notation");
  r.target_growth = g.flag;
  return success();
}
inline std::string format_target_growth_field(const record& r, const value_style&) {
  return r.target_growth ? std::string(to_string(*r.target_growth)) : "";
}

inline bool read_horizon_field(record& r, std::string_view v) {
  const auto h = match_horizon(v);
  if (h) r.target_horizon = *h;
  return h.has_value();
}
inline result<void> parse_horizon_field(record& r, std::string_view v) {
  PL_TRY(h, parse_horizon(v));
  r.target_horizon = h;
  return success();
}
inline std::string format_horizon_field(const record& r, const value_style& s) {
  if (!r.target_horizon) return "";
  return std::string(s.dutch_words ? dutch_word(*r.target_horizon) : to_string(*r.target_horizon));
}

inline bool read_income_field(record& r, std::string_view v) {
  const auto i = match_income(v);
  if (i) r.income_situation = *i;
  return i.has_value();
}
inline result<void> parse_income_field(record& r, std::string_view v) {
  PL_TRY(i, parse_income(v));
  r.income_situation = i;
  return success();
}
inline std::string format_income_field(const record& r, const value_style&) {
  return r.income_situation ? std::string(1, info(*r.income_situation).letter) : "";
}

/// SPEC §6 field 20: a yes/no spelling, or any other non-empty text = a municipal code (= yes).
inline bool read_exemption_field(record& r, std::string_view v) {
  if (const auto yn = match_yes_no(v)) {  // a municipal code is no error: no message built for it
    r.work_obligation_exemption = *yn;
    r.work_obligation_exemption_code.clear();
  } else {
    r.work_obligation_exemption = true;
    r.work_obligation_exemption_code = std::string(v);
  }
  return true;
}
inline result<void> parse_exemption_field(record& r, std::string_view v) {
  read_exemption_field(r, v);
  return success();
}
inline std::string format_exemption_field(const record& r, const value_style& s) {
  if (!r.work_obligation_exemption) return "";
  if (*r.work_obligation_exemption && !r.work_obligation_exemption_code.empty()) return r.work_obligation_exemption_code;
  return std::string(format_yes_no(*r.work_obligation_exemption, s));
}

inline result<void> parse_sub_steps_field(record& r, std::string_view v) {
  PL_TRY(subs, parse_sub_steps(v));
  r.sub_steps = std::move(subs);
  return success();
}
inline std::string format_sub_steps_field(const record& r, const value_style&) { return format_sub_steps(r.sub_steps); }

inline bool read_determination_field(record& r, std::string_view v) {
  const auto d = match_determination(v);
  if (d) r.determination = *d;
  return d.has_value();
}
inline result<void> parse_determination_field(record& r, std::string_view v) {
  PL_TRY(d, parse_determination(v));
  r.determination = d;
  return success();
}
inline std::string format_determination_field(const record& r, const value_style& s) {
  if (!r.determination) return "";
  return std::string(s.dutch_words ? dutch_word(*r.determination) : to_string(*r.determination));
}

inline bool read_answers_field(record& r, std::string_view v) {
  answer_set set;
  std::string_view token;
  if (read_answers(v, set, token) != answers_reading::answers) return false;
  r.answers = set;
  return true;
}
inline result<void> parse_answers_field(record& r, std::string_view v) {
  PL_TRY(a, parse_answers(v));
  r.answers = a;
  return success();
}
inline std::string format_answers_field(const record& r, const value_style&) {
  return r.answers ? format_answers(*r.answers, lang::nl) : "";
}

inline result<void> parse_exit_reason_field(record& r, std::string_view v) {
  PL_TRY(e, parse_exit_reason(v));
  r.exit_reason = e;
  return success();
}
inline std::string format_exit_reason_field(const record& r, const value_style&) {
  return r.exit_reason ? std::string(to_string(*r.exit_reason)) : "";
}

}  // namespace fields_detail

// ---- the table ------------------------------------------------------------------------------
namespace fields_detail {
using k = value_kind;
template <std::string record::*M>
constexpr field_info text_row(std::string_view key, std::array<std::string_view, 6> aliases, int number, bool required, bool personal, bool benchmark) {
  return {key, aliases, number, k::text, required, personal, benchmark, &parse_text<M>, &format_text<M>, &read_text<M>};
}
template <std::optional<date> record::*M>
constexpr field_info date_row(std::string_view key, std::array<std::string_view, 6> aliases, int number, bool required, bool personal, bool benchmark) {
  return {key, aliases, number, k::date, required, personal, benchmark, &parse_date_field<M>, &format_date_field<M>, &read_date_field<M>};
}
template <std::optional<bool> record::*M>
constexpr field_info yes_no_row(std::string_view key, std::array<std::string_view, 6> aliases, int number) {
  return {key, aliases, number, k::yes_no, false, false, true, &parse_bool<M>, &format_bool<M>, &read_bool<M>};
}
}  // namespace fields_detail

/// SPEC §6, in the order of the SPEC table. Personal: SPEC §11 (fields 1–9 and bsn). Benchmark:
/// SPEC §11 (fields 10–23; client_id leaves only as a keyed hash, so it is not marked here).
inline constexpr std::array<field_info, 36> field_table{{
    fields_detail::text_row<&record::client_id>("client_id", {"klantnummer", "klantnr", "cliëntnummer"}, 0, true, false, false),
    fields_detail::text_row<&record::bsn>("bsn", {"bsn"}, 0, false, true, false),
    fields_detail::text_row<&record::family_name>("family_name", {"naam", "achternaam"}, 1, false, true, false),
    fields_detail::text_row<&record::given_name>("given_name", {"voornaam"}, 2, false, true, false),
    fields_detail::text_row<&record::initials>("initials", {"voorletters"}, 3, false, true, false),
    fields_detail::text_row<&record::name_prefix>("name_prefix", {"tussenvoegsel"}, 4, false, true, false),
    fields_detail::date_row<&record::birth_date>("birth_date", {"geboortedatum"}, 5, false, true, false),
    {"gender", {"geslacht"}, 6, value_kind::gender, false, true, false, &fields_detail::parse_gender_field, &fields_detail::format_gender_field, &fields_detail::read_gender_field},
    fields_detail::text_row<&record::address>("address", {"adres"}, 7, false, true, false),
    fields_detail::text_row<&record::postal_code>("postal_code", {"postcode"}, 8, false, true, false),
    fields_detail::text_row<&record::city>("city", {"woonplaats"}, 9, false, true, false),
    fields_detail::date_row<&record::measured_on>("measured_on", {"datum meetmoment", "meetdatum", "datum meting", "meetmoment"}, 10, true, false, true),
    fields_detail::date_row<&record::next_measurement_due>("next_measurement_due", {"volgend meetmoment", "datum volgend meetmoment"}, 11, false, false, true),
    fields_detail::text_row<&record::caseworker>("caseworker", {"behandelend medewerker", "klantmanager", "consulent", "trajectbegeleider"}, 12, false, false, true),
    fields_detail::text_row<&record::department>("department", {"afdeling"}, 12, false, false, true),
    fields_detail::text_row<&record::team>("team", {"team"}, 12, false, false, true),
    {"step", {"trede", "positie op de ladder", "ladderscore", "participatietrede"}, 13, value_kind::step, true, false, true, &fields_detail::parse_step_field, &fields_detail::format_step_field, &fields_detail::read_step_field},
    {"growth_potential", {"groeipotentieel", "groeipotentie"}, 14, value_kind::growth, false, false, true, &fields_detail::parse_growth_field, &fields_detail::format_growth_field, &fields_detail::read_growth_field},
    {"target_step", {"potentietrede", "doeltrede", "potentie"}, 0, value_kind::target_step, false, false, false, &fields_detail::parse_target_field, &fields_detail::format_target_field, &fields_detail::read_target_field},
    {"target_horizon", {"termijn"}, 0, value_kind::horizon, false, false, false, &fields_detail::parse_horizon_field, &fields_detail::format_horizon_field, &fields_detail::read_horizon_field},
    {"target_growth", {"groei na doeltrede"}, 0, value_kind::growth, false, false, false, &fields_detail::parse_target_growth_field, &fields_detail::format_target_growth_field, &fields_detail::read_target_growth_field},
    {"income_situation", {"inkomenssituatie"}, 15, value_kind::income, false, false, true, &fields_detail::parse_income_field, &fields_detail::format_income_field, &fields_detail::read_income_field},
    fields_detail::yes_no_row<&record::start_qualification>("start_qualification", {"startkwalificatie"}, 16),
    fields_detail::yes_no_row<&record::integration_obligation>("integration_obligation", {"inburgeringsplichtig"}, 17),
    fields_detail::yes_no_row<&record::integration_need>("integration_need", {"inburgeringsbehoeftig"}, 18),
    fields_detail::yes_no_row<&record::low_literacy>("low_literacy", {"laaggeletterd"}, 19),
    {"work_obligation_exemption", {"vrijstelling arbeidsplicht"}, 20, value_kind::exemption, false, false, true, &fields_detail::parse_exemption_field, &fields_detail::format_exemption_field, &fields_detail::read_exemption_field},
    fields_detail::yes_no_row<&record::integration_exemption>("integration_exemption", {"vrijstelling inburgeringsplicht"}, 21),
    fields_detail::yes_no_row<&record::instrument_in_use>("instrument_in_use", {"instrument in gebruik"}, 22),
    fields_detail::yes_no_row<&record::instrument_deployed>("instrument_deployed", {"instrument ingezet"}, 23),
    {"sub_step", {"subtrede"}, 0, value_kind::sub_steps, false, false, false, &fields_detail::parse_sub_steps_field, &fields_detail::format_sub_steps_field},
    {"determination", {"bepalingswijze"}, 0, value_kind::determination, false, false, false, &fields_detail::parse_determination_field, &fields_detail::format_determination_field, &fields_detail::read_determination_field},
    {"answers", {"antwoorden"}, 0, value_kind::answers, false, false, false, &fields_detail::parse_answers_field, &fields_detail::format_answers_field, &fields_detail::read_answers_field},
    fields_detail::text_row<&record::free_field>("free_field", {"vrij veld"}, 0, false, false, false),
    {"exit_reason", {"uitstroomreden", "reden uitstroom"}, 0, value_kind::exit_reason, false, false, false, &fields_detail::parse_exit_reason_field, &fields_detail::format_exit_reason_field},
    fields_detail::date_row<&record::exit_date>("exit_date", {"datum uitstroom", "uitstroomdatum"}, 0, false, false, false),
}};

namespace fields_detail {
/// Case folding for header names: ASCII plus the Latin-1 letters of UTF-8 (`Ë` → `ë`), so
/// `CLIËNTNUMMER` matches `cliëntnummer`.
inline std::string fold(std::string_view s) {
  std::string out(detail::trim(s));
  for (std::size_t i = 0; i < out.size(); ++i) {
    out[i] = detail::ascii_lower(out[i]);
    const auto c = static_cast<unsigned char>(out[i]);
    if (c == 0xC3 && i + 1 < out.size()) {
      const auto n = static_cast<unsigned char>(out[i + 1]);
      if (n >= 0x80 && n <= 0x9E && n != 0x97) out[i + 1] = static_cast<char>(n + 0x20);
      ++i;
    }
  }
  return out;
}
}  // namespace fields_detail

/// The row of a header name: a §6 key or a Dutch alias, case-insensitive, surrounding blanks
/// ignored. Nothing for an unknown header (a local field, SPEC §6).
inline const field_info* find_field(std::string_view header) {
  const auto h = fields_detail::fold(header);
  for (const auto& f : field_table) {
    if (h == f.key) return &f;
    for (const auto a : f.aliases)
      if (!a.empty() && h == fields_detail::fold(a)) return &f;
  }
  return nullptr;
}

/// The row of a canonical key (exact).
constexpr const field_info* field_by_key(std::string_view key) noexcept {
  for (const auto& f : field_table)
    if (f.key == key) return &f;
  return nullptr;
}

/// Read one value into the record (SPEC §6). Blanks around the value are ignored; an empty value
/// is "not filled" and leaves the record as it is. The error (errc::parse) names the key, the
/// value and why; for personal fields the value is withheld (SPEC §11).
inline result<void> parse_field(record& r, const field_info& f, std::string_view value) {
  const auto v = detail::trim(value);
  if (v.empty()) return success();
  auto res = f.parse(r, v);
  if (res) return success();
  if (f.personal)
    return fail(errc::parse, std::string(f.key) + ": value withheld (personal data): not readable, expected " +
                                 std::string(expectation(f.kind).en));
  return fail(errc::parse, std::string(f.key) + ": " + res.error().message);
}

/// Read one value into the record as parse_field does, without building a result (the hot path of
/// the file readers, issue 25): true when it is read or empty (not filled); false when the field's
/// fast read declines it — then parse_field reads it or says why not.
inline bool read_field(record& r, const field_info& f, std::string_view value) {
  const auto v = detail::trim(value);
  return v.empty() || (f.read && f.read(r, v));
}

/// Write one value (SPEC §6); empty when not filled. What is written reads back to the same value.
inline std::string format_field(const record& r, const field_info& f, const value_style& style) {
  return f.format(r, style);
}

}  // namespace pl
