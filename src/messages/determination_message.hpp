// SPDX-License-Identifier: Apache-2.0
// Determinations (SPEC §4) as participatieladder.v1 messages: answer sets in, results out.
#pragma once

#include <participatieladder/determination.hpp>
#include <participatieladder/v1/determination.pb.h>

namespace pl::messages {

/// The answer set a message holds. A question outside 1-21 or answered twice is
/// errc::invalid_argument naming the entry.
result<answer_set> from_message(const participatieladder::v1::AnswerSet& m);
participatieladder::v1::AnswerSet to_message(const answer_set& a);

/// The complete result in both languages: step and label, path, notes (§4.1), delimitation (§3);
/// or the next question with its text.
participatieladder::v1::DeterminationResult to_message(const determination& d);

/// Every complete path (SPEC §4).
participatieladder::v1::QuestionnairePaths paths_message();

}  // namespace pl::messages
