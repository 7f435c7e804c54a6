// SPDX-License-Identifier: Apache-2.0
// Check findings that only follow from an unreadable value (SPEC §6: the record is kept with that
// value not filled "so the other checks still run where they don't need it"). A check that
// names a key whose value on the same record could not be read would report the reader's problem a
// second time (e.g. PL006 "step is empty" after the step `7` was unreadable), so it is dropped: the
// `input` finding already says what is wrong. Part of participatieladder::io — link
// `participatieladder::io`.
#pragma once

#include <participatieladder/finding.hpp>

#include <span>
#include <vector>

namespace pl {

/// Remove from `checks` every finding on a record (record_index) for which `input` has an input
/// finding whose key is among the check finding's fields. Both must index the same record span.
void drop_input_consequences(std::vector<finding>& checks, std::span<const finding> input);

}  // namespace pl
