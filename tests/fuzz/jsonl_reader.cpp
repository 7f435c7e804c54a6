// SPDX-License-Identifier: Apache-2.0
// Fuzz target: the JSON Lines reader (SPEC §6) through pl_read_records. Input: the bytes of a file.
// One more property (issue 25): the reader's fast path (simdjson, where it reads a line exactly as
// protobuf does) gives the same read_result — records, findings, local columns, headers, or the
// same error — as protobuf alone (io_detail::jsonl_parser::protobuf_only), compared as RecordSet bytes.
#include "reader_target.hpp"

#include "io/jsonl_reader_core.hpp"
#include "messages/record_message.hpp"

namespace {

std::string reading(std::string_view bytes, pl::io_detail::jsonl_parser parser) {
  auto r = pl::io_detail::read_jsonl(bytes, "input.jsonl", 0, {}, parser);
  if (!r) return "error " + r.error().message + " / " + r.error().message_nl;
  pl::pipeline::record_set set;
  set.records = std::move(r.value().records);
  set.findings = std::move(r.value().findings);
  set.sources = {"input.jsonl"};
  set.encodings = {std::string(pl::to_string(r.value().encoding))};
  set.local_columns = {std::move(r.value().local_columns)};
  set.headers = {std::move(r.value().headers)};
  set.columns = {r.value().columns};
  set.parts = {r.value().parts};
  return pl::messages::to_message(set).SerializeAsString();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  pl::fuzz::fuzz_reader(data, size, PL_FORMAT_JSONL);
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  if (reading(bytes, pl::io_detail::jsonl_parser::simdjson_first) != reading(bytes, pl::io_detail::jsonl_parser::protobuf_only))
    pl::fuzz::fail("the JSON Lines fast path (simdjson) and protobuf alone read this input differently");
  return 0;
}
