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

#include <optional>

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

result<check_config> settings(const v1::CheckOptions& options, const check_config& engine_config,
                              std::optional<extension_set>& own_extensions) {
  check_config config = engine_config;
  if (options.has_config()) {
    PL_TRY(parsed, from_message(options.config(), "CheckOptions.config"));
    config = std::move(parsed);
    config.extensions = engine_config.extensions;  // the request's settings, the engine's sub-steps
  }
  if (options.has_extensions()) {
    PL_TRY(parsed, from_message(options.extensions(), "CheckOptions.extensions"));
    own_extensions = std::move(parsed);
    config.extensions = &*own_extensions;
  }
  return config;
}

v1::CheckResponse to_message(const pipeline::check_outcome& outcome) {
  v1::CheckResponse out;
  out.mutable_findings()->Reserve(static_cast<int>(outcome.findings.size()));
  for (const finding& f : outcome.findings) *out.add_findings() = to_message(f);
  out.set_errors(static_cast<std::uint32_t>(outcome.errors));
  out.set_warnings(static_cast<std::uint32_t>(outcome.warnings));
  out.set_infos(static_cast<std::uint32_t>(outcome.infos));
  out.set_reference_date(outcome.reference.iso());
  out.set_reference_date_from_data(outcome.reference.from_data);
  out.set_records(static_cast<std::uint32_t>(outcome.records));
  for (const auto& s : outcome.sources) out.add_sources(s);
  for (const auto& e : outcome.encodings) out.add_encodings(e);
  return out;
}

result<v1::CheckResponse> check(const pipeline::record_set& set, const v1::CheckOptions& options, const check_config& engine_config) {
  std::optional<extension_set> own_extensions;
  PL_TRY(config, settings(options, engine_config, own_extensions));
  PL_TRY(outcome, pipeline::check(set, options.reference_date(), config));
  return to_message(outcome);
}

result<v1::CheckResponse> run(const v1::CheckRequest& request, const check_config& engine_config) {
  PL_TRY(set, from_message(request.records()));
  return check(set, request.options(), engine_config);
}

}  // namespace pl::messages
