// SPDX-License-Identifier: Apache-2.0
// The municipality's secret key and what it keys (SPEC §11, issue 21, docs/privacy.md):
// - the pseudonym: HMAC-SHA-256 under the key of "pladder/pseudonym/2", the municipality and the
//   client id, each normalised (`normalise_client_id`, `normalise_municipality`) and separated by
//   U+001F, as 64 lower-case hex digits. The same client, municipality and key always give the same
//   pseudonym (movement between two exports stays measurable); another key or another
//   municipality gives an unrelated one (one key shared by two municipalities cannot collide);
// - the record key of the cell-key method (cell_key.hpp): the first 8 bytes of the HMAC of
//   "pladder/record-key/2", the municipality and the client id.
// A key must be strong (`key_strength`): at least 128 bits by a conservative estimate, not a
// repetition, not a few distinct bytes. `pladder key new FILE` writes 32 random bytes as hex.
// No key, no export: there is no default key. Compiled (OpenSSL libcrypto) in src/benchmark,
// target participatieladder::benchmark.
#pragma once

#include "../error.hpp"
#include "../lang.hpp"

#include <cstdint>
#include <string>
#include <string_view>

namespace pl::benchmark {

/// A municipality's secret key: the bytes of its key file, without one trailing line break.
class pseudonym_key {
 public:
  /// A strong key (key_strength); errc::config otherwise, with the reason in `l`.
  static result<pseudonym_key> from_bytes(std::string bytes, std::string_view where, lang l = lang::en);
  const std::string& bytes() const noexcept { return bytes_; }
  static constexpr std::size_t min_bytes = 16;
  static constexpr double min_bits = 128;

 private:
  explicit pseudonym_key(std::string b) : bytes_(std::move(b)) {}
  std::string bytes_;
};

/// A conservative estimate of a key's entropy in bits: the length counted at most four times the
/// number of distinct bytes, times log2 of the alphabet its bytes come from (digits 10, hex 16,
/// lower or upper letters 26 each, punctuation and space 33, any other byte 256). 0 for a key that
/// is a repetition of a shorter block.
double key_strength(std::string_view bytes);

/// A key file as read (read-only).
struct key_file {
  pseudonym_key key;
};

/// Read a key file. Refused (errc::config, message in `l`): a directory, an unreadable file, a
/// file readable by group or others (the key must stay with the municipality: chmod 600), a weak
/// key.
result<key_file> read_key_file(const std::string& path, lang l = lang::en);

/// Write a new key to `path`: 32 random bytes (OpenSSL RAND_bytes) as 64 hex digits and a line
/// break, mode 0600; never over an existing file. errc::io with the reason in `l`.
result<void> write_new_key(const std::string& path, lang l = lang::en);

/// The client id as it is keyed: surrounding white space removed, ASCII letters in lower case,
/// leading zeros of an all-digit id removed (`01014` = `1014`; `k1014` stays itself).
std::string normalise_client_id(std::string_view id);
/// The municipality as it is keyed: trimmed, ASCII lower case, inner white space one space.
std::string normalise_municipality(std::string_view name);

/// The pseudonym of `client_id` of `municipality` under `key` (lower-case hex, 64 digits).
std::string pseudonym(const pseudonym_key& key, std::string_view municipality, std::string_view client_id);

/// The cell-key method's secret record key of a client (cell_key.hpp).
std::uint64_t record_key(const pseudonym_key& key, std::string_view municipality, std::string_view client_id);

}  // namespace pl::benchmark
