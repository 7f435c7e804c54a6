// SPDX-License-Identifier: Apache-2.0
// Fuzz target: a CSV file read in parts (csv_stream, issue 13: `pladder check --stream`) against the
// same bytes read whole (read_csv). For every block size (64-319 bytes here: many block ends in
// every state of the tokenizer), part size and encoding, the same error, or the same encoding,
// records (as JSON Lines, with their lines) and findings in the same order. Input: two bytes of
// settings, then the bytes of the file.
#include <participatieladder/io/csv_reader.hpp>
#include <participatieladder/io/csv_stream.hpp>
#include <participatieladder/io/jsonl_writer.hpp>

#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace {

[[noreturn]] void differ(const std::string& what) {
  std::fprintf(stderr, "csv_stream differs from read_csv: %s\n", what.c_str());
  std::abort();
}

std::string describe(const pl::read_result& r) {
  std::ostringstream out;
  out << "encoding " << to_string(r.encoding) << '\n';
  if (!pl::write_jsonl(out, r.records)) differ("write_jsonl failed");
  for (const auto& x : r.records) out << x.line << ' ';
  out << '\n';
  for (const auto& f : r.findings)
    out << f.check << '|' << static_cast<int>(f.severity) << '|' << f.file << '|' << f.line << '|' << f.record_index << '|'
        << f.key << '|' << f.value << '|' << f.client_id << '|' << (f.measured_on ? f.measured_on->iso() : "") << '|'
        << f.message_nl << '|' << f.message_en << '\n';
  return out.str();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 2) return 0;
  const std::size_t block = 64 + data[0];
  const std::size_t part = 1 + data[1] % 8;
  pl::read_options options;
  options.encoding = data[1] / 8 % 3 == 0 ? pl::text_encoding::automatic
                     : data[1] / 8 % 3 == 1 ? pl::text_encoding::utf8
                                            : pl::text_encoding::windows1252;
  const std::string text(reinterpret_cast<const char*>(data) + 2, size - 2);
  static const std::string path =
      (std::filesystem::temp_directory_path() / ("pl_fuzz_csv_stream_" + std::to_string(getpid()) + ".csv")).string();
  {
    std::ofstream f(path, std::ios::binary | std::ios::trunc);
    f << text;
  }
  auto whole = pl::read_csv(text, path, 0, options);
  auto stream = pl::csv_stream::open(path, 0, options, block);
  if (!whole || !stream) {
    if (whole) differ("the stream refused what read_csv read: " + stream.error().message);
    if (stream) differ("the stream read what read_csv refused: " + whole.error().message);
    if (whole.error().message != stream.error().message)
      differ("other errors: '" + whole.error().message + "' / '" + stream.error().message + "'");
    return 0;
  }
  pl::read_result joined;
  bool more = true;
  while (more) {
    auto r = stream.value()->read(part);
    if (!r) differ("a read error after open: " + r.error().message);
    more = r.value();
    auto taken = stream.value()->take_front(stream.value()->pending().records.size() / 2 + (more ? 0 : part * 1000));
    joined.encoding = taken.encoding;
    for (auto& f : taken.findings) {
      if (f.record_index != pl::finding::no_record) f.record_index += joined.records.size();
      joined.findings.push_back(std::move(f));
    }
    for (auto& x : taken.records) joined.records.push_back(std::move(x));
  }
  auto rest = stream.value()->take_front(stream.value()->pending().records.size());
  for (auto& f : rest.findings) {
    if (f.record_index != pl::finding::no_record) f.record_index += joined.records.size();
    joined.findings.push_back(std::move(f));
  }
  for (auto& x : rest.records) joined.records.push_back(std::move(x));
  const std::string a = describe(whole.value()), b = describe(joined);
  if (a != b) differ("whole:\n" + a + "\nin parts:\n" + b);
  return 0;
}
