// SPDX-License-Identifier: Apache-2.0
// The CLI's door to the pipeline's read step: every file named on the command line, read through
// pipeline::read_path into one record set (a client's history may span files, SPEC §7). Progress
// on stderr for large inputs when stderr is a terminal.
#pragma once

#include "cli_text.hpp"
#include "command_registry.hpp"
#include "progress.hpp"

#include "messages/read_options_message.hpp"
#include "pipeline/record_set.hpp"

#include <participatieladder/extensions_file.hpp>

#include <CLI/CLI.hpp>

#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <iterator>
#include <filesystem>
#include <iostream>
#include <optional>
#include <string>
#include <system_error>
#include <vector>

namespace pl::cli {

/// The reading options every command that reads data files takes (SPEC §6, revised).
struct input_options {
  std::string encoding = "auto";
  std::string columns;  ///< column-mapping file (JSON of participatieladder.v1.ReadOptions)
  unsigned threads = 0; ///< --threads: 0 = one per core (issue 13; results identical for every count)
  bool quiet = false;   ///< --quiet: no progress on standard error
};

inline void add_input_options(CLI::App& app, input_options& o) {
  app.add_option("--encoding", o.encoding,
                 "Text encoding of the files: auto (UTF-8 when valid, else Windows-1252, as Dutch Excel writes), utf-8 or "
                 "windows-1252")
      ->check(CLI::IsMember({"auto", "utf-8", "windows-1252"}))
      ->capture_default_str();
  app.add_option("--columns", o.columns,
                 "Column-mapping file (JSON): your own headers to the SPEC §6 keys, e.g. "
                 "{\"columns\": {\"Datum meting\": \"measured_on\"}}");
  app.add_option("--threads", o.threads,
                 "Threads for reading and checking (0 = one per core); the results are the same for every number")
      ->check(CLI::Range(0u, 256u))
      ->capture_default_str();
  app.add_flag("--quiet", o.quiet, "No progress on standard error (shown only for inputs of 16 MiB or more, when it is a terminal)");
}

/// The read options of `o`, or nullopt after printing why.
inline std::optional<read_options> load_input_options(const input_options& o, const char* command) {
  read_options out;
  if (!o.columns.empty()) {
    std::ifstream in(o.columns, std::ios::binary);
    if (!in) {
      std::cerr << "pladder " << command << ": " << say(msg::column_mapping_unopenable, ui_language(), {o.columns, system_reason(errno, ui_language())}) << '\n';
      return std::nullopt;
    }
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    auto parsed = messages::parse_read_options_json(text, o.columns);
    if (!parsed) {
      std::cerr << "pladder " << command << ": " << text_of(parsed.error()) << '\n';
      return std::nullopt;
    }
    out = std::move(parsed).value();
  }
  auto encoding = messages::parse_encoding(o.encoding);
  if (!encoding) {
    std::cerr << "pladder " << command << ": --encoding: " << text_of(encoding.error()) << '\n';
    return std::nullopt;
  }
  if (o.encoding != "auto" || o.columns.empty()) out.encoding = encoding.value();  // the flag wins over the file
  out.threads = o.threads;
  return out;
}

/// Every file read, or nullopt after printing "pladder COMMAND: <why>" for each unreadable file.
/// With `for_tables` the records go straight into the caseload store and are not kept (a command
/// that only makes tables: pipeline::read_path_into, issue 25).
inline std::optional<pipeline::record_set> read_inputs(const std::vector<std::string>& files, const char* command,
                                                       const read_options& options = {}, bool quiet = false, bool for_tables = false) {
  std::size_t total = 0;
  std::vector<std::size_t> sizes;
  for (const auto& path : files) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    sizes.push_back(ec ? 0 : static_cast<std::size_t>(size));
    total += sizes.back();
  }
  progress_meter meter(command, total, quiet);
  pipeline::record_set all;
  caseload_builder store;
  bool unreadable = false;
  std::size_t before = 0;
  for (std::size_t i = 0; i < files.size(); ++i) {
    read_options with_progress = options;
    if (meter.on())
      with_progress.progress = [&](std::size_t done, std::size_t size, std::size_t records) {
        const std::size_t file_done = size ? static_cast<std::size_t>(static_cast<double>(done) / static_cast<double>(size) * static_cast<double>(sizes[i])) : 0;
        meter.update(before + file_done, (for_tables ? store.size() : all.records.size()) + records);
      };
    auto set = for_tables ? pipeline::read_path_into(files[i], static_cast<std::uint32_t>(i), store, with_progress)
                          : pipeline::read_path(files[i], with_progress);
    before += sizes[i];
    if (!set) {
      meter.finish();
      std::cerr << "pladder " << command << ": " << text_of(set.error()) << '\n';
      unreadable = true;
      continue;
    }
    pipeline::append(all, std::move(set).value());
  }
  meter.finish();
  if (unreadable) return std::nullopt;
  if (for_tables) all.store = std::make_shared<const caseload_store>(store.finish());
  return all;
}

/// What a command over base-data files reads before its pipeline step: the extension set of
/// --extensions (SPEC §9; none when the flag is not given) and the records of every file.
struct data_inputs {
  std::optional<extension_set> extensions;
  pipeline::record_set records;

  /// The extension set for pipeline settings, or null.
  const extension_set* extensions_or_null() const noexcept { return extensions ? &*extensions : nullptr; }
};

/// The extension set file `extensions` (if given), then the reading options `input` and every one
/// of `files`, or nullopt after printing why: a bad extension set through `usage` (the command's
/// usage error, called with the message), the rest as load_input_options and read_inputs do.
template <class Usage>
std::optional<data_inputs> read_data_inputs(const std::vector<std::string>& files, const std::string& extensions, const input_options& input,
                                            const char* command, Usage&& usage) {
  data_inputs in;
  if (!extensions.empty()) {
    auto set = read_extension_set(extensions);
    if (!set) {
      usage(text_of(set.error()));
      return std::nullopt;
    }
    in.extensions = std::move(set).value();
  }
  auto how = load_input_options(input, command);
  if (!how) return std::nullopt;
  auto records = read_inputs(files, command, *how, input.quiet);
  if (!records) return std::nullopt;
  in.records = std::move(records).value();
  return in;
}

}  // namespace pl::cli
