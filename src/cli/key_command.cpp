// SPDX-License-Identifier: Apache-2.0
// `pladder key new FILE` — a municipality's secret key for the benchmark exchange (SPEC §11,
// docs/privacy.md): 32 random bytes as 64 hex digits, written mode 0600, never over an existing
// file. The key keys the pseudonyms of the record-level export and the cell-key protection of the
// aggregated publication; it stays with the municipality.
// Exit codes: 0 written; 2 usage error or the file cannot be written.
#include "command_registry.hpp"

#include <participatieladder/benchmark/pseudonym.hpp>

#include <iostream>
#include <memory>

namespace pl::cli {
namespace {

struct key_options {
  std::string file;
  std::string lang = "nl";
};

int run_key_new(const key_options& o) {
  const bool nl = o.lang != "en";
  if (auto w = benchmark::write_new_key(o.file, nl ? lang::nl : lang::en); !w) {
    std::cerr << "pladder key new: " << w.error().message << '\n';
    return exit_usage;
  }
  std::cerr << "pladder key new: " << o.file
            << (nl ? ": nieuwe sleutel geschreven (256 bits, alleen leesbaar voor u); bewaar hem bij de gemeente en maak een reservekopie: "
                     "zonder deze sleutel zijn latere pseudoniemen niet meer te koppelen\n"
                   : ": new key written (256 bits, readable by you only); keep it with the municipality and back it up: "
                     "without it later pseudonyms cannot be linked\n");
  return exit_ok;
}

const bool registered = register_command({"key", 75, [](CLI::App& app) {
  auto o = std::make_shared<key_options>();
  app.description("The municipality's secret key for the benchmark exchange (SPEC §11, docs/privacy.md)");
  app.require_subcommand(1);
  CLI::App* nw = app.add_subcommand("new", "Write a new key: 32 random bytes as hex, mode 0600, never over an existing file");
  nw->add_option("file", o->file, "The key file to create")->required();
  nw->add_option("--lang", o->lang, "Language of messages (nl or en)")->check(CLI::IsMember({"nl", "en"}))->capture_default_str();
  return std::function<int()>([o] { return run_key_new(*o); });
}});

}  // namespace
}  // namespace pl::cli
