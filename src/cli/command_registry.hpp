// SPDX-License-Identifier: Apache-2.0
// Subcommands of `pladder` register themselves here; main.cpp builds the CLI11 app from the list.
// A command only parses options and prints: every rule is called from the library.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <string>
#include <vector>

namespace pl::cli {

/// Exit codes of every subcommand.
inline constexpr int exit_ok = 0;
inline constexpr int exit_findings = 1;  ///< error findings present / input could not be read
inline constexpr int exit_usage = 2;     ///< usage error or unreadable file

struct command {
  std::string name;
  int order;  ///< position in --help
  /// Adds the subcommand's options to `app` and returns the action to run when it was chosen.
  std::function<std::function<int()>(CLI::App& app)> setup;
};

inline std::vector<command>& registry() {
  static std::vector<command> commands;
  return commands;
}

inline bool register_command(command c) {
  registry().push_back(std::move(c));
  return true;
}

/// The --version flag every (sub)command has.
void add_version_flag(CLI::App& app);

}  // namespace pl::cli
