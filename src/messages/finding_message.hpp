// SPDX-License-Identifier: Apache-2.0
// pl::finding <-> participatieladder.v1.Finding (SPEC §8).
#pragma once

#include <participatieladder/finding.hpp>
#include <participatieladder/v1/finding.pb.h>

namespace pl::messages {

participatieladder::v1::Severity to_message(severity s) noexcept;
/// Nothing for SEVERITY_UNSPECIFIED or a value this library does not know.
std::optional<severity> from_message(participatieladder::v1::Severity s) noexcept;

participatieladder::v1::Finding to_message(const finding& f);
/// The finding a message holds; a date that cannot be read is errc::parse naming the field.
result<finding> from_message(const participatieladder::v1::Finding& m);

}  // namespace pl::messages
