// SPDX-License-Identifier: Apache-2.0
// The generator's own pseudo-random numbers (issue 3: synthetic caseloads). A caseload must be
// byte-identical for a seed on every platform and standard library, so nothing here uses
// <random>'s distributions (their algorithms are unspecified): seeding is splitmix64, the stream
// is xoshiro256** (Blackman & Vigna, public domain), and every distribution is integer-only.
#pragma once

#include <cstdint>
#include <span>

namespace pl::gen {

/// splitmix64: expands one 64-bit seed into well-mixed words (used for seeding only).
struct splitmix64 {
  std::uint64_t state;
  constexpr std::uint64_t next() noexcept {
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
};

/// xoshiro256** with integer-only helpers. Copyable; `stream(k)` derives an independent
/// generator for sub-stream k (one per client), so client k is the same whatever N is.
class prng {
 public:
  constexpr explicit prng(std::uint64_t seed) noexcept {
    splitmix64 sm{seed};
    for (auto& w : s_) w = sm.next();
  }

  constexpr std::uint64_t next() noexcept {
    const std::uint64_t result = rotl(s_[1] * 5, 7) * 9;
    const std::uint64_t t = s_[1] << 17;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = rotl(s_[3], 45);
    return result;
  }

  /// Uniform in [0, n), n > 0, without modulo bias (rejection of the short last bucket).
  constexpr std::uint64_t below(std::uint64_t n) noexcept {
    const std::uint64_t threshold = (0 - n) % n;
    for (;;) {
      const std::uint64_t r = next();
      if (r >= threshold) return r % n;
    }
  }

  /// Uniform integer in [lo, hi] (inclusive; lo <= hi).
  constexpr int between(int lo, int hi) noexcept {
    return lo + static_cast<int>(below(static_cast<std::uint64_t>(hi - lo) + 1));
  }

  /// True with probability percent/100.
  constexpr bool percent(int p) noexcept { return below(100) < static_cast<std::uint64_t>(p); }

  /// An independent generator for sub-stream `k` of seed `seed`.
  static constexpr prng stream(std::uint64_t seed, std::uint64_t k) noexcept {
    splitmix64 sm{seed ^ (k * 0xd1b54a32d192ed03ULL)};
    sm.next();
    return prng(sm.next() ^ k);
  }

 private:
  static constexpr std::uint64_t rotl(std::uint64_t x, int k) noexcept { return (x << k) | (x >> (64 - k)); }
  std::uint64_t s_[4]{};
};

/// One entry of a weighted table: `value` is chosen with probability weight / sum of weights.
template <class T>
struct weighted {
  T value;
  unsigned weight;
};

/// Pick from a weighted table (non-empty, positive total weight).
template <class T>
constexpr const T& pick(prng& rng, std::span<const weighted<T>> table) noexcept {
  std::uint64_t total = 0;
  for (const auto& e : table) total += e.weight;
  std::uint64_t r = rng.below(total);
  for (const auto& e : table) {
    if (r < e.weight) return e.value;
    r -= e.weight;
  }
  return table.back().value;
}

template <class T, std::size_t N>
constexpr const T& pick(prng& rng, const weighted<T> (&table)[N]) noexcept {
  return pick(rng, std::span<const weighted<T>>(table, N));
}

/// Pick uniformly from a non-empty span.
template <class T>
constexpr const T& pick_uniform(prng& rng, std::span<const T> items) noexcept {
  return items[static_cast<std::size_t>(rng.below(items.size()))];
}

}  // namespace pl::gen
