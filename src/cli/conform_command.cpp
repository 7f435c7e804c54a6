// SPDX-License-Identifier: Apache-2.0
// `pladder conform` on this branch: only the data mode (`--data`, conform_data.cpp). The vendor
// mode (`--adapter`) registers the same subcommand on its own branch; at the merge the two become
// one registration calling add_conform_data_options / run_conform_data when --data is given.
#include "command_registry.hpp"
#include "conform_data.hpp"

#include <memory>

namespace pl::cli {
namespace {

const bool registered = register_command({"conform", 60, [](CLI::App& app) {
  auto o = std::make_shared<conform_data_options>();
  app.description("Conformance (SPEC §11): --data FILES gives the conformance report of a municipality's export");
  add_conform_data_options(app, *o);
  return std::function<int()>([o] { return run_conform_data(*o); });
}});

}  // namespace
}  // namespace pl::cli
