// SPDX-License-Identifier: Apache-2.0
// SPEC §6: a base-data-set file from disk, opened read-only and never modified.
#include <participatieladder/io/file_reader.hpp>

#include <participatieladder/io/csv_reader.hpp>
#include <participatieladder/io/jsonl_reader.hpp>
#include <participatieladder/error_text.hpp>
#include <participatieladder/text_util.hpp>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace pl {

namespace {
bool is_jsonl(const std::string& path) {
  const auto ext = detail::lower(std::filesystem::path(path).extension().string());
  return ext == ".jsonl" || ext == ".ndjson";
}
}  // namespace

result<read_result> read_file(const std::string& path, std::uint32_t source_index, const read_options& options) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) return fail(errc::io, msg::is_directory, {path});
  std::ifstream in(path, std::ios::in | std::ios::binary);
  if (!in) return fail_system(errc::io, msg::cannot_open, path, errno);
  // The whole file in one buffer of its size (issue 13: no stream copies; peak memory is the file
  // once). Not a memory map: a file truncated while it is read would end the process (SIGBUS).
  std::string bytes;
  const auto size = std::filesystem::file_size(path, ec);
  if (!ec && std::filesystem::is_regular_file(path, ec)) {
    bytes.resize(static_cast<std::size_t>(size));
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    bytes.resize(static_cast<std::size_t>(in.gcount()));
    if (in.bad()) return fail_system(errc::io, msg::cannot_read, path, errno);
    in.clear();
  }
  std::ostringstream rest;  // what was not there when the size was taken, or a pipe / device
  rest << in.rdbuf();
  if (in.bad()) return fail_system(errc::io, msg::cannot_read, path, errno);
  bytes += std::move(rest).str();
  return is_jsonl(path) ? read_jsonl(bytes, path, source_index, options) : read_csv(bytes, path, source_index, options);
}

}  // namespace pl
