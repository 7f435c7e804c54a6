// SPDX-License-Identifier: Apache-2.0
// Consistency checks (SPEC §8) and reading (SPEC §6) as participatieladder.v1 messages: the
// catalogue under a configuration, check requests in, findings out.
#pragma once

#include <participatieladder/checks.hpp>
#include <participatieladder/finding.hpp>
#include <participatieladder/record.hpp>
#include <participatieladder/v1/catalogue.pb.h>
#include <participatieladder/v1/check.pb.h>

#include "pipeline/check.hpp"

#include <participatieladder/extensions.hpp>

#include <optional>

#include <span>
#include <vector>

namespace pl::messages {

/// The catalogue (SPEC §8) with the effective severity and enabled flag under `config`.
participatieladder::v1::Catalogue catalogue_message(const check_config& config);

/// The check settings of `options`: its config replaces the engine's settings (keeping the engine's
/// sub-steps), its extension set (kept in `own_extensions`) the engine's. errc::config when invalid.
result<check_config> settings(const participatieladder::v1::CheckOptions& options, const check_config& engine_config,
                              std::optional<extension_set>& own_extensions);

/// The response message of a check outcome.
participatieladder::v1::CheckResponse to_message(const pipeline::check_outcome& outcome);

/// Check a record set with `options` (pipeline::check), as a response message.
result<participatieladder::v1::CheckResponse> check(const pipeline::record_set& set,
                                                    const participatieladder::v1::CheckOptions& options,
                                                    const check_config& engine_config);

/// Run a check request: its record set read from the message (an `input` finding per record
/// value that cannot be read), then check(). Errors: errc::parse for an unreadable reference date,
/// errc::config for invalid settings, errc::invalid_argument for a set that refers to records or
/// sources it does not have.
result<participatieladder::v1::CheckResponse> run(const participatieladder::v1::CheckRequest& request,
                                                  const check_config& engine_config);

}  // namespace pl::messages
