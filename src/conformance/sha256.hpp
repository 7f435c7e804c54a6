// SPDX-License-Identifier: Apache-2.0
// SHA-256 (FIPS 180-4), for the digest of the conformance vector set (docs/conformance.md): the
// certificate names exactly which vectors a vendor's adapter passed.
#pragma once

#include <string>
#include <string_view>

namespace pl::conformance {

/// The SHA-256 of `bytes` as 64 lower-case hex digits.
std::string sha256_hex(std::string_view bytes);

}  // namespace pl::conformance
