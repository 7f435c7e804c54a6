// SPDX-License-Identifier: Apache-2.0
// SPEC §11 keys and pseudonyms (pseudonym.hpp) over OpenSSL libcrypto (Apache-2.0 since OpenSSL 3).
#include <participatieladder/benchmark/pseudonym.hpp>

#include "support/text_file.hpp"

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include <cerrno>
#include <cmath>
#include <cstring>
#include <fcntl.h>
#include <set>
#include <sys/stat.h>
#include <unistd.h>

namespace pl::benchmark {
namespace {

std::string said(lang l, std::string nl, std::string en) { return l == lang::nl ? std::move(nl) : std::move(en); }

std::string hmac_raw(const pseudonym_key& key, std::string_view message) {
  unsigned char mac[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  HMAC(EVP_sha256(), key.bytes().data(), static_cast<int>(key.bytes().size()), reinterpret_cast<const unsigned char*>(message.data()), message.size(),
       mac, &len);
  return std::string(reinterpret_cast<const char*>(mac), len);
}

std::string message_of(std::string_view domain, std::string_view municipality, std::string_view client_id) {
  std::string m(domain);
  m += '\x1f';
  m += normalise_municipality(municipality);
  m += '\x1f';
  m += normalise_client_id(client_id);
  return m;
}

bool space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }

}  // namespace

double key_strength(std::string_view b) {
  const std::size_t n = b.size();
  if (n == 0) return 0;
  for (std::size_t period = 1; period <= n / 2; ++period) {
    bool repeats = true;
    for (std::size_t i = period; i < n && repeats; ++i) repeats = b[i] == b[i - period];
    if (repeats) return 0;
  }
  std::set<unsigned char> distinct(b.begin(), b.end());
  bool digit = false, hexletter = false, lower = false, upper = false, punct = false, other = false;
  for (const unsigned char c : b) {
    if (c >= '0' && c <= '9') digit = true;
    else if (c >= 'a' && c <= 'f') hexletter = true;
    else if (c >= 'a' && c <= 'z') lower = true;
    else if (c >= 'A' && c <= 'Z') upper = true;
    else if (c >= 0x20 && c < 0x7F) punct = true;
    else other = true;
  }
  double alphabet = 0;
  if (other) alphabet = 256;
  else {
    if (lower) alphabet += 26;
    else if (hexletter) alphabet += digit ? 6 : 26;
    if (digit) alphabet += 10;
    if (upper) alphabet += 26;
    if (punct) alphabet += 33;
  }
  if (alphabet < 2) return 0;
  const double counted = static_cast<double>(std::min(n, 4 * distinct.size()));
  return counted * std::log2(alphabet);
}

result<pseudonym_key> pseudonym_key::from_bytes(std::string bytes, std::string_view where, lang l) {
  if (!bytes.empty() && bytes.back() == '\n') bytes.pop_back();
  if (!bytes.empty() && bytes.back() == '\r') bytes.pop_back();
  const std::string w(where);
  if (bytes.size() < min_bytes)
    return fail(errc::config, said(l, w + ": de sleutel heeft " + std::to_string(bytes.size()) + " bytes, er zijn er minstens " + std::to_string(min_bytes) +
                                          " nodig (maak er een met pladder key new BESTAND; SPEC §11: geen zwakke of standaardsleutel)",
                                   w + ": the key has " + std::to_string(bytes.size()) + " bytes, at least " + std::to_string(min_bytes) +
                                       " are needed (make one with pladder key new FILE; SPEC §11: no weak or default key)"));
  const double bits = key_strength(bytes);
  if (bits < min_bits)
    return fail(errc::config,
                said(l, w + ": de sleutel is te zwak (geschat " + std::to_string(static_cast<int>(bits)) + " bits, minstens " + std::to_string(static_cast<int>(min_bits)) +
                            " nodig: te kort, te weinig verschillende tekens, een herhaling of een wachtwoord); maak er een met pladder key new BESTAND",
                     w + ": the key is too weak (estimated " + std::to_string(static_cast<int>(bits)) + " bits, at least " + std::to_string(static_cast<int>(min_bits)) +
                         " needed: too short, too few distinct characters, a repetition or a password); make one with pladder key new FILE"));
  return pseudonym_key(std::move(bytes));
}

result<key_file> read_key_file(const std::string& path, lang l) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0)
    return fail(errc::io, said(l, path + ": sleutelbestand niet te lezen: ", path + ": cannot read the key file: ") + std::strerror(errno));
  if (S_ISDIR(st.st_mode))
    return fail(errc::config, said(l, path + ": is een map, geen sleutelbestand (geef het bestand dat pladder key new schreef)",
                                   path + ": is a directory, not a key file (give the file pladder key new wrote)"));
  if ((st.st_mode & (S_IRGRP | S_IROTH | S_IWGRP | S_IWOTH)) != 0)
    return fail(errc::config, said(l, path + ": het sleutelbestand is leesbaar of schrijfbaar voor groep of anderen; de sleutel hoort alleen bij de gemeente: chmod 600 " + path,
                                   path + ": the key file is readable or writable by group or others; the key must stay with the municipality: chmod 600 " + path));
  auto bytes = support::read_text_file(path, l == lang::nl ? "sleutelbestand" : "key file");
  if (!bytes) return bytes.error();
  auto key = pseudonym_key::from_bytes(std::move(bytes).value(), path, l);
  if (!key) return key.error();
  return key_file{std::move(key).value()};
}

