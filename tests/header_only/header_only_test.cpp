// SPDX-License-Identifier: Apache-2.0
// Header-only proof (issue: foundation, must-show 6): this translation unit includes only
// participatieladder/*.hpp and is linked with nothing but the standard library.
#include <participatieladder/participatieladder.hpp>

#include <cstdio>

int main() {
  auto answers = pl::parse_answers("1:N 2:N 10:J 12:J 13:J");
  if (!answers) return 1;
  const auto d = pl::determine(answers.value());
  if (!d.complete || d.result != pl::step::unpaid_work) return 2;
  if (pl::enumerate_paths().size() != 308) return 3;
  auto n = pl::parse_notation("T2+");
  if (!n || pl::format_notation(n.value()) != "2+") return 4;
  std::printf("header-only core OK: step %d, %s\n", pl::to_int(*d.result),
              std::string(pl::label(*d.result, pl::lang::en)).c_str());
  return 0;
}
