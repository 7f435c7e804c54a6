// SPDX-License-Identifier: Apache-2.0
// One line of a JSON Lines file (SPEC §6) as its keys and values: what the reader makes a record
// of. Two parsers give these entries: simdjson (the fast path, jsonl_simdjson.cpp) for the lines
// it reads exactly as protobuf does, and protobuf's google.protobuf.Struct (jsonl_reader.cpp) for
// every other line — so every record and every message is the one protobuf alone gives.
#pragma once

#include <participatieladder/fields.hpp>

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace pl::io_detail {

/// A key of a line's object and its value as read.
struct json_entry {
  enum class kind : std::uint8_t {
    text,       ///< a string, true/false (`yes`/`no`) or null (empty): `text`
    number,     ///< a JSON number, read as a double (as protobuf reads it): `number`
    not_scalar  ///< an object or a list
  };
  const field_info* field = nullptr;  ///< its §6 row, or nullptr for a local key (set by the reader)
  std::string_view key;               ///< the key, unescaped
  kind what = kind::text;
  std::string_view text;
  double number = 0;
};

/// simdjson's reading of a line: the entries of an object whose values are all strings, numbers,
/// true/false or null and whose keys are all different. Anything else — a syntax error, a line that
/// is no object, a key given twice (protobuf refuses the line: "Repeated map key"), a nested value,
/// a number simdjson cannot hold (beyond 64-bit integers; protobuf reads it as a double) — is not
/// read here: the caller reads that line with protobuf, which gives its records and messages. The
/// entries' views point into this object (valid until the next read). One per thread.
class simdjson_line {
 public:
  simdjson_line();
  ~simdjson_line();
  simdjson_line(const simdjson_line&) = delete;
  simdjson_line& operator=(const simdjson_line&) = delete;

  /// True with the entries of `line` (in the object's order, `field` not set), or false.
  bool read(std::string_view line, std::vector<json_entry>& entries);

 private:
  struct impl;
  std::unique_ptr<impl> impl_;
};

}  // namespace pl::io_detail
