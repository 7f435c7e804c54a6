// SPDX-License-Identifier: Apache-2.0
// SPEC §7, §8 over a file grouped by client, a part at a time (see check_stream.hpp).
#include "pipeline/check_stream.hpp"

#include <algorithm>
#include <iterator>
#include <optional>

#include "io/message_text.hpp"

#include <participatieladder/error_text.hpp>
#include <participatieladder/io/csv_stream.hpp>

#include <unordered_map>
#include <utility>

namespace pl::pipeline {

namespace {

/// Where the records of `pending` can be cut so that no client's measurements (SPEC §7: a history
/// is one client's) are on both sides: before the trailing run of the last client's records
/// (records without a client id in that run go with it).
std::size_t complete_clients(const std::vector<record>& pending) {
  std::size_t cut = pending.size();
  const std::string* last = nullptr;
  while (cut > 0) {
    const auto& id = pending[cut - 1].client_id;
    if (!id.empty()) {
      if (last && id != *last) break;
      last = &id;
    }
    --cut;
  }
  return last ? cut : pending.size();  // no client id at all: no history to keep together
}

/// Remembers which clients are done, to refuse a file that is not grouped by client.
class grouping {
 public:
  explicit grouping(std::string file) : file_(std::move(file)) {}

  result<void> see(const record& r) {
    if (r.client_id.empty() || r.client_id == current_) {
      if (!r.client_id.empty()) current_last_line_ = r.line;
      return success();
    }
    if (!current_.empty()) done_.emplace(std::move(current_), current_last_line_);
    if (const auto it = done_.find(r.client_id); it != done_.end())
      return fail(errc::format, msg::stream_not_grouped, {file_, std::to_string(r.line), std::to_string(it->second)});
    current_ = r.client_id;
    current_last_line_ = r.line;
    return success();
  }

 private:
  std::string file_;
  std::string current_;
  std::size_t current_last_line_ = 0;
  std::unordered_map<std::string, std::size_t> done_;  ///< client → the last line of its measurements
};

}  // namespace

result<check_outcome> check_stream(const std::string& path, std::string_view reference_given, const check_config& config,
                                   const read_options& options, const stream_settings& settings) {
  if (reference_given.empty())
    return fail(errc::invalid_argument, msg::stream_needs_reference_date);
  PL_TRY(reference, resolve_reference_date(reference_given, std::span<const record>(), "reference_date"));
  PL_TRY(stream, csv_stream::open(path, 0, options, settings.block_bytes));
  check_outcome out;
  out.reference = reference;
  out.sources = {io_detail::valid_utf8(path)};
  grouping clients(out.sources.front());
  bool more = true;
  not_run_set not_run;
  std::optional<record_set> columns;
  while (more) {
    PL_TRY(read_on, stream->read(settings.part_records));
    more = read_on;
    const std::size_t cut = more ? complete_clients(stream->pending().records) : stream->pending().records.size();
    if (more && cut == 0) continue;  // one client so far: read on
    record_set part;
    read_result taken = stream->take_front(cut);
    for (const auto& r : taken.records) {
      PL_TRY(clients.see(r));
    }
    part.records = std::move(taken.records);
    part.findings = std::move(taken.findings);
    part.sources = out.sources;
    part.encodings = {std::string(to_string(taken.encoding))};
    part.local_columns = {std::move(taken.local_columns)};
    part.headers = {std::move(taken.headers)};
    part.columns = {taken.columns};
    if (out.encodings.empty()) out.encodings = part.encodings;
    std::size_t parts = 0;
    for (auto& f : checked_findings(part, reference.value(), config, {settings.threads, settings.min_part_records}, &not_run, &parts)) {
      if (f.record_index != finding::no_record) f.record_index += out.records;
      out.findings.push_back(std::move(f));
    }
    if (!columns) {  // the header's columns, for the finding about the whole file
      columns.emplace();
      columns->sources = part.sources;
      columns->columns = part.columns;
    }
    out.records += part.records.size();
    out.parts = std::max(out.parts, parts);
  }
  // SPEC §8 (revised): the checks not run for absent columns, said once for the whole file, first
  if (columns) {
    auto file = absent_column_findings(*columns, config, not_run);
    out.findings.insert(out.findings.begin(), std::make_move_iterator(file.begin()), std::make_move_iterator(file.end()));
  }
  count_severities(out);
  return out;
}

}  // namespace pl::pipeline
