// SPDX-License-Identifier: Apache-2.0
// The local field names of a record set, in first-seen order (SPEC §6: kept and passed through).
#pragma once

#include <participatieladder/record.hpp>

#include <algorithm>
#include <span>
#include <string>
#include <vector>

namespace pl::io_detail {

inline std::vector<std::string> local_columns(std::span<const record> records) {
  std::vector<std::string> names;
  for (const auto& r : records)
    for (const auto& [name, value] : r.local_fields)
      if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
  return names;
}

inline const std::string* local_value(const record& r, const std::string& name) {
  for (const auto& [n, v] : r.local_fields)
    if (n == name) return &v;
  return nullptr;
}

}  // namespace pl::io_detail
