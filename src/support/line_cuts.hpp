// SPDX-License-Identifier: Apache-2.0
// Where to cut a text into parts for several threads (support/parallel.hpp): just after line ends,
// so that every part starts at a line. The readers (CSV whole and streamed, JSON Lines) and the
// encoding check cut the same way; only the smallest gap between two cuts differs.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <string_view>
#include <vector>

namespace pl::support {

/// The number of line feeds ('\n') in `text`, found with memchr (vectorised by the C library; a
/// byte loop costs a few instructions per byte of a file read, issue 25).
inline std::size_t count_line_feeds(std::string_view text) noexcept {
  std::size_t n = 0;
  const char* p = text.data();
  const char* const e = p + text.size();
  while (p < e && (p = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(e - p)))) != nullptr) {
    ++n;
    ++p;
  }
  return n;
}

/// The bounds of at most `parts` parts of [begin, end): begin, then for k = 1 ... parts - 1 the
/// place just after the first line end at or after begin + (end - begin) * k / parts and at or
/// after the previous cut + min_gap, then end. Stops cutting at the first k for which there is no
/// such line end before the last byte. next_line_end(from) is the place of the first '\n' at or
/// after `from`, or std::string_view::npos (none, or none within reach: then no more cuts).
template <class NextLineEnd>
std::vector<std::size_t> line_cuts(std::size_t begin, std::size_t end, std::size_t parts, std::size_t min_gap,
                                   NextLineEnd&& next_line_end) {
  std::vector<std::size_t> cut{begin};
  for (std::size_t k = 1; k < parts; ++k) {
    const std::size_t nl = next_line_end(std::max(begin + (end - begin) * k / parts, cut.back() + min_gap));
    if (nl == std::string_view::npos || nl + 1 >= end) break;
    cut.push_back(nl + 1);
  }
  cut.push_back(end);
  return cut;
}

/// The same over text[begin, end).
inline std::vector<std::size_t> line_cuts(std::string_view text, std::size_t begin, std::size_t end, std::size_t parts,
                                          std::size_t min_gap = 0) {
  const std::string_view range = text.substr(0, end);
  return line_cuts(begin, end, parts, min_gap, [range](std::size_t from) { return range.find('\n', from); });
}

}  // namespace pl::support
