// SPDX-License-Identifier: Apache-2.0
// Writing the base data set as JSON Lines (SPEC §6): one object per record, §6 keys, only filled
// values (as strings, ISO dates, yes/no), local fields under their own names. Part of
// participatieladder::io — link `participatieladder::io`. Reads back (read_jsonl) to equal records.
#pragma once

#include <participatieladder/error.hpp>
#include <participatieladder/record.hpp>

#include <ostream>
#include <span>

namespace pl {

result<void> write_jsonl(std::ostream& out, std::span<const record> records);

}  // namespace pl
