// SPDX-License-Identifier: Apache-2.0
// Statistical disclosure control of a benchmark publication (SPEC §11, issue 21, docs/privacy.md):
// the cell-key method (ABS TableBuilder; ONS census 2021; Destatis/Statistik Austria cellKey) with
// a perturbation table (ptable) that is keyed random rounding to a base b (default 5).
//
// - Every client has a secret record key (64 bits: HMAC-SHA-256 of the client under the
//   municipality's key, pseudonym.hpp `record_key`); a count's cell key is the sum (mod 2^64) of
//   its clients' record keys, so a count over the same clients gets the same cell key in every
//   table (placement row 3 and the movement column "to 3" are one count, published once).
// - A count's uniform draw u in [0, 1) is the cell key mixed with the publication's release key
//   (a keyed fingerprint of every client's place in every table): the same data gives the same
//   draws (re-running a publication shows nothing new), one changed record gives every count a new
//   draw (two publications one record apart do not show which counts that record is in).
// - The ptable (`ptable::published`), rules as data:
//     true 0              → 0
//     true 1 … b−1        → 0 or b, each with probability ½ (the same for every small value:
//                           no number of publications tells 1 from 4)
//     true q·b            → q·b
//     true q·b + r (q ≥ 1, 0 < r < b) → (q+1)·b with probability r/b, else q·b (unbiased)
//   So every published value is a multiple of b, and the true values behind a published value p
//   (`ptable::behind`) are 0…b−1 for p = 0 and p−b+1 … p+b−1 for p ≥ b: at least b values for 0,
//   2b−1 otherwise; each of 1…b−1 is behind both 0 and b. No published value pins a small count.
#pragma once

#include <cstdint>
#include <utility>

namespace pl::benchmark {

/// The ptable of keyed random rounding to `base`.
struct ptable {
  unsigned base = 5;  ///< b: counts 1 … b−1 are protected; every published count is a multiple of b

  /// The published value of true count `n` under the draw `u` in [0, 1).
  std::uint64_t published(std::uint64_t n, double u) const noexcept {
    const std::uint64_t b = base;
    if (n == 0) return 0;
    if (n < b) return u < 0.5 ? 0 : b;
    const std::uint64_t q = n / b, r = n % b;
    if (r == 0) return n;
    return u < static_cast<double>(r) / static_cast<double>(b) ? (q + 1) * b : q * b;
  }
  /// The smallest and the largest true count that can give the published value `p` (inclusive).
  std::pair<std::uint64_t, std::uint64_t> behind(std::uint64_t p) const noexcept {
    const std::uint64_t b = base;
    if (p == 0) return {0, b - 1};
    return {p - b + 1, p + b - 1};
  }
};

namespace detail {
/// SplitMix64's finaliser: a bijective 64-bit mixer (its inputs are secret, so its output is too).
constexpr std::uint64_t mix64(std::uint64_t x) noexcept {
  x += 0x9E3779B97F4A7C15ull;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
  return x ^ (x >> 31);
}
}  // namespace detail

/// The uniform draw of a count with cell key `cell_key` in the release with key `release_key`.
inline double cell_draw(std::uint64_t release_key, std::uint64_t cell_key) noexcept {
  const std::uint64_t m = detail::mix64(detail::mix64(release_key) ^ cell_key);
  return static_cast<double>(m >> 11) * 0x1.0p-53;
}

}  // namespace pl::benchmark
