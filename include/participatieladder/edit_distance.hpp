// SPDX-License-Identifier: Apache-2.0
// The Levenshtein distance (insertions, deletions and substitutions of bytes), for "did you mean":
// the CLI's unknown options (src/cli/main.cpp) and the readers' unknown column headers
// (src/io/columns.cpp) both measure closeness with it. Meant for short names: quadratic in time.
#pragma once

#include <algorithm>
#include <cstddef>
#include <string_view>
#include <vector>

namespace pl::detail {

/// How many single-byte edits turn `a` into `b`.
inline std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[b.size()];
}

}  // namespace pl::detail
