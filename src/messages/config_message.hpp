// SPDX-License-Identifier: Apache-2.0
// participatieladder.v1.CheckConfig -> pl::check_config (SPEC §7, §8). The message has the shape of
// a configuration file, so it is read by the configuration-file reader (participatieladder::config):
// one set of validation rules and messages for files and for the C ABI.
#pragma once

#include <participatieladder/checks.hpp>
#include <participatieladder/v1/config.pb.h>

#include <string_view>

namespace pl::messages {

/// The validated configuration a message holds; errc::config naming `where`, the key and the value
/// when it is invalid (unknown check id, bad severity, months out of range).
/// The validated settings of a CheckConfig; errors name `where`.
result<check_config> from_message(const participatieladder::v1::CheckConfig& m, std::string_view where);

/// The message of validated settings (only what differs from the defaults is set).
participatieladder::v1::CheckConfig to_message(const check_config& c);

}  // namespace pl::messages
