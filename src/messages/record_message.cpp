// SPDX-License-Identifier: Apache-2.0
// SPEC §6: the record message is read and written through the §6 field table.
#include "messages/record_message.hpp"

#include <participatieladder/fields.hpp>

#include <google/protobuf/descriptor.h>

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

finding unreadable(const field_info& f, const std::string& value, std::size_t index, const record& r, const error& why) {
  finding out;
  out.check = std::string(input_check_id);
  out.severity = severity::error;
  out.client_id = r.client_id;
  out.line = r.line;
  out.record_index = index;
  out.fields = {std::string(f.key)};
  out.key = std::string(f.key);
  if (!f.personal) out.value = value;
  const std::string where = "record " + std::to_string(index) + (r.line ? " (line " + std::to_string(r.line) + ")" : "");
  out.message_nl = where + ": " + std::string(f.key) + ": waarde niet leesbaar" + (f.personal ? " (persoonsgegeven, waarde weggelaten)" : " '" + value + "'") +
                   ", verwacht " + std::string(expectation(f.kind).nl);
  out.message_en = where + ": " + why.message;
  return out;
}

}  // namespace

record from_message(const Record& m, std::size_t index, std::vector<finding>& findings) {
  record r;
  r.line = static_cast<std::size_t>(m.line());
  r.source = m.source();
  const gp::Reflection* refl = m.GetReflection();
  for (const field_info& f : field_table) {
    const std::string value = refl->GetString(m, &field_of(f));
    if (auto ok = parse_field(r, f, value); !ok) findings.push_back(unreadable(f, value, index, r, ok.error()));
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

void name_files(std::span<finding> findings, std::span<const record> records,
                const google::protobuf::RepeatedPtrField<std::string>& sources) {
  for (auto& f : findings) {
    if (f.record_index == finding::no_record || f.record_index >= records.size() || !f.file.empty()) continue;
    const auto source = records[f.record_index].source;
    if (source < static_cast<std::size_t>(sources.size())) f.file = sources[static_cast<int>(source)];
  }
}

}  // namespace pl::messages
