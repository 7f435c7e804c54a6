// SPDX-License-Identifier: Apache-2.0
// SHA-256 over OpenSSL libcrypto's EVP interface (the same library as the SPEC §11 pseudonym's
// HMAC, src/benchmark/pseudonym.cpp). One call, no context kept between calls.
#include "conformance/sha256.hpp"

#include <openssl/evp.h>

#include <stdexcept>

namespace pl::conformance {

std::string sha256_hex(std::string_view bytes) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  // EVP_Digest fails only when OpenSSL cannot allocate or find its default SHA-256: no digest
  // is then better than a wrong one (the certificate names the vector set by it).
  if (EVP_Digest(bytes.data(), bytes.size(), digest, &size, EVP_sha256(), nullptr) != 1 || size != 32)
    throw std::runtime_error("SHA-256: OpenSSL's EVP_Digest failed");
  static constexpr char digits[] = "0123456789abcdef";
  std::string out;
  out.reserve(2 * size);
  for (unsigned int i = 0; i < size; ++i) {
    out += digits[digest[i] >> 4];
    out += digits[digest[i] & 0xf];
  }
  return out;
}

}  // namespace pl::conformance
