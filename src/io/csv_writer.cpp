// SPDX-License-Identifier: Apache-2.0
// CSV output (SPEC §6): Dutch Excel or ISO style; RFC 4180 quoting.
#include <participatieladder/io/csv_writer.hpp>

#include "local_columns.hpp"

#include <participatieladder/csv_field.hpp>

#include <string>
#include <string_view>

namespace pl {
namespace {

void put(std::ostream& out, std::string_view v, char delimiter) { out << csv_field(v, delimiter); }

}  // namespace

result<void> write_csv(std::ostream& out, std::span<const record> records, const csv_style& style) {
  const char* eol = style.crlf ? "\r\n" : "\n";
  const auto locals = io_detail::local_columns(records);
  if (style.bom) out << "\xEF\xBB\xBF";
  bool first = true;
  auto sep = [&] { if (!first) out << style.delimiter; first = false; };
  for (const auto& f : field_table) { sep(); put(out, style.dutch_headers ? f.dutch_header() : f.key, style.delimiter); }
  for (const auto& name : locals) { sep(); put(out, name, style.delimiter); }
  out << eol;
  for (const auto& r : records) {
    first = true;
    for (const auto& f : field_table) { sep(); put(out, format_field(r, f, style.values), style.delimiter); }
    for (const auto& name : locals) {
      sep();
      if (const auto* v = io_detail::local_value(r, name)) put(out, *v, style.delimiter);
    }
    out << eol;
  }
  if (!out) return fail(errc::io, "cannot write CSV: the output stream failed");
  return success();
}

}  // namespace pl
