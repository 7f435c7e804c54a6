// SPDX-License-Identifier: Apache-2.0
// Consistency checks (SPEC §8) and reading (SPEC §6) as participatieladder.v1 messages: the
// catalogue under a configuration, check requests in, findings out.
#pragma once

#include <participatieladder/checks.hpp>
#include <participatieladder/finding.hpp>
#include <participatieladder/record.hpp>
#include <participatieladder/v1/catalogue.pb.h>
#include <participatieladder/v1/check.pb.h>

#include <span>
#include <vector>

namespace pl::messages {

/// The catalogue (SPEC §8) with the effective severity and enabled flag under `config`.
participatieladder::v1::Catalogue catalogue_message(const check_config& config);

/// Count findings by severity into `out` and append them.
void add_findings(std::span<const finding> findings, participatieladder::v1::CheckResponse& out);

/// Run a check request (SPEC §8) with `engine_config` unless the request carries its own settings
/// (its extension set, when set, replaces the engine's for PL014; its config keeps the engine's): the
/// request's input findings first, then a finding for every record value that cannot be read, then
/// the check findings. A missing or unreadable reference_date is errc::parse; an invalid
/// configuration errc::config.
result<participatieladder::v1::CheckResponse> run(const participatieladder::v1::CheckRequest& request,
                                                  const check_config& engine_config);

}  // namespace pl::messages
