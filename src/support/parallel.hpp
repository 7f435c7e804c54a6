// SPDX-License-Identifier: Apache-2.0
// Work on several threads (issue 13: reading and checking use every core). The one rule that makes
// it safe for a reference implementation: the work is cut into parts in a fixed order, every part
// writes only its own output, and the outputs are joined in that order — so the result is the same
// for every thread count (tests/determinism).
#pragma once

#include <algorithm>
#include <cstddef>
#include <thread>
#include <vector>

namespace pl::support {

/// The threads to use for `requested` (0 = one per core).
inline unsigned thread_count(unsigned requested) noexcept {
  return requested != 0 ? requested : std::max(1u, std::thread::hardware_concurrency());
}

/// fn(0) on the calling thread and fn(1) ... fn(n - 1) on threads of their own; returns when all
/// are done.
template <class Fn>
void on_threads(std::size_t n, Fn&& fn) {
  std::vector<std::jthread> others;
  if (n > 1) others.reserve(n - 1);
  for (std::size_t k = 1; k < n; ++k) others.emplace_back([&fn, k] { fn(k); });
  if (n > 0) fn(0);
}

}  // namespace pl::support
