// SPDX-License-Identifier: Apache-2.0
// SHA-256 (FIPS 180-4, computed by OpenSSL libcrypto), for the digest of the conformance vector set
// (docs/conformance.md): the certificate names exactly which vectors a vendor's adapter passed.
#pragma once

#include <string>
#include <string_view>

namespace pl::conformance {

/// The SHA-256 of `bytes` as 64 lower-case hex digits. Throws std::runtime_error only when OpenSSL
/// cannot compute it (out of memory, no default provider).
std::string sha256_hex(std::string_view bytes);

}  // namespace pl::conformance
