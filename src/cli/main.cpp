// SPDX-License-Identifier: Apache-2.0
// pladder — the command-line face of the participatieladder library.
#include "command_registry.hpp"

#include <participatieladder/version.hpp>

#include <algorithm>
#include <iostream>

namespace pl::cli {
void add_version_flag(CLI::App& app) {
  app.add_flag_callback("--version", [] { throw CLI::CallForVersion("pladder " PL_VERSION_STRING, 0); },
                        "Print the version and exit");
}
}  // namespace pl::cli

int main(int argc, char** argv) {
  using namespace pl::cli;
  CLI::App app{"pladder — Participatieladder reference tool (SPEC: placement, checks, reports)", "pladder"};
  add_version_flag(app);
  app.require_subcommand(1);
  auto commands = registry();
  std::sort(commands.begin(), commands.end(), [](const command& a, const command& b) { return a.order < b.order; });
  std::vector<std::pair<CLI::App*, std::function<int()>>> actions;
  for (const auto& c : commands) {
    CLI::App* sub = app.add_subcommand(c.name, "");
    add_version_flag(*sub);
    actions.emplace_back(sub, c.setup(*sub));
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    std::cout << e.what() << '\n';
    return exit_ok;
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return exit_usage;
  }
  for (auto& [sub, action] : actions)
    if (sub->parsed()) {
      try {
        return action();
      } catch (const std::exception& e) {
        std::cerr << "pladder: internal error: " << e.what() << '\n';
        return exit_usage;
      }
    }
  return exit_usage;
}
