// SPDX-License-Identifier: Apache-2.0
// Shared by the benchmark commands (conform --data, export --benchmark, benchmark export/merge):
// write to --out FILE (temporary file + rename, support/output_file.hpp) or to standard output.
#pragma once

#include "support/output_file.hpp"

#include <iostream>
#include <string>
#include <string_view>

namespace pl::cli {

/// Write `bytes` to `path` ("" or "-" = standard output). Prints why on failure; false then.
/// `mode` 0600 for pseudonymised data (issue 21: readable by the owner only).
inline bool write_out(const std::string& path, std::string_view bytes, std::string_view what, std::string_view command, unsigned mode = 0644) {
  if (path.empty() || path == "-") {
    std::cout.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    std::cout.flush();
    if (!std::cout) {
      std::cerr << "pladder " << command << ": cannot write the " << what << " to standard output\n";
      return false;
    }
    return true;
  }
  if (auto written = support::write_output_file(path, bytes, what, mode); !written) {
    std::cerr << "pladder " << command << ": " << written.error().message << '\n';
    return false;
  }
  return true;
}

}  // namespace pl::cli
