// SPDX-License-Identifier: Apache-2.0
// The CSV and JSON Lines readers through pl_read_records (the door of every binding): the
// RecordSet decodes, every finding and error is valid UTF-8, no finding echoes a personal value of
// the file (fuzz_support.hpp), and the records read back from the RecordSet's JSON as the same
// message.
#pragma once

#include "capi_support.hpp"

#include "io/text_check.hpp"

#include <participatieladder/v1/read.pb.h>

#include <cstdint>
#include <string>

namespace pl::fuzz {

inline messages read_messages(std::string_view bytes, int format, participatieladder::v1::RecordSet& set) {
  buffer out;
  const int rc = pl_read_records(engine(), bytes.data(), bytes.size(), format == PL_FORMAT_CSV ? "input.csv" : "input.jsonl",
                                 format, &out);
  messages ms = outcome("pl_read_records", rc, out, &set);
  if (rc != PL_OK) return ms;
  // Only the findings are messages; the records are the data read (personal values belong there).
  messages findings;
  for (int i = 0; i < set.findings_size(); ++i) collect_strings(set.findings(i), "findings[" + std::to_string(i) + "]", findings);
  require_utf8(ms);  // records, sources, headers: the whole RecordSet is valid UTF-8
  return findings;
}

/// The file as the readers see it: UTF-8 without BOM (Windows-1252 converted); empty when it is
/// neither (the reader refuses it).
inline std::string as_utf8(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  if (io_detail::invalid_utf8_offset(bytes) == std::string_view::npos) return std::string(bytes);
  std::size_t bad = 0;
  auto text = io_detail::windows1252_to_utf8(bytes, bad);
  return bad == std::string_view::npos ? text : std::string();
}

/// Property 2 for a call on file bytes: `before_raw` are its messages; `run` makes the call on other
/// text of the same format.
template <class Run>
void taint_file(std::string_view bytes, int format, const messages& before_raw, Run run) {
  const std::string text = as_utf8(bytes);
  if (text.empty()) return;
  const auto spans = format == PL_FORMAT_CSV ? csv_personal_spans(text) : json_personal_spans(text);
  const auto personal = values_of(text, spans);
  if (!may_echo(personal, before_raw)) return;
  const messages before = text == bytes ? before_raw : run(text);
  const messages after = run(rotate_spans(text, spans));
  require_utf8(after);
  require_no_echo(personal, before, after);
}

inline void fuzz_reader(const std::uint8_t* data, std::size_t size, int format) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  participatieladder::v1::RecordSet set;
  const messages before_raw = read_messages(bytes, format, set);
  require_utf8(before_raw);

  // The RecordSet's JSON (pl_message_to_json) reads back (pl_message_from_json) as the same message.
  if (set.ByteSizeLong() > 0) {
    const std::string wire = set.SerializeAsString();
    buffer json, back;
    if (pl_message_to_json("RecordSet", wire.data(), wire.size(), &json) != PL_OK)
      fail(std::string("pl_message_to_json(RecordSet): ") + pl_last_error());
    require_utf8("RecordSet JSON", json.bytes());
    if (pl_message_from_json("RecordSet", reinterpret_cast<const char*>(json.b.data), &back) != PL_OK)
      fail(std::string("pl_message_from_json(RecordSet) of its own JSON: ") + pl_last_error());
    participatieladder::v1::RecordSet again;
    if (!again.ParseFromArray(back.b.data, static_cast<int>(back.b.size)) || again.SerializeAsString() != wire)
      fail("RecordSet -> JSON -> RecordSet is not the same message");
  }

  taint_file(bytes, format, before_raw, [&](const std::string& text) { return read_messages(text, format, set); });
}

}  // namespace pl::fuzz
