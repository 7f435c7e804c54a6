// SPDX-License-Identifier: Apache-2.0
// SPEC §11 keyed pseudonym: HMAC-SHA-256 over OpenSSL libcrypto (Apache-2.0 since OpenSSL 3).
#include <participatieladder/benchmark/pseudonym.hpp>

#include "support/text_file.hpp"

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <sys/stat.h>

namespace pl::benchmark {

result<pseudonym_key> pseudonym_key::from_bytes(std::string bytes, std::string_view where) {
  if (!bytes.empty() && bytes.back() == '\n') bytes.pop_back();
  if (!bytes.empty() && bytes.back() == '\r') bytes.pop_back();
  if (bytes.size() < min_bytes)
    return fail(errc::config, std::string(where) + ": the key has " + std::to_string(bytes.size()) + " bytes, at least " +
                                  std::to_string(min_bytes) + " are needed (SPEC §11: no weak or default key)");
  return pseudonym_key(std::move(bytes));
}

result<key_file> read_key_file(const std::string& path) {
  auto bytes = support::read_text_file(path, "key file");
  if (!bytes) return bytes.error();
  auto key = pseudonym_key::from_bytes(std::move(bytes).value(), path);
  if (!key) return key.error();
  struct stat st {};
  const bool others = ::stat(path.c_str(), &st) == 0 && (st.st_mode & (S_IRGRP | S_IROTH)) != 0;
  return key_file{std::move(key).value(), others};
}

std::string pseudonym(const pseudonym_key& key, std::string_view client_id) {
  unsigned char mac[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  HMAC(EVP_sha256(), key.bytes().data(), static_cast<int>(key.bytes().size()), reinterpret_cast<const unsigned char*>(client_id.data()),
       client_id.size(), mac, &len);
  static constexpr char hex[] = "0123456789abcdef";
  std::string out;
  out.reserve(2 * len);
  for (unsigned int i = 0; i < len; ++i) {
    out += hex[mac[i] >> 4];
    out += hex[mac[i] & 0xF];
  }
  return out;
}

}  // namespace pl::benchmark
