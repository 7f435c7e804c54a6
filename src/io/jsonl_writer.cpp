// SPDX-License-Identifier: Apache-2.0
// JSON Lines output (SPEC §6) through protobuf's JSON mapping.
#include <participatieladder/io/jsonl_writer.hpp>

#include <participatieladder/fields.hpp>
#include <participatieladder/io/json_line.hpp>

#include <google/protobuf/struct.pb.h>

#include <string>

namespace pl {

result<void> write_jsonl(std::ostream& out, std::span<const record> records) {
  for (const auto& r : records) {
    google::protobuf::Struct object;
    auto& fields = *object.mutable_fields();
    for (const auto& f : field_table) {
      auto v = format_field(r, f, value_style::iso());
      if (!v.empty()) fields[std::string(f.key)].set_string_value(std::move(v));
    }
    for (const auto& [name, value] : r.local_fields) fields[name].set_string_value(value);
    PL_TRY(line, json_line(object));  // keys sorted: the same records give the same bytes
    out << line << '\n';
  }
  if (!out) return fail(errc::io, "cannot write JSON Lines: the output stream failed");
  return success();
}

}  // namespace pl
