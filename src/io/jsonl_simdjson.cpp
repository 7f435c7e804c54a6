// SPDX-License-Identifier: Apache-2.0
// The fast path of the JSON Lines reader (SPEC §6): simdjson (Debian libsimdjson-dev) reads a line
// when it is sure to read it exactly as protobuf's JsonStringToMessage into google.protobuf.Struct
// does; every other line is left to protobuf (jsonl_line.hpp). What was checked against protobuf
// 3.21 (tests/jsonl_fast_path, docs/input-files.md "JSON Lines"):
// - both refuse the same broken lines except where protobuf is more lenient (`{a:1}`, `'x'`,
//   `1.`, `{"a":1,}`, `\x`, raw control characters in a string, form feed or vertical tab between
//   tokens): simdjson refuses those, so they go to protobuf and read as before;
// - a key given twice (also spelled with an escape, `"a"` and `"\u0061"`): simdjson keeps both,
//   protobuf refuses the line (Repeated map key) — left to protobuf;
// - lone or broken surrogate escapes (`\ud800`, `\udc00`, `\ud800\u0041`), `1e400`: both refuse;
// - numbers: protobuf reads an integer as int64 or uint64 and converts it to a double, any other
//   number with strtod; simdjson gives int64, uint64 or a correctly rounded double: the same double
//   (also -0 → 0, -0.0 → -0.0, 1e-400 → 0). An integer beyond 64 bits is an error to simdjson
//   (protobuf reads it with strtod): left to protobuf.
#include "jsonl_line.hpp"

#include <simdjson.h>

#include <algorithm>
#include <string>

namespace pl::io_detail {

struct simdjson_line::impl {
  simdjson::dom::parser parser;
  std::string padded;  ///< the line and simdjson's padding (the line itself may end the text)
  std::vector<std::string_view> keys;
};

simdjson_line::simdjson_line() : impl_(std::make_unique<impl>()) {}
simdjson_line::~simdjson_line() = default;

bool simdjson_line::read(std::string_view line, std::vector<json_entry>& entries) {
  entries.clear();
  auto& s = *impl_;
  s.padded.assign(line);
  s.padded.append(simdjson::SIMDJSON_PADDING, '\0');
  simdjson::dom::element root;
  if (s.parser.parse(s.padded.data(), line.size(), false).get(root) != simdjson::SUCCESS) return false;
  simdjson::dom::object object;
  if (root.get(object) != simdjson::SUCCESS) return false;  // a list, a string, ...: protobuf says why
  for (const auto field : object) {
    json_entry e;
    e.key = field.key;
    const auto& v = field.value;
    switch (v.type()) {
      case simdjson::dom::element_type::STRING: e.text = v.get_string().value_unsafe(); break;
      case simdjson::dom::element_type::BOOL: e.text = v.get_bool().value_unsafe() ? "yes" : "no"; break;
      case simdjson::dom::element_type::NULL_VALUE: e.text = {}; break;
      // protobuf: an integer as int64 / uint64, then static_cast to the double of Value.number_value
      case simdjson::dom::element_type::INT64:
        e.what = json_entry::kind::number;
        e.number = static_cast<double>(v.get_int64().value_unsafe());
        break;
      case simdjson::dom::element_type::UINT64:
        e.what = json_entry::kind::number;
        e.number = static_cast<double>(v.get_uint64().value_unsafe());
        break;
      case simdjson::dom::element_type::DOUBLE:
        e.what = json_entry::kind::number;
        e.number = v.get_double().value_unsafe();
        break;
      default: return false;  // a nested object or list: protobuf reads it (its depth limit, its keys)
    }
    entries.push_back(e);
  }
  // A key given twice: protobuf refuses the whole line; its message is protobuf's to give.
  s.keys.clear();
  for (const auto& e : entries) s.keys.push_back(e.key);
  std::sort(s.keys.begin(), s.keys.end());
  return std::adjacent_find(s.keys.begin(), s.keys.end()) == s.keys.end();
}

}  // namespace pl::io_detail
