// SPDX-License-Identifier: Apache-2.0
// How `ask` prints a determination's path (classify --format json writes the v1 message).
#pragma once

#include <participatieladder/answers.hpp>
#include <participatieladder/determination.hpp>

#include <string>

namespace pl::cli {

inline std::string path_text(const determination& d, lang l) {
  answer_set on_path;
  for (const auto& e : d.path) on_path.set(e.question, e.answer);
  return format_answers(on_path, l);
}

}  // namespace pl::cli
