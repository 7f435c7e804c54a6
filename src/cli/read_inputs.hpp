// SPDX-License-Identifier: Apache-2.0
// The CLI's door to the pipeline's read step: every file named on the command line, read through
// pipeline::read_path into one record set (a client's history may span files, SPEC §7). Progress
// on stderr for large inputs when stderr is a terminal.
#pragma once

#include "command_registry.hpp"

#include "pipeline/record_set.hpp"

#include <unistd.h>

#include <cstdint>
#include <filesystem>
#include <iostream>
#include <optional>
#include <string>
#include <system_error>
#include <vector>

namespace pl::cli {

/// Every file read, or nullopt after printing "pladder COMMAND: <why>" for each unreadable file.
inline std::optional<pipeline::record_set> read_inputs(const std::vector<std::string>& files, const char* command) {
  constexpr std::uintmax_t progress_bytes = 16u * 1024u * 1024u;
  std::uintmax_t total = 0;
  for (const auto& path : files) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (!ec) total += size;
  }
  const bool progress = total > progress_bytes && isatty(STDERR_FILENO) == 1;
  pipeline::record_set all;
  bool unreadable = false;
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (progress) std::cerr << "pladder " << command << ": reading " << files[i] << " (" << i + 1 << '/' << files.size() << ")\n";
    auto set = pipeline::read_path(files[i]);
    if (!set) {
      std::cerr << "pladder " << command << ": " << set.error().message << '\n';
      unreadable = true;
      continue;
    }
    pipeline::append(all, std::move(set).value());
  }
  if (unreadable) return std::nullopt;
  return all;
}

}  // namespace pl::cli
