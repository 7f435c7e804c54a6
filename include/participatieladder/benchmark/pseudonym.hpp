// SPDX-License-Identifier: Apache-2.0
// The keyed pseudonym of SPEC §11: HMAC-SHA-256 of the client id under the municipality's secret
// key, as 64 lower-case hex digits. The same client and key always give the same pseudonym (so
// movement between two exports of one municipality stays measurable); another key gives unrelated
// pseudonyms. No key, no export: there is no default key. Compiled (OpenSSL libcrypto) in
// src/benchmark, target participatieladder::benchmark.
#pragma once

#include "../error.hpp"

#include <string>
#include <string_view>

namespace pl::benchmark {

/// A municipality's secret key: the bytes of its key file, without one trailing line break.
class pseudonym_key {
 public:
  /// At least `min_bytes` bytes (a key of a few characters can be guessed); errc::config otherwise.
  static result<pseudonym_key> from_bytes(std::string bytes, std::string_view where);
  const std::string& bytes() const noexcept { return bytes_; }
  static constexpr std::size_t min_bytes = 16;

 private:
  explicit pseudonym_key(std::string b) : bytes_(std::move(b)) {}
  std::string bytes_;
};

/// A key file as read: the key, and whether the file is readable by group or others (a warning:
/// the key must stay with the municipality).
struct key_file {
  pseudonym_key key;
  bool readable_by_others = false;
};

/// Read a key file (read-only). errc::io when it cannot be read; errc::config when it is too short.
result<key_file> read_key_file(const std::string& path);

/// HMAC-SHA-256(key, client_id) in lower-case hex (SPEC §11).
std::string pseudonym(const pseudonym_key& key, std::string_view client_id);

}  // namespace pl::benchmark
