// SPDX-License-Identifier: Apache-2.0
// pl::record <-> participatieladder.v1.Record (SPEC §6). Every data-set field of the message is the
// §6 key holding the §6 text value; the conversion walks the §6 field table (fields.hpp), so each
// value is read and written by the same rule as in the file readers.
#pragma once

#include <participatieladder/finding.hpp>
#include <participatieladder/record.hpp>
#include <participatieladder/v1/record.pb.h>

#include <google/protobuf/repeated_ptr_field.h>

#include <cstddef>
#include <span>
#include <string>
#include <vector>

namespace pl::messages {

/// The record a message holds. A value that cannot be read leaves its field not filled and adds an
/// `input` finding (SPEC §6: never a silent default) naming record `index`, the key and — unless
/// personal data (SPEC §11) — the value.
record from_message(const participatieladder::v1::Record& m, std::size_t index, std::vector<finding>& findings);

/// The message of a record, values in the canonical spelling (ISO dates, yes/no).
participatieladder::v1::Record to_message(const record& r);

/// Provenance: fill `file` of each finding about one of `records` (and without a file yet) with
/// the name of that record's source, `sources` being indexed by Record.source.
void name_files(std::span<finding> findings, std::span<const record> records,
                const google::protobuf::RepeatedPtrField<std::string>& sources);

}  // namespace pl::messages
