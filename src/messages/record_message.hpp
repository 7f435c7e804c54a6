// SPDX-License-Identifier: Apache-2.0
// pl::record <-> participatieladder.v1.Record (SPEC §6). Every data-set field of the message is the
// §6 key holding the §6 text value; the conversion walks the §6 field table (fields.hpp), so each
// value is read and written by the same rule as in the file readers.
#pragma once

#include <participatieladder/finding.hpp>
#include <participatieladder/record.hpp>
#include <participatieladder/v1/read.pb.h>
#include <participatieladder/v1/record.pb.h>

#include "pipeline/record_set.hpp"

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

/// The record set a RecordSet message holds: its records (each value read as by from_message, an
/// `input` finding per value that cannot be read), its findings and sources. errc::invalid_argument
/// when a finding or record refers to a record or source the set does not have.
result<pipeline::record_set> from_message(const participatieladder::v1::RecordSet& m);

/// The message of a record set.
participatieladder::v1::RecordSet to_message(const pipeline::record_set& set);

/// What a record set holds without its records (pl_record_set_info): the record count, sources,
/// encodings, local columns, headers and input findings, as in to_message().
participatieladder::v1::RecordSetInfo info_message(const pipeline::record_set& set);

}  // namespace pl::messages
