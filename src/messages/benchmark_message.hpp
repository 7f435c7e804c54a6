// SPDX-License-Identifier: Apache-2.0
// The benchmark exchange (SPEC §11) as participatieladder.v1 messages (benchmark.proto): the
// conformance report and the publication out, a publication back in for the coordinator's merge.
#pragma once

#include <participatieladder/benchmark/merge.hpp>
#include <participatieladder/benchmark/publication.hpp>
#include <participatieladder/error.hpp>
#include <participatieladder/v1/benchmark.pb.h>

#include <string>
#include <string_view>

namespace pl::messages {

participatieladder::v1::DataConformance to_message(const benchmark::data_conformance& c);

/// The publication as sent: suppressed counts carry their state and value 0, never their value.
participatieladder::v1::BenchmarkPublication to_message(const benchmark::publication& p);

/// What the coordinator knows of a publication message; errc::format naming `where` when its
/// tables are not consistent (cell count, a published value under a suppressed state, …).
result<benchmark::municipality_entry> from_message(const participatieladder::v1::BenchmarkPublication& m, std::string_view where);

/// A publication file: the JSON mapping (first non-blank byte `{`) or the binary message.
result<benchmark::municipality_entry> read_publication(const std::string& path);

}  // namespace pl::messages
