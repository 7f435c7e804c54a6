// SPDX-License-Identifier: Apache-2.0
// SPEC §10 over a file grouped by client, a part at a time (see report_stream.hpp).
#include "pipeline/report_stream.hpp"

#include "pipeline/check.hpp"

#include "io/message_text.hpp"

#include <participatieladder/error_text.hpp>

#include <memory>
#include <utility>

namespace pl::pipeline {

result<report_outcome> report_stream(const std::string& path, const report_settings& settings, const read_options& options,
                                     const client_part_settings& parts) {
  if (!settings.kind)
    return fail(errc::invalid_argument, "kind is not set: which report (" + reports::report_kind_list(", ") + ")?");
  if (settings.reference_date.empty()) return fail(errc::invalid_argument, msg::report_stream_needs_reference_date);
  PL_TRY(reference, resolve_reference_date(settings.reference_date, std::span<const record>(), "reference_date"));
  // the columns the file has are known from its header; they only label the table (finish below)
  PL_TRY(checked, report_options_of(settings, reference, 0));
  PL_TRY(tally, reports::report_tally::make(checked));
  reports::data_quality_tally quality(reference.value());
  report_outcome out;
  out.reference = reference;
  out.sources = {io_detail::valid_utf8(path)};
  out.parts = 0;
  record_set file;  // the file's name, encoding, local columns and columns, without records
  file.sources = out.sources;
  PL_TRY(for_each_client_part(path, options, parts, msg::report_stream_not_grouped, [&](read_result& taken) -> result<void> {
    if (file.encodings.empty()) {
      file.encodings = {std::string(to_string(taken.encoding))};
      file.local_columns = {taken.local_columns};
      file.headers = {taken.headers};
      file.columns = {taken.columns};
    }
    record_set part;  // the part as read for tables only: a store, its findings naming its rows
    part.store = std::make_shared<const caseload_store>(caseload_store::of(taken.records));
    taken.records = {};
    part.sources = out.sources;
    tally.add(*part.store);
    quality.add(*part.store);
    quality.add(taken.findings);
    auto findings = within_report(part, std::move(taken.findings), reference.value());
    name_and_order(part, findings);
    for (auto& f : findings) {
      if (f.record_index != finding::no_record) f.record_index += out.records;
      out.findings.push_back(std::move(f));
    }
    out.records += part.store->records();
    ++out.parts;
    return success();
  }));
  name_and_order(file, out.findings);  // in the order of their lines over the whole file, as report() has them
  PL_TRY(o, report_options_of(settings, reference, absent_columns(file)));
  const auto computed = tally.finish();
  out.nl = reports::detail::labelled(computed, o, lang::nl);
  out.en = reports::detail::labelled(computed, o, lang::en);
  std::vector<reports::data_quality::source> sources(1);
  sources[0].name = file.sources[0];
  if (!file.encodings.empty()) sources[0].encoding = file.encodings[0];
  if (!file.local_columns.empty()) sources[0].local_columns = file.local_columns[0];
  out.quality = quality.finish(std::move(sources));
  out.quality.municipality = settings.municipality;
  return out;
}

}  // namespace pl::pipeline
