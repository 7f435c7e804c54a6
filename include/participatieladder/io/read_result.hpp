// SPDX-License-Identifier: Apache-2.0
// What a reader returns (SPEC §6): the records read, plus `input` findings for values and rows
// that could not be read. Part of participatieladder::io — link `participatieladder::io`.
#pragma once

#include <participatieladder/finding.hpp>
#include <participatieladder/record.hpp>

#include <vector>

namespace pl {

struct read_result {
  std::vector<record> records;    ///< every readable row, in file order (record.line, record.source set)
  std::vector<finding> findings;  ///< `input` findings (check = "input"), in file order
};

}  // namespace pl
