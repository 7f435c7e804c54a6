// SPDX-License-Identifier: Apache-2.0
// SPEC §6: a base-data-set file from disk, opened read-only and never modified.
#include <participatieladder/io/file_reader.hpp>

#include <participatieladder/io/csv_reader.hpp>
#include <participatieladder/io/jsonl_reader.hpp>
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
  if (std::filesystem::is_directory(path, ec)) return fail(errc::io, path + ": is a directory, not a file");
  std::ifstream in(path, std::ios::in | std::ios::binary);
  if (!in) return fail(errc::io, path + ": cannot open: " + std::strerror(errno));
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return fail(errc::io, path + ": cannot read: " + std::strerror(errno));
  const std::string bytes = std::move(ss).str();
  return is_jsonl(path) ? read_jsonl(bytes, path, source_index, options) : read_csv(bytes, path, source_index, options);
}

}  // namespace pl
