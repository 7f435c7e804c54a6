// SPDX-License-Identifier: Apache-2.0
// How a finding names its columns to people (SPEC §6, §8): by the header the file wrote (the
// pipeline, src/pipeline/check.cpp), or — a column the file names by its key, does not have, or a
// record without a file (the JS binding's single-record checks) — in Dutch by its Dutch header
// (`inkomenssituatie`, `antwoorden`), never by the internal key. One implementation for both.
#pragma once

#include <participatieladder/fields.hpp>
#include <participatieladder/finding.hpp>

#include <cctype>
#include <string>
#include <string_view>

namespace pl {

/// `text` with every whole-word `key` (letters, digits and `_` around it end the word) replaced by `header`.
inline std::string replace_word(std::string_view text, std::string_view key, std::string_view header) {
  const auto word_char = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_'; };
  std::string out;
  std::size_t pos = 0;
  while (true) {
    const auto at = text.find(key, pos);
    if (at == std::string_view::npos) break;
    const bool starts = at == 0 || !word_char(text[at - 1]);
    const bool ends = at + key.size() >= text.size() || !word_char(text[at + key.size()]);
    out.append(text, pos, at - pos);
    out += starts && ends ? header : key;
    pos = at + key.size();
  }
  out.append(text, pos, std::string_view::npos);
  return out;
}

/// The Dutch message of `f` names column `key` by its Dutch header instead of the key (SPEC §6).
inline void name_field_in_dutch(finding& f, std::string_view key) {
  const field_info* field = field_by_key(key);
  if (field == nullptr || field->dutch_header() == field->key) return;
  const std::string dutch(field->dutch_header());
  if (f.message_nl.find(key) != std::string::npos) f.message_nl = replace_word(f.message_nl, key, dutch);  // else a copy as it is
  // a template that already named the Dutch header after the key: "X (X)" once
  const std::string twice = dutch + " (" + dutch + ")";
  for (std::size_t at; (at = f.message_nl.find(twice)) != std::string::npos;)
    f.message_nl.erase(at + dutch.size(), dutch.size() + 3);
}

/// Every column of `f` named by its Dutch header in the Dutch message (a record without a file).
inline void name_fields_in_dutch(finding& f) {
  for (const auto& key : f.fields) name_field_in_dutch(f, key);
}

}  // namespace pl
