// SPDX-License-Identifier: Apache-2.0
// SPEC §6: an unreadable value is reported once, by the reader.
#include <participatieladder/io/input_consequences.hpp>

#include <algorithm>
#include <set>
#include <string>
#include <utility>

namespace pl {

void drop_input_consequences(std::vector<finding>& checks, std::span<const finding> input) {
  std::set<std::pair<std::size_t, std::string>, std::less<>> unreadable;
  for (const auto& f : input)
    if (f.check == input_check_id && f.record_index != finding::no_record && !f.key.empty())
      unreadable.emplace(f.record_index, f.key);
  if (unreadable.empty()) return;
  std::erase_if(checks, [&](const finding& c) {
    return c.record_index != finding::no_record &&
           std::any_of(c.fields.begin(), c.fields.end(), [&](const std::string& k) { return unreadable.count({c.record_index, k}) != 0; });
  });
}

}  // namespace pl
