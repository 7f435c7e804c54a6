// SPDX-License-Identifier: Apache-2.0
#include "pipeline/record_set.hpp"

#include "io/message_text.hpp"

#include <participatieladder/error_text.hpp>
#include <participatieladder/io/csv_reader.hpp>
#include <participatieladder/io/csv_stream.hpp>
#include <participatieladder/io/jsonl_reader.hpp>
#include <participatieladder/fields.hpp>
#include <participatieladder/text_util.hpp>

#include <participatieladder/io/file_reader.hpp>

#include <filesystem>
#include <iostream>
#include <iterator>
#include <utility>

namespace pl::pipeline {

input_format resolve_format(input_format f, std::string_view source_name) {
  if (f != input_format::automatic) return f;
  const auto ext = detail::lower(std::filesystem::path(std::string(source_name)).extension().string());
  return ext == ".jsonl" || ext == ".ndjson" ? input_format::jsonl : input_format::csv;
}

namespace {
record_set from_read(read_result&& read, std::string_view name) {
  record_set out;
  out.records = std::move(read.records);
  out.findings = std::move(read.findings);
  out.sources.push_back(io_detail::valid_utf8(name));  // as the readers name it in findings (valid UTF-8)
  out.encodings.emplace_back(to_string(read.encoding));
  out.local_columns.push_back(std::move(read.local_columns));
  out.headers.push_back(std::move(read.headers));
  out.columns.push_back(read.columns);
  out.parts.push_back(read.parts);
  return out;
}
}  // namespace

result<record_set> read_bytes(std::string_view bytes, std::string_view name, input_format format, const read_options& options) {
  const bool jsonl = resolve_format(format, name) == input_format::jsonl;
  PL_TRY(read, jsonl ? read_jsonl(bytes, name, 0, options) : read_csv(bytes, name, 0, options));
  return from_read(std::move(read), name);
}

result<record_set> read_path(const std::string& path, const read_options& options) {
  if (path == "-") {
    std::string bytes((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    if (std::cin.bad()) return fail(errc::io, msg::stdin_unreadable);
    return read_bytes(bytes, "(standard input)", input_format::csv, options);
  }
  PL_TRY(read, read_file(path, 0, options));
  return from_read(std::move(read), path);
}

result<record_set> read_path_into(const std::string& path, std::uint32_t source, caseload_builder& store, const read_options& options) {
  if (path == "-" || resolve_format(input_format::automatic, path) != input_format::csv) {
    // JSON Lines and standard input: read whole, then into the store
    const std::size_t first_row = store.size();
    PL_TRY(set, read_path(path, options));
    for (auto& f : set.findings)
      if (f.record_index != finding::no_record) f.record_index += first_row;
    for (auto& r : set.records) {
      r.source = source;
      store.add(r);
    }
    set.records = {};
    return set;
  }
  PL_TRY(stream, csv_stream::open(path, source, options));
  PL_TRY(all, stream->read_into(store));  // findings name rows of the store
  return from_read(std::move(all), path);
}

std::shared_ptr<const caseload_store> caseload_of(const record_set& set) {
  if (set.store) return set.store;
  // on as many threads as the files were read on (read_options::threads): one part each
  std::size_t threads = 1;
  for (const auto p : set.parts) threads = std::max(threads, p);
  return std::make_shared<const caseload_store>(caseload_store::of(set.records, static_cast<unsigned>(threads)));
}

std::size_t record_count(const record_set& set) noexcept { return set.store ? set.store->records() : set.records.size(); }

void append(record_set& into, record_set&& more) {
  if (!into.records.empty() || !more.records.empty()) into.store.reset();  // a store of `into` alone no longer holds the set
  const auto source_offset = static_cast<std::uint32_t>(into.sources.size());
  const std::size_t record_offset = into.records.size();
  if (source_offset != 0)
    for (auto& r : more.records) r.source += source_offset;
  if (into.records.empty()) {  // the first file: its records as they are, not moved one by one
    into.records = std::move(more.records);
  } else {
    into.records.reserve(into.records.size() + more.records.size());
    for (auto& r : more.records) into.records.push_back(std::move(r));
  }
  for (auto& f : more.findings)
    if (f.record_index != finding::no_record) f.record_index += record_offset;
  if (into.findings.empty()) {
    into.findings = std::move(more.findings);
  } else {
    into.findings.reserve(into.findings.size() + more.findings.size());
    for (auto& f : more.findings) into.findings.push_back(std::move(f));
  }
  for (auto& s : more.sources) into.sources.push_back(std::move(s));
  for (auto& e : more.encodings) into.encodings.push_back(std::move(e));
  for (auto& l : more.local_columns) into.local_columns.push_back(std::move(l));
  for (auto& h : more.headers) into.headers.push_back(std::move(h));
  into.columns.resize(source_offset);  // sources made without a column list: unknown
  for (auto& c : more.columns) into.columns.push_back(c);
  into.columns.resize(into.sources.size());
  into.parts.resize(source_offset, 1);  // sources made without a part count: read as one
  for (auto p : more.parts) into.parts.push_back(p);
  into.parts.resize(into.sources.size(), 1);
}

std::vector<std::uint64_t> absent_columns_by_source(const record_set& set) {
  std::vector<std::uint64_t> out(set.sources.size(), 0);
  const std::uint64_t all = field_table.size() >= 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << field_table.size()) - 1;
  for (std::size_t i = 0; i < out.size() && i < set.columns.size(); ++i)
    if (set.columns[i]) out[i] = all & ~*set.columns[i];
  return out;
}

std::uint64_t absent_columns(const record_set& set) {
  if (set.sources.empty() || set.columns.size() < set.sources.size()) return 0;
  std::uint64_t absent = ~std::uint64_t{0};
  for (const auto m : absent_columns_by_source(set)) absent &= m;
  for (const auto& c : set.columns)
    if (!c) return 0;
  return absent;
}

std::size_t source_of(const record_set& set, const finding& f) {
  if (f.record_index != finding::no_record && f.record_index < set.records.size()) return set.records[f.record_index].source;
  if (set.store && f.record_index != finding::no_record && f.record_index < set.store->records()) return set.store->rows()[f.record_index].source;
  for (std::size_t i = 0; i < set.sources.size(); ++i)
    if (set.sources[i] == f.file) return i;
  return set.sources.size();
}

}  // namespace pl::pipeline
