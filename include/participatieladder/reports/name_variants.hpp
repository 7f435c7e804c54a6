// SPDX-License-Identifier: Apache-2.0
// Names that are probably one person or one team written two ways (SPEC §6 field 12, §10: worklists
// and groups per caseworker and team). `P. v.d. Berg` and `P. van der Berg`, `Sanne de vries` and
// `Sanne de Vries`, team `noord` and `Noord` would otherwise become separate worklists and groups
// without a word. They are named once in the data-quality block; nothing is merged silently.
//
// Two names are variants when, after folding, they are equal: case and blanks ignored, dots
// dropped, `v.d.`/`vd`/`v/d` read as `van der`, `v.` as `van`; or when they differ only in a given
// name written out against its initial (`P. van der Berg` / `Pieter van der Berg`).
#pragma once

#include "../text_util.hpp"

#include <cstddef>
#include <map>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace pl::reports {

namespace name_detail {

/// The words of a name, lower case, without dots, with the prefix abbreviations written out.
inline std::vector<std::string> words(std::string_view name) {
  std::string s;
  for (char c : name) s += (c == '.' || c == '/' || c == ',') ? ' ' : pl::detail::ascii_lower(c);
  // `v.d.` became `v d`, `v/d` became `v d`: join such single letters back first
  std::vector<std::string> raw;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && pl::detail::is_space(s[i])) ++i;
    std::size_t j = i;
    while (j < s.size() && !pl::detail::is_space(s[j])) ++j;
    if (j > i) raw.emplace_back(s.substr(i, j - i));
    i = j;
  }
  std::vector<std::string> out;
  for (std::size_t k = 0; k < raw.size(); ++k) {
    const auto& w = raw[k];
    if ((w == "v" && k + 1 < raw.size() && (raw[k + 1] == "d" || raw[k + 1] == "der" || raw[k + 1] == "den")) || w == "vd" || w == "vdr") {
      out.emplace_back("van");
      out.emplace_back(w == "vd" || w == "vdr" || raw[k + 1] == "d" ? "der" : raw[k + 1]);
      if (w == "v") ++k;
    } else if (w == "v" && k > 0) {
      out.emplace_back("van");
    } else {
      out.push_back(w);
    }
  }
  return out;
}

inline std::string join(const std::vector<std::string>& w, std::size_t from = 0) {
  std::string out;
  for (std::size_t i = from; i < w.size(); ++i) out += (out.empty() ? "" : " ") + w[i];
  return out;
}

}  // namespace name_detail

/// The folded form of a name (equal for variants of the first kind).
inline std::string fold_name(std::string_view name) { return name_detail::join(name_detail::words(name)); }

/// The folded form with the first word reduced to its initial (for `P.` against `Pieter`).
inline std::string initial_form(std::string_view name) {
  auto w = name_detail::words(name);
  if (w.size() < 2) return name_detail::join(w);
  w[0] = w[0].substr(0, 1);
  return name_detail::join(w);
}

/// Groups of two or more distinct spellings (as written) that are variants of one name, each
/// group sorted, groups in order of their first spelling. Empty names are not names.
inline std::vector<std::vector<std::string>> name_variants(std::span<const std::string> names) {
  std::set<std::string> distinct;
  for (const auto& n : names)
    if (!pl::detail::trim(n).empty()) distinct.insert(n);
  // union of the two foldings: a spelling joins the group of any spelling it shares a form with
  std::vector<std::string> list(distinct.begin(), distinct.end());
  std::vector<std::size_t> parent(list.size());
  for (std::size_t i = 0; i < parent.size(); ++i) parent[i] = i;
  auto root = [&](std::size_t i) {
    while (parent[i] != i) i = parent[i] = parent[parent[i]];
    return i;
  };
  std::map<std::string, std::size_t> folded, initials;
  auto join_with = [&](std::map<std::string, std::size_t>& m, const std::string& key, std::size_t i) {
    const auto [it, fresh] = m.emplace(key, i);
    if (!fresh) parent[root(i)] = root(it->second);
  };
  for (std::size_t i = 0; i < list.size(); ++i) {
    join_with(folded, fold_name(list[i]), i);
    const auto w = name_detail::words(list[i]);
    if (w.size() >= 2 && w[0].size() == 1) join_with(initials, initial_form(list[i]), i);  // `P. van der Berg`
  }
  // a written-out given name joins the spellings with its initial (two written-out given names with
  // one initial are two people: `Sanne` and `Sietse de Vries`)
  for (std::size_t i = 0; i < list.size(); ++i) {
    const auto w = name_detail::words(list[i]);
    if (w.size() < 2 || w[0].size() == 1) continue;
    if (const auto it = initials.find(initial_form(list[i])); it != initials.end()) parent[root(i)] = root(it->second);
  }
  std::map<std::size_t, std::vector<std::string>> groups;
  for (std::size_t i = 0; i < list.size(); ++i) groups[root(i)].push_back(list[i]);
  std::vector<std::vector<std::string>> out;
  for (auto& [r, g] : groups)
    if (g.size() > 1) out.push_back(std::move(g));
  return out;
}

}  // namespace pl::reports
