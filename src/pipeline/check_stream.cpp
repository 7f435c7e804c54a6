// SPDX-License-Identifier: Apache-2.0
// SPEC §7, §8 over a file grouped by client, a part at a time (see check_stream.hpp).
#include "pipeline/check_stream.hpp"

#include "pipeline/client_parts.hpp"

#include "io/message_text.hpp"

#include <participatieladder/error_text.hpp>

#include <algorithm>
#include <iterator>
#include <optional>
#include <utility>

namespace pl::pipeline {

result<check_outcome> check_stream(const std::string& path, std::string_view reference_given, const check_config& config,
                                   const read_options& options, const stream_settings& settings) {
  if (reference_given.empty())
    return fail(errc::invalid_argument, msg::stream_needs_reference_date);
  PL_TRY(reference, resolve_reference_date(reference_given, std::span<const record>(), "reference_date"));
  check_outcome out;
  out.reference = reference;
  out.sources = {io_detail::valid_utf8(path)};
  not_run_set not_run;
  std::optional<record_set> columns;
  PL_TRY(for_each_client_part(path, options, {settings.part_records, settings.block_bytes}, msg::stream_not_grouped,
                              [&](read_result& taken) -> result<void> {
    record_set part;
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
    return success();
  }));
  // SPEC §8 (revised): the checks not run for absent columns, said once for the whole file, first
  if (columns) {
    auto file = absent_column_findings(*columns, config, not_run);
    out.findings.insert(out.findings.begin(), std::make_move_iterator(file.begin()), std::make_move_iterator(file.end()));
  }
  count_severities(out);
  return out;
}

}  // namespace pl::pipeline
