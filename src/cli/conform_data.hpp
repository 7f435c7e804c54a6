// SPDX-License-Identifier: Apache-2.0
// `pladder conform --data FILES`: the conformance report of a municipality's export (SPEC §11,
// §9 comparability). The `conform` subcommand also has the vendor mode `--adapter` (another
// file); this mode lives in its own functions so both register under one subcommand.
#pragma once

#include "read_inputs.hpp"

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace pl::cli {

struct conform_data_options {
  std::vector<std::string> data;  ///< --data FILES
  std::string reference_date;
  std::string extensions;
  std::string format = "text";    ///< text, json (v1 DataConformance), html
  std::string out;
  std::string lang = "nl";
  int min_valid = 90;
  input_options input;
};

/// Adds --data and its companions to the `conform` subcommand.
void add_conform_data_options(CLI::App& app, conform_data_options& o);

/// Exit 0: comparable; 1: not comparable (the reasons are in the report); 2: usage / unreadable.
int run_conform_data(const conform_data_options& o);

}  // namespace pl::cli
