// SPDX-License-Identifier: Apache-2.0
// Reading a municipality's extension set (SPEC §9) from a JSON configuration file, through
// protobuf's JSON mapping. Part of participatieladder::extensions — link
// `participatieladder::extensions`. The set itself is header-only (extensions.hpp).
//
// Format (docs/reports.md, example: examples/extensions/heemskerk.json):
//   { "name": "Heemskerk", "description": "…",
//     "sub_steps": { "2": [ { "code": "2.1", "nl": "…", "en": "…" }, … ], … } }
// Every code must lie under the base step it is listed under; `nl` is required, `en` optional.
// Errors are errc::config (errc::parse for text that is not JSON, errc::io for an unreadable
// file) and name the file, the key path and the value.
#pragma once

#include <participatieladder/error.hpp>
#include <participatieladder/extensions.hpp>

#include <string>
#include <string_view>

namespace pl {

/// Parse an extension set from JSON text; `source` names it in messages (e.g. the file name).
result<extension_set> parse_extension_set_json(std::string_view json, std::string_view source = "extensions");

/// Read and parse an extension set file.
result<extension_set> read_extension_set(const std::string& path);

}  // namespace pl
