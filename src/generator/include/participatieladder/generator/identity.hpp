// SPDX-License-Identifier: Apache-2.0
// Fake identities for synthetic caseloads (SPEC §6 fields 1–9 and bsn; issue 3). Everything is
// obviously fictitious: family names such as "Testpersoon", streets such as "Proefstraat", cities
// such as "Testdorp". BSNs are unique per client and pass the eleven-test (SPEC §6, PL017);
// postal codes have the Dutch form NNNN AA.
#pragma once

#include <participatieladder/bsn.hpp>
#include <participatieladder/record.hpp>
#include "prng.hpp"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace pl::gen {

/// A BSN that passes the eleven-test and is unique per client index (for up to 9,000,000
/// clients): digits 1–7 are an affine permutation of the index, digit 8 is chosen so that
/// digit 9 (the check digit) is a single digit.
inline std::string make_bsn(std::uint64_t client_index, std::uint64_t seed, prng& rng) {
  constexpr std::uint64_t span = 9'000'000;    // 1,000,000 … 9,999,999
  constexpr std::uint64_t multiplier = 7'654'321;  // coprime with 2^6·3^2·5^6 = 9,000,000
  const std::uint64_t head = 1'000'000 + (client_index * multiplier + splitmix64{seed}.next() % span) % span;
  std::string s = std::to_string(head);
  int s7 = 0;
  for (int i = 0; i < 7; ++i) s7 += (9 - i) * (s[static_cast<std::size_t>(i)] - '0');
  const int start = rng.between(0, 9);
  for (int k = 0; k < 10; ++k) {
    const int d8 = (start + k) % 10;
    const int d9 = (s7 + 2 * d8) % 11;
    if (d9 == 10) continue;
    s += static_cast<char>('0' + d8);
    s += static_cast<char>('0' + d9);
    break;
  }
  return s;
}

/// A BSN that differs from `bsn` in its check digit and therefore fails the eleven-test.
inline std::string break_eleven_test(std::string bsn, prng& rng) {
  const int d9 = bsn[8] - '0';
  bsn[8] = static_cast<char>('0' + (d9 + rng.between(1, 9)) % 10);
  return bsn;
}

struct fake_city {
  std::string_view name;
  int postal_from;  ///< first 4-digit postal area of the city
  int postal_to;
};

/// Fictitious places with plausible postal areas.
inline constexpr std::array<fake_city, 5> cities{{
    {"Testdorp", 1011, 1109},
    {"Proefstad", 2511, 2599},
    {"Voorbeeldhuizen", 3511, 3585},
    {"Fictiedam", 5611, 5658},
    {"Oefenveen", 9711, 9747},
}};

inline constexpr std::array<std::string_view, 8> family_names{
    "Testpersoon", "Proefpersoon", "Voorbeeld", "Fictief", "Oefenklant", "Demoklant", "Steekproef", "Testcasus"};
inline constexpr std::array<std::string_view, 6> name_prefixes{"van", "de", "van der", "van den", "ter", "el"};
inline constexpr std::array<std::string_view, 14> given_names_male{
    "Jan", "Mohamed", "Kees", "Ahmet", "Pieter", "Daan", "Sem", "Youssef", "Henk", "Bram", "Ricardo", "Tomasz", "Erik", "Ali"};
inline constexpr std::array<std::string_view, 14> given_names_female{
    "Fatima", "Sanne", "Maria", "Anouk", "Emma", "Ayse", "Ingrid", "Lotte", "Samira", "Joke", "Priya", "Agnieszka", "Noor", "Els"};
inline constexpr std::array<std::string_view, 6> streets{
    "Proefstraat", "Testlaan", "Voorbeeldweg", "Fictieplein", "Oefenkade", "Demosingel"};

/// Letters PostNL uses in postal codes (no F, I, O, Q, U, Y); SA, SD and SS are not issued.
inline constexpr std::string_view postal_letters = "ABCDEGHJKLMNPRSTVWXZ";

inline std::string make_postal_code(const fake_city& city, prng& rng) {
  std::string s = std::to_string(rng.between(city.postal_from, city.postal_to));
  for (;;) {
    const char a = postal_letters[rng.below(postal_letters.size())];
    const char b = postal_letters[rng.below(postal_letters.size())];
    if (a == 'S' && (b == 'A' || b == 'D' || b == 'S')) continue;
    s += ' ';
    s += a;
    s += b;
    return s;
  }
}

/// Fill the personal fields of SPEC §6 (1–9, bsn) with a fake identity.
inline void make_identity(record& r, std::uint64_t client_index, std::uint64_t seed, prng& rng) {
  r.bsn = make_bsn(client_index, seed, rng);
  const int g = static_cast<int>(rng.below(100));
  r.gender = g < 49 ? gender::male : g < 98 ? gender::female : gender::unknown;
  const auto& pool = r.gender == gender::male ? given_names_male : given_names_female;
  r.given_name = std::string(pool[rng.below(pool.size())]);
  r.initials = std::string(1, r.given_name[0]) + ".";
  if (rng.percent(35)) r.initials += std::string(1, "ABCDEFGHJKLMNPRSTW"[rng.below(18)]) + ".";
  r.family_name = std::string(family_names[rng.below(family_names.size())]);
  if (rng.percent(20)) r.name_prefix = std::string(name_prefixes[rng.below(name_prefixes.size())]);
  const auto& city = cities[rng.below(cities.size())];
  r.address = std::string(streets[rng.below(streets.size())]) + " " + std::to_string(rng.between(1, 240));
  if (rng.percent(10)) r.address += std::string(1, "abc"[rng.below(3)]);
  r.postal_code = make_postal_code(city, rng);
  r.city = std::string(city.name);
}

}  // namespace pl::gen
