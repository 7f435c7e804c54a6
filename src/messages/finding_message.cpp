// SPDX-License-Identifier: Apache-2.0
// SPEC §8: findings as messages.
#include "messages/finding_message.hpp"

namespace pl::messages {

namespace v1 = participatieladder::v1;

v1::Severity to_message(severity s) noexcept {
  switch (s) {
    case severity::error: return v1::SEVERITY_ERROR;
    case severity::warning: return v1::SEVERITY_WARNING;
    case severity::info: return v1::SEVERITY_INFO;
  }
  return v1::SEVERITY_UNSPECIFIED;
}

std::optional<severity> from_message(v1::Severity s) noexcept {
  switch (s) {
    case v1::SEVERITY_ERROR: return severity::error;
    case v1::SEVERITY_WARNING: return severity::warning;
    case v1::SEVERITY_INFO: return severity::info;
    default: return std::nullopt;
  }
}

v1::Finding to_message(const finding& f) {
  v1::Finding m;
  m.set_check(f.check);
  m.set_severity(to_message(f.severity));
  m.set_client_id(f.client_id);
  m.set_file(f.file);
  m.set_line(f.line);
  if (f.record_index != finding::no_record) m.set_record_index(f.record_index);
  if (f.measured_on) m.set_measured_on(f.measured_on->iso());
  for (const auto& k : f.fields) m.add_fields(k);
  m.set_message_nl(f.message_nl);
  m.set_message_en(f.message_en);
  m.set_key(f.key);
  m.set_value(f.value);
  m.set_caseworker(f.caseworker);
  m.set_team(f.team);
  return m;
}

result<finding> from_message(const v1::Finding& m) {
  finding f;
  f.check = m.check();
  const auto s = from_message(m.severity());
  if (!s) return fail(errc::invalid_argument, "Finding.severity: " + std::to_string(static_cast<int>(m.severity())) + " is not a severity (error, warning, info)");
  f.severity = *s;
  f.client_id = m.client_id();
  f.file = m.file();
  f.line = static_cast<std::size_t>(m.line());
  if (m.has_record_index()) f.record_index = static_cast<std::size_t>(m.record_index());
  if (!m.measured_on().empty()) {
    auto d = parse_date(m.measured_on());
    if (!d) return fail(errc::parse, "Finding.measured_on: " + d.error().message);
    f.measured_on = d.value();
  }
  f.fields.assign(m.fields().begin(), m.fields().end());
  f.message_nl = m.message_nl();
  f.message_en = m.message_en();
  f.key = m.key();
  f.value = m.value();
  f.caseworker = m.caseworker();
  f.team = m.team();
  return f;
}

}  // namespace pl::messages
