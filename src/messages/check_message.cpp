// SPDX-License-Identifier: Apache-2.0
// SPEC §8 as messages: every rule is the core's (checks.hpp, check_catalogue.hpp); this file only
// converts.
#include "messages/check_message.hpp"

#include "messages/config_message.hpp"
#include "messages/extensions_message.hpp"
#include "messages/finding_message.hpp"
#include "messages/record_message.hpp"

#include <participatieladder/check_catalogue.hpp>
#include <participatieladder/date.hpp>

namespace pl::messages {

namespace v1 = participatieladder::v1;

v1::Catalogue catalogue_message(const check_config& config) {
  v1::Catalogue m;
  for (const check_info& c : check_catalogue) {
    auto* d = m.add_checks();
    d->set_id(std::string(c.id));
    const auto it = config.severity_overrides.find(c.id);
    d->set_severity(to_message(it != config.severity_overrides.end() ? it->second : c.severity));
    d->set_enabled(config.disabled_checks.count(c.id) == 0);
    d->mutable_description()->set_nl(std::string(c.description.nl));
    d->mutable_description()->set_en(std::string(c.description.en));
    for (const auto key : c.fields) d->add_fields(std::string(key));
    d->set_history(c.scope == check_scope::history);
  }
  return m;
}

void add_findings(std::span<const finding> findings, v1::CheckResponse& out) {
  for (const finding& f : findings) {
    *out.add_findings() = to_message(f);
    switch (f.severity) {
      case severity::error: out.set_errors(out.errors() + 1); break;
      case severity::warning: out.set_warnings(out.warnings() + 1); break;
      case severity::info: out.set_infos(out.infos() + 1); break;
    }
  }
}

result<v1::CheckResponse> run(const v1::CheckRequest& request, const check_config& engine_config) {
  if (request.reference_date().empty())
    return fail(errc::parse, "CheckRequest.reference_date is empty: the reference date (\"today\", YYYY-MM-DD) is required (SPEC §8)");
  auto reference = parse_date(request.reference_date());
  if (!reference) return fail(errc::parse, "CheckRequest.reference_date: " + reference.error().message);

  check_config config = engine_config;
  if (request.has_config()) {
    PL_TRY(parsed, from_message(request.config(), "CheckRequest.config"));
    config = std::move(parsed);
    config.extensions = engine_config.extensions;  // the request's settings, the engine's sub-steps
  }
  std::optional<extension_set> own_extensions;
  if (request.has_extensions()) {
    PL_TRY(parsed, from_message(request.extensions(), "CheckRequest.extensions"));
    own_extensions = std::move(parsed);
    config.extensions = &*own_extensions;
  }

  std::vector<finding> unreadable;
  std::vector<record> records;
  records.reserve(static_cast<std::size_t>(request.records_size()));
  for (int i = 0; i < request.records_size(); ++i)
    records.push_back(from_message(request.records(i), static_cast<std::size_t>(i), unreadable));

  v1::CheckResponse out;
  for (const auto& f : request.input_findings()) {
    *out.add_findings() = f;
    switch (f.severity()) {
      case v1::SEVERITY_WARNING: out.set_warnings(out.warnings() + 1); break;
      case v1::SEVERITY_INFO: out.set_infos(out.infos() + 1); break;
      default: out.set_errors(out.errors() + 1); break;
    }
  }
  std::vector<finding> found = run_checks(records, reference.value(), config);
  name_files(unreadable, records, request.sources());
  name_files(found, records, request.sources());
  add_findings(unreadable, out);
  add_findings(found, out);
  return out;
}

}  // namespace pl::messages
