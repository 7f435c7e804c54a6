// SPDX-License-Identifier: Apache-2.0
// A municipality's check configuration as a JSON file (SPEC §8: "a municipality can switch checks
// off or change severities"; SPEC §7: the re-assessment interval is a setting):
//
//   { "disabled_checks": ["PL018"],
//     "severity": { "PL005": "error", "PL017": "info" },
//     "reassessment_months": 6,
//     "intake_months": 3 }
//
// Every key is optional (defaults: nothing disabled, catalogue severities, 12 and 3 months).
// Unknown keys, unknown check ids, bad severities and months that are not a positive whole
// number are errc::config naming the source, the key and the value; text that is not JSON is
// errc::parse; a file that cannot be read is errc::io. Library: participatieladder::config.
#pragma once

#include <participatieladder/checks.hpp>
#include <participatieladder/error.hpp>

#include <string>
#include <string_view>

namespace pl {

/// Parse and validate a configuration; `source_name` (a file name) is used in messages.
result<check_config> parse_check_config(std::string_view json, std::string_view source_name);

/// Read, parse and validate the configuration file at `path`.
result<check_config> load_check_config(const std::string& path);

}  // namespace pl
