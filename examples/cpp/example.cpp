// SPDX-License-Identifier: Apache-2.0
// participatieladder from C++20: the header-only rules core (participatieladder::rules) and the
// C ABI of the shared library (participatieladder::participatieladder) give the same step for
// every complete path of the questionnaire (SPEC §4).
#include <participatieladder.h>
#include <participatieladder/participatieladder.hpp>

#include <cstdio>
#include <memory>

int main() {
  pl_engine* raw = nullptr;
  if (pl_engine_new(nullptr, 0, &raw) != PL_OK) return std::fprintf(stderr, "%s\n", pl_last_error()), 1;
  const std::unique_ptr<pl_engine, decltype(&pl_engine_free)> engine(raw, &pl_engine_free);

  const auto answers = pl::parse_answers("1:N 2:N 10:J 12:J 13:J");
  if (!answers) return std::fprintf(stderr, "%s\n", answers.error().message.c_str()), 1;
  const pl::determination d = pl::determine(answers.value());
  std::printf("header-only core: step %d, %s\n", pl::to_int(*d.result), std::string(pl::label(*d.result, pl::lang::en)).c_str());

  int same = 0;
  const auto paths = pl::enumerate_paths();
  for (const auto& p : paths) {
    const pl::answer_set a = p.answers();
    int step = 0, next = 0;
    if (pl_determine_bits(engine.get(), a.answered, a.yes, &step, &next) != PL_OK) return 1;
    same += step == pl::to_int(p.result) ? 1 : 0;
  }
  std::printf("shared library %s agrees on %d of %zu paths\n", pl_version_string(), same, paths.size());
  return same == static_cast<int>(paths.size()) && paths.size() == 308 ? 0 : 1;
}
