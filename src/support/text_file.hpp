// SPDX-License-Identifier: Apache-2.0
// Reading a small input file whole (a check configuration, an extension set). Internal to the
// compiled parts of the library; the file is only read, never modified.
#pragma once

#include <participatieladder/error.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

namespace pl::support {

/// The bytes of `path`; errc::io naming the path and `what` ("configuration file") otherwise.
inline result<std::string> read_text_file(const std::string& path, std::string_view what) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return fail(errc::io, path + ": cannot open the " + std::string(what));
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return fail(errc::io, path + ": cannot read the " + std::string(what));
  return std::move(ss).str();
}

}  // namespace pl::support
