// SPDX-License-Identifier: Apache-2.0
// The header-only rules core alone (find_package(participatieladder COMPONENTS rules), no protobuf).
#include <participatieladder/participatieladder.hpp>

#include <cstdio>

int main() {
  // SPEC §4: 1:N 2:N 10:J 12:J 13:J is step 4.
  const auto answers = pl::parse_answers("1:N 2:N 10:J 12:J 13:J");
  if (!answers) return 1;
  const auto d = pl::determine(answers.value());
  std::printf("step %d\n", d.result ? static_cast<int>(*d.result) : 0);
  return d.complete && d.result && static_cast<int>(*d.result) == 4 ? 0 : 1;
}