result<void> write_new_key(const std::string& path, lang l) {
  unsigned char raw[32];
  if (RAND_bytes(raw, sizeof raw) != 1) return fail(errc::io, said(l, "geen willekeurige bytes beschikbaar", "no random bytes available"));
  static constexpr char hex[] = "0123456789abcdef";
  std::string text;
  for (const unsigned char c : raw) {
    text += hex[c >> 4];
    text += hex[c & 0xF];
  }
  text += '\n';
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0)
    return fail(errc::io, said(l, path + ": kan de sleutel niet schrijven: ", path + ": cannot write the key: ") + std::strerror(errno) +
                              (errno == EEXIST ? said(l, " (een bestaande sleutel wordt nooit overschreven)", " (an existing key is never overwritten)") : ""));
  (void)::fchmod(fd, 0600);  // whatever the umask
  const bool ok = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()) && ::fsync(fd) == 0;
  const int err = errno;
  ::close(fd);
  if (!ok) {
    ::unlink(path.c_str());
    return fail(errc::io, said(l, path + ": kan de sleutel niet schrijven: ", path + ": cannot write the key: ") + std::strerror(err));
  }
  return success();
}

std::string normalise_client_id(std::string_view id) {
  while (!id.empty() && space(id.front())) id.remove_prefix(1);
  while (!id.empty() && space(id.back())) id.remove_suffix(1);
  std::string out;
  bool digits = !id.empty();
  for (const char c : id) {
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    if (c < '0' || c > '9') digits = false;
  }
  if (digits) {
    const auto nz = out.find_first_not_of('0');
    out = nz == std::string::npos ? "0" : out.substr(nz);
  }
  return out;
}

std::string normalise_municipality(std::string_view name) {
  std::string out;
  bool gap = false;
  for (const char c : name) {
    if (space(c)) {
      gap = !out.empty();
      continue;
    }
    if (gap) out += ' ';
    gap = false;
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

std::string pseudonym(const pseudonym_key& key, std::string_view municipality, std::string_view client_id) {
  const std::string mac = hmac_raw(key, message_of("pladder/pseudonym/2", municipality, client_id));
  static constexpr char hex[] = "0123456789abcdef";
  std::string out;
  out.reserve(2 * mac.size());
  for (const unsigned char c : mac) {
    out += hex[c >> 4];
    out += hex[c & 0xF];
  }
  return out;
}

std::uint64_t record_key(const pseudonym_key& key, std::string_view municipality, std::string_view client_id) {
  const std::string mac = hmac_raw(key, message_of("pladder/record-key/2", municipality, client_id));
  std::uint64_t v = 0;
  for (int i = 0; i < 8; ++i) v = (v << 8) | static_cast<unsigned char>(mac[static_cast<std::size_t>(i)]);
  return v;
}

}  // namespace pl::benchmark
