// SPDX-License-Identifier: Apache-2.0
// Local extensions, SPEC §9: sub-steps under a base step, with labels. Municipalities refine,
// never replace: everything reduces to the base data set, so every report rolls a sub-step up to
// its base step. An extension set is configuration (a file, see extensions_json.hpp), not code.
//
// Roll-up rules (SPEC §9):
// - a record is counted on its registered step; only when the step is empty does the base step of
//   its highest sub-step stand in for it (the sub-step already says which step it is under);
// - a record may list several sub-steps (`2.2,2.4`); it is shown on the highest one;
// - a highest sub-step that is not under the counted step (PL014) or that the set does not define
//   is not shown as a sub-step: the record counts on the base step "without sub-step".
#pragma once

#include "error.hpp"
#include "growth.hpp"
#include "lang.hpp"
#include "record.hpp"
#include "step.hpp"
#include "text_util.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pl {

/// One sub-step of a municipality's set: its code (base step + number), labels, and — SPEC §9
/// comparability — the step the national delimitation puts its activities on, when the
/// municipality declares it (Heemskerk: 2.4 volunteer work → 4, 2.6 part-time work → 5).
struct sub_step_definition {
  sub_step code;
  std::string label_nl;
  std::string label_en;  ///< may be empty: the Dutch label is used
  std::optional<step> national_step = std::nullopt;  ///< empty: the base step

  /// The step of the national delimitation: the declared one, else the base step.
  step national() const noexcept { return national_step.value_or(code.base); }
  /// True when local figures on this sub-step are not comparable with other municipalities' base step.
  bool differs_nationally() const noexcept { return national() != code.base; }

  std::string_view label(lang l) const noexcept {
    return l == lang::en && !label_en.empty() ? std::string_view(label_en) : std::string_view(label_nl);
  }
};

/// A municipality's extension set (SPEC §9). Build it with make_extension_set, which validates.
struct extension_set {
  std::string name;                              ///< e.g. "Heemskerk"
  std::vector<sub_step_definition> sub_steps;    ///< sorted by code, no duplicates

  bool empty() const noexcept { return sub_steps.empty(); }

  const sub_step_definition* find(const sub_step& s) const noexcept {
    for (const auto& d : sub_steps)
      if (d.code == s) return &d;
    return nullptr;
  }
  bool defines(const sub_step& s) const noexcept { return find(s) != nullptr; }

  /// The sub-steps defined under `base`, in code order.
  std::vector<const sub_step_definition*> under(step base) const {
    std::vector<const sub_step_definition*> out;
    for (const auto& d : sub_steps)
      if (d.code.base == base) out.push_back(&d);
    return out;
  }
};

/// Parse one sub-step code `2.4`: base step 1–6 (0 and 9 are status codes and have no sub-steps),
/// a dot, and a number of at least 1.
inline result<sub_step> parse_sub_step_code(std::string_view s) {
  const auto t = detail::trim(s);
  const auto dot = t.find('.');
  int base = 0, number = 0;
  if (dot == std::string_view::npos || !detail::parse_uint(t.substr(0, dot), base) ||
      !detail::parse_uint(t.substr(dot + 1), number))
    return fail(errc::parse, "'" + std::string(t) + "' is not a sub-step code (expected base step, dot, number: 2.4)");
  const auto st = step_from_int(base);
  if (!st || !is_ladder_step(*st))
    return fail(errc::parse, "'" + std::string(t) + "': sub-steps lie under a ladder step 1-6 (SPEC §9)");
  if (number < 1) return fail(errc::parse, "'" + std::string(t) + "': a sub-step number starts at 1");
  return sub_step{*st, number};
}

/// Validate and build a set: every sub-step lies under a ladder step, has a Dutch label, and is
/// defined once. `where` names the source in messages (e.g. the file name).
inline result<extension_set> make_extension_set(std::string name, std::vector<sub_step_definition> defs,
                                                std::string_view where = "extension set") {
  for (const auto& d : defs) {
    if (!is_ladder_step(d.code.base) || d.code.number < 1)
      return fail(errc::config, std::string(where) + ": sub-step '" + d.code.to_string() + "' is not under a ladder step 1-6");
    if (detail::trim(d.label_nl).empty())
      return fail(errc::config, std::string(where) + ": sub-step '" + d.code.to_string() + "' has no Dutch label (nl)");
    if (d.national_step && !is_ladder_step(*d.national_step))
      return fail(errc::config, std::string(where) + ": sub-step '" + d.code.to_string() + "': national_step " +
                                    to_string(*d.national_step) + " is not a ladder step 1-6 (SPEC §9)");
  }
  std::sort(defs.begin(), defs.end(), [](const auto& a, const auto& b) { return a.code < b.code; });
  for (std::size_t i = 1; i < defs.size(); ++i)
    if (defs[i].code == defs[i - 1].code)
      return fail(errc::config, std::string(where) + ": sub-step '" + defs[i].code.to_string() + "' is defined twice");
  return extension_set{std::move(name), std::move(defs)};
}

/// The base step a record is counted on (SPEC §9 roll-up): the registered step; when that is
/// empty, the base of the highest sub-step; else nothing (not filled).
/// (pl::record and the store's pl::measurement alike.)
template <class Record>
std::optional<step> counted_step(const Record& r) {
  if (r.step) return *r.step;
  if (const auto hi = r.highest_sub_step()) return hi->base;
  return std::nullopt;
}

/// The effective growth potential on the counted step (SPEC §5: the flag, else derived from the
/// target step).
template <class Record>
std::optional<growth> counted_growth(const Record& r) {
  const auto s = counted_step(r);
  if (!s) return std::nullopt;
  return effective_growth(*s, r.growth_potential, r.target_step, r.target_horizon);
}

/// The sub-step a record is shown on: its highest sub-step, when that lies under the counted step
/// and the set defines it; otherwise nothing ("without sub-step").
template <class Record>
std::optional<sub_step> shown_sub_step(const Record& r, const extension_set& set) {
  const auto hi = r.highest_sub_step();
  const auto s = counted_step(r);
  if (!hi || !s || hi->base != *s || !set.defines(*hi)) return std::nullopt;
  return hi;
}

/// The sub-steps of a record that the set does not define (PL014 with a configuration).
inline std::vector<sub_step> undefined_sub_steps(const record& r, const extension_set& set) {
  std::vector<sub_step> out;
  for (const auto& s : r.sub_steps)
    if (!set.defines(s)) out.push_back(s);
  return out;
}

}  // namespace pl
