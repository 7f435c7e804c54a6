// SPDX-License-Identifier: Apache-2.0
// Fuzz target: a column-mapping file (ReadOptions JSON, docs/input-files.md) through
// pl_read_column_mapping. Input: the file. Properties: every error is valid UTF-8 and a PL_E_* code
// (never PL_E_INTERNAL); the options that read, written as JSON, read back as the same; a CSV file
// read with them gives a RecordSet or a refusal naming why, and no finding echoes a personal value
// of that file (the mapping may make any column personal).
#include "capi_support.hpp"

#include <participatieladder/v1/read.pb.h>

#include <cstdint>
#include <string>

using pl::fuzz::fail;

namespace {
// A file whose headers a fuzzed mapping can turn into any key, personal ones included.
const std::string csv =
    "Klant;Datum meting;Trede;Naam;Woonplaats;Opmerking\n"
    "K1;2025-03-01;3;Jansen;Heemskerk;Dorpsstraat\n"
    "K2;01-02-2025;2+;de Vries;Beverwijk;Kerkweg 12\n";
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  pl::fuzz::buffer out;
  const int rc = pl_read_column_mapping(data, size, "columns.json", &out);
  participatieladder::v1::ReadOptions options;
  pl::fuzz::require_utf8(pl::fuzz::outcome("pl_read_column_mapping", rc, out, &options));
  if (rc != PL_OK) return 0;

  pl::fuzz::buffer json, back;
  if (pl_message_to_json("ReadOptions", out.b.data, out.b.size, &json) != PL_OK)
    fail(std::string("pl_message_to_json(ReadOptions): ") + pl_last_error());
  if (pl_read_column_mapping(json.b.data, json.b.size, "columns.json", &back) != PL_OK)
    fail(std::string("the mapping written as JSON does not read back: ") + pl_last_error());
  participatieladder::v1::ReadOptions again;
  if (!again.ParseFromArray(back.b.data, static_cast<int>(back.b.size)) || !pl::fuzz::same(again, options))
    fail("mapping -> JSON -> mapping is not the same: " + pl::fuzz::shown(json.bytes()));

  // The mapping applied: personal columns by the mapping, as the reader resolves them.
  pl::read_options how;
  for (const auto& [header, key] : options.columns()) how.columns.emplace(header, key);
  auto read = [&](const std::string& text) {
    pl::fuzz::buffer set_bytes;
    const int r = pl_read_records_v2(pl::fuzz::engine(), text.data(), text.size(), "mapped.csv", PL_FORMAT_CSV, out.b.data,
                                     out.b.size, &set_bytes);
    participatieladder::v1::RecordSet set;
    auto ms = pl::fuzz::outcome("pl_read_records_v2", r, set_bytes, &set);
    pl::fuzz::require_utf8(ms);
    pl::fuzz::messages findings;
    for (int i = 0; i < set.findings_size(); ++i) pl::fuzz::collect_strings(set.findings(i), "findings", findings);
    if (r != PL_OK) findings = ms;
    return findings;
  };
  const auto spans = pl::fuzz::csv_personal_spans(csv, how);
  const auto personal = pl::fuzz::values_of(csv, spans);
  const auto before = read(csv);
  if (pl::fuzz::may_echo(personal, before)) pl::fuzz::require_no_echo(personal, before, read(pl::fuzz::rotate_spans(csv, spans)));
  return 0;
}
