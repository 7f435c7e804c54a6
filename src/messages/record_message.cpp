// SPDX-License-Identifier: Apache-2.0
// SPEC §6: the record message is read and written through the §6 field table.
#include "messages/record_message.hpp"

#include "messages/finding_message.hpp"
#include "io/input_finding.hpp"

#include <participatieladder/fields.hpp>

#include <google/protobuf/descriptor.h>

#include <cstdint>
#include <stdexcept>
#include <string>

namespace pl::messages {

namespace gp = google::protobuf;
using participatieladder::v1::Record;

namespace {

/// The message field of a §6 key. The schema and the field table are kept equal by
/// tests/abi/messages_test.cpp; a missing field is a bug.
const gp::FieldDescriptor& field_of(const field_info& f) {
  const gp::FieldDescriptor* d = Record::descriptor()->FindFieldByName(std::string(f.key));
  if (d == nullptr || d->type() != gp::FieldDescriptor::TYPE_STRING)
    throw std::logic_error("participatieladder.v1.Record has no string field '" + std::string(f.key) + "'");
  return *d;
}

}  // namespace

record from_message(const Record& m, std::size_t index, std::vector<finding>& findings) {
  record r;
  r.line = static_cast<std::size_t>(m.line());
  r.source = m.source();
  const gp::Reflection* refl = m.GetReflection();
  const std::size_t first_new = findings.size();
  for (const field_info& f : field_table) {
    const std::string value = refl->GetString(m, &field_of(f));
    if (auto ok = parse_field(r, f, value); !ok)
      findings.push_back(io_detail::value_finding("", r.line, f, f.key, value, ok.error().message, index));
  }
  if (r.growth_conflict)  // SPEC §6 (revised): both values named, growth unknown
    findings.push_back(io_detail::growth_conflict_finding("", r.line, {"step", m.step()}, {"growth_potential", m.growth_potential()}, index));
  for (std::size_t i = first_new; i < findings.size(); ++i) {
    findings[i].client_id = r.client_id;
    findings[i].measured_on = r.measured_on;
  }
  for (const auto& lf : m.local_fields()) r.local_fields.emplace_back(lf.key(), lf.value());
  return r;
}

Record to_message(const record& r) {
  Record m;
  const gp::Reflection* refl = m.GetReflection();
  for (const field_info& f : field_table) {
    std::string value = format_field(r, f, value_style::iso());
    if (!value.empty()) refl->SetString(&m, &field_of(f), std::move(value));
  }
  for (const auto& [k, v] : r.local_fields) {
    auto* lf = m.add_local_fields();
    lf->set_key(k);
    lf->set_value(v);
  }
  m.set_line(r.line);
  m.set_source(r.source);
  return m;
}

result<pipeline::record_set> from_message(const participatieladder::v1::RecordSet& m) {
  pipeline::record_set set;
  set.sources.assign(m.sources().begin(), m.sources().end());
  set.encodings.assign(m.encodings().begin(), m.encodings().end());
  for (const auto& l : m.local_columns()) set.local_columns.emplace_back(l.names().begin(), l.names().end());
  for (const auto& h : m.headers()) {
    auto& list = set.headers.emplace_back();
    for (const auto& c : h.columns()) list.emplace_back(c.key(), c.header());
  }
  for (const auto& c : m.columns()) {  // SPEC §8/§10 (revised): the columns each file has
    if (c.names().empty()) {
      set.columns.emplace_back();
      continue;
    }
    std::uint64_t mask = 0;
    for (const auto& key : c.names())
      for (std::size_t i = 0; i < field_table.size(); ++i)
        if (field_table[i].key == key) mask |= std::uint64_t{1} << i;
    set.columns.emplace_back(mask);
  }
  for (const auto& f : m.findings()) {
    PL_TRY(parsed, from_message(f));
    if (parsed.record_index != finding::no_record && parsed.record_index >= static_cast<std::size_t>(m.records_size()))
      return fail(errc::invalid_argument, "RecordSet.findings: record_index " + std::to_string(parsed.record_index) +
                                              " but the set has " + std::to_string(m.records_size()) + " records");
    set.findings.push_back(std::move(parsed));
  }
  set.records.reserve(static_cast<std::size_t>(m.records_size()));
  for (int i = 0; i < m.records_size(); ++i) {
    const auto& rm = m.records(i);
    if (rm.source() != 0 && rm.source() >= static_cast<std::uint32_t>(m.sources_size()))
      return fail(errc::invalid_argument, "RecordSet.records[" + std::to_string(i) + "].source = " + std::to_string(rm.source()) +
                                              " but the set has " + std::to_string(m.sources_size()) + " sources");
    set.records.push_back(from_message(rm, static_cast<std::size_t>(i), set.findings));
  }
  return set;
}

namespace {
/// Everything of a record set but its records, into a RecordSet or a RecordSetInfo (same fields).
template <class Message>
void describe(const pipeline::record_set& set, Message& m) {
  for (const auto& f : set.findings) *m.add_findings() = to_message(f);
  for (const auto& s : set.sources) m.add_sources(s);
  for (const auto& e : set.encodings) m.add_encodings(e);
  for (const auto& l : set.local_columns) {
    auto* names = m.add_local_columns();
    for (const auto& n : l) names->add_names(n);
  }
  for (const auto& h : set.headers) {
    auto* list = m.add_headers();
    for (const auto& [key, header] : h) {
      auto* c = list->add_columns();
      c->set_key(key);
      c->set_header(header);
    }
  }
  for (std::size_t s = 0; s < set.columns.size() && s < set.sources.size(); ++s) {
    auto* names = m.add_columns();
    if (!set.columns[s]) continue;
    for (std::size_t i = 0; i < field_table.size(); ++i)
      if ((*set.columns[s] >> i) & 1) names->add_names(std::string(field_table[i].key));
  }
}
}  // namespace

participatieladder::v1::RecordSet to_message(const pipeline::record_set& set) {
  participatieladder::v1::RecordSet m;
  m.mutable_records()->Reserve(static_cast<int>(set.records.size()));
  for (const auto& r : set.records) *m.add_records() = to_message(r);
  describe(set, m);
  return m;
}

participatieladder::v1::RecordSetInfo info_message(const pipeline::record_set& set) {
  participatieladder::v1::RecordSetInfo m;
  m.set_records(static_cast<std::uint32_t>(set.records.size()));
  describe(set, m);
  return m;
}

}  // namespace pl::messages
