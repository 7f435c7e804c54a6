// SPDX-License-Identifier: Apache-2.0
// Fuzz target: the whole pipeline on file bytes — read, every check (SPEC §8), a report table
// (SPEC §10) — through pl_check_file and pl_report_file. Input: one byte choosing the format (bit 0:
// CSV or JSON Lines) and the report table (the other bits), then the file. Properties: no crash and
// no PL_E_INTERNAL; the responses parse; every string is valid UTF-8; no finding, table cell or
// error echoes a personal value of the file (fuzz_support.hpp, taint).
#include "reader_target.hpp"

#include <participatieladder/v1/check.pb.h>
#include <participatieladder/v1/report.pb.h>

#include <cstdint>
#include <string>

namespace v1 = participatieladder::v1;

namespace {

pl::fuzz::messages run(std::string_view file, int format, int kind) {
  const char* name = format == PL_FORMAT_CSV ? "input.csv" : "input.jsonl";
  pl::fuzz::buffer checked, reported;
  v1::CheckResponse check;
  auto ms = pl::fuzz::outcome("pl_check_file",
                              pl_check_file(pl::fuzz::engine(), file.data(), file.size(), name, format, nullptr, 0, &checked), checked, &check);
  v1::ReportOptions options;
  options.set_kind(static_cast<v1::ReportKind>(kind));
  const std::string o = options.SerializeAsString();
  v1::ReportResponse report;
  auto rs = pl::fuzz::outcome("pl_report_file", pl_report_file(pl::fuzz::engine(), file.data(), file.size(), name, format, o.data(), o.size(), &reported),
                              reported, &report);
  ms.insert(ms.end(), rs.begin(), rs.end());
  return ms;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const int format = (data[0] & 1) ? PL_FORMAT_JSONL : PL_FORMAT_CSV;
  const int kinds = v1::ReportKind_descriptor()->value_count() - 1;  // without UNSPECIFIED
  const int kind = 1 + (data[0] >> 1) % kinds;
  const std::string_view file(reinterpret_cast<const char*>(data + 1), size - 1);
  const auto before = run(file, format, kind);
  pl::fuzz::require_utf8(before);
  pl::fuzz::taint_file(file, format, before, [&](const std::string& text) { return run(text, format, kind); });
  return 0;
}
