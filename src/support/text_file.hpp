// SPDX-License-Identifier: Apache-2.0
// Reading a small input file whole (a check configuration, an extension set). Internal to the
// compiled parts of the library; the file is only read, never modified.
#pragma once

#include <participatieladder/error.hpp>
#include <participatieladder/error_text.hpp>

#include <cerrno>
#include <utility>

#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

namespace pl::support {

/// The bytes of `path`; errc::io naming the path and `what` ("configuration file") otherwise.
/// The Dutch name of a small input file, for the Dutch message (the English one is `what`).
inline std::string dutch_file_name(std::string_view what) {
  static constexpr std::pair<std::string_view, std::string_view> names[] = {
      {"extension file", "het uitbreidingenbestand"}, {"configuration file", "het configuratiebestand"},
      {"key file", "het sleutelbestand"},             {"SRG mapping file", "het SRG-koppelbestand"},
      {"benchmark publication", "de benchmarkpublicatie"}, {"budget file", "het budgetbestand"}};
  for (const auto& [en, nl] : names)
    if (what == en) return std::string(nl);
  return "het bestand (" + std::string(what) + ")";
}

inline result<std::string> read_text_file(const std::string& path, std::string_view what) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    const int err = errno;
    return fail(errc::io, msg::cannot_open_what, {path, dutch_file_name(what), system_reason(err, lang::nl)},
                {path, std::string(what), system_reason(err, lang::en)});
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) {
    const int err = errno;
    return fail(errc::io, msg::cannot_read_what, {path, dutch_file_name(what), system_reason(err, lang::nl)},
                {path, std::string(what), system_reason(err, lang::en)});
  }
  return std::move(ss).str();
}

}  // namespace pl::support
