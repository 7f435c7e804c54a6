// SPDX-License-Identifier: Apache-2.0
// A synthetic caseload as a file (issue 3): the io writers do the writing; this file only puts
// the planted unreadable values (raw_value) into the written text, cell by cell.
#include <participatieladder/fields.hpp>
#include <participatieladder/generator/caseload_writer.hpp>
#include <participatieladder/io/jsonl_writer.hpp>

#include <google/protobuf/struct.pb.h>
#include <google/protobuf/util/json_util.h>

#include <sstream>
#include <string>
#include <vector>

namespace pl::gen {
namespace {

/// Lines of `text` with their terminators kept, so the file is reassembled byte for byte.
std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t nl = text.find('\n', start);
    const std::size_t end = nl == std::string::npos ? text.size() : nl + 1;
    lines.push_back(text.substr(start, end - start));
    start = end;
  }
  return lines;
}

std::string_view strip_eol(std::string_view line) {
  while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.remove_suffix(1);
  return line;
}

/// Cells of one CSV line as [begin, end) offsets. The generator's own values never contain the
/// delimiter, a quote or a line break, so a cell ends at the next delimiter outside quotes.
std::vector<std::pair<std::size_t, std::size_t>> cells(std::string_view line, char delimiter) {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  std::size_t begin = 0;
  bool quoted = false;
  for (std::size_t i = 0; i <= line.size(); ++i) {
    if (i < line.size() && line[i] == '"') quoted = !quoted;
    if (i == line.size() || (line[i] == delimiter && !quoted)) {
      out.emplace_back(begin, i);
      begin = i + 1;
    }
  }
  return out;
}

result<std::string> with_raw_csv(std::string text, const caseload& c, const csv_style& style) {
  auto lines = split_lines(text);
  if (lines.size() != c.records.size() + 1)
    return fail(errc::internal, "generated CSV has " + std::to_string(lines.size()) + " lines for " +
                                    std::to_string(c.records.size()) + " records");
  std::string_view header = strip_eol(lines[0]);
  if (style.bom && header.substr(0, 3) == "\xEF\xBB\xBF") header.remove_prefix(3);
  const auto header_cells = cells(header, style.delimiter);
  for (const auto& rv : c.raw_values) {
    const field_info* f = field_by_key(rv.key);
    if (!f) return fail(errc::internal, "raw value for unknown key '" + rv.key + "'");
    const std::string_view name = style.dutch_headers ? f->dutch_header() : f->key;
    std::size_t column = header_cells.size();
    for (std::size_t k = 0; k < header_cells.size(); ++k)
      if (header.substr(header_cells[k].first, header_cells[k].second - header_cells[k].first) == name) column = k;
    if (column == header_cells.size()) return fail(errc::internal, "generated CSV has no column '" + std::string(name) + "'");
    std::string& line = lines[rv.measurement + 1];
    const std::string eol(std::string_view(line).substr(strip_eol(line).size()));
    const auto row = cells(strip_eol(line), style.delimiter);
    if (column >= row.size()) return fail(errc::internal, "generated CSV line has too few cells");
    line = line.substr(0, row[column].first) + rv.text + line.substr(row[column].second);
  }
  std::string out;
  out.reserve(text.size() + 64);
  for (const auto& l : lines) out += l;
  return out;
}

result<std::string> with_raw_jsonl(std::string text, const caseload& c) {
  auto lines = split_lines(text);
  if (lines.size() != c.records.size())
    return fail(errc::internal, "generated JSON Lines has " + std::to_string(lines.size()) + " lines for " +
                                    std::to_string(c.records.size()) + " records");
  for (const auto& rv : c.raw_values) {
    // the record's own value is empty (not written); add the key with the unreadable text
    google::protobuf::Value key, value;
    key.set_string_value(rv.key);
    value.set_string_value(rv.text);
    std::string k, v;
    if (!google::protobuf::util::MessageToJsonString(key, &k).ok() || !google::protobuf::util::MessageToJsonString(value, &v).ok())
      return fail(errc::internal, "cannot write a JSON string");
    std::string& line = lines[rv.measurement];
    const auto brace = line.find('{');
    if (brace == std::string::npos) return fail(errc::internal, "generated JSON line is not an object");
    const bool empty_object = line.find_first_not_of(" \t", brace + 1) == line.find('}', brace);
    line.insert(brace + 1, k + ":" + v + (empty_object ? "" : ","));
  }
  std::string out;
  for (const auto& l : lines) out += l;
  return out;
}

}  // namespace

result<file_format> parse_file_format(std::string_view s) {
  if (s == "csv") return file_format::csv;
  if (s == "jsonl") return file_format::jsonl;
  return fail(errc::invalid_argument, "unknown format '" + std::string(s) + "' (expected csv or jsonl)");
}

result<void> write_caseload(std::ostream& out, const caseload& c, file_format format, const csv_style& style) {
  std::ostringstream buffer;
  if (format == file_format::csv) {
    PL_TRY(write_csv(buffer, c.records, style));
  } else {
    PL_TRY(write_jsonl(buffer, c.records));
  }
  std::string text = std::move(buffer).str();
  if (!c.raw_values.empty()) {
    auto patched = format == file_format::csv ? with_raw_csv(std::move(text), c, style) : with_raw_jsonl(std::move(text), c);
    if (!patched) return patched.error();
    text = std::move(patched).value();
  }
  out << text;
  if (!out) return fail(errc::io, "cannot write the caseload: the output stream failed");
  return success();
}

}  // namespace pl::gen
