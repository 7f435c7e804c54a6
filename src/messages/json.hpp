// SPDX-License-Identifier: Apache-2.0
// The one JSON mapping of the v1 messages for every door (pladder --format json, the C ABI's
// JSON functions, pl_message_to_json): protobuf's JSON mapping with the schema's field names, every
// field written (also 0, "" and false), deterministic. The CLI's JSON output and the C ABI's JSON
// output of the same request are the same bytes.
#pragma once

#include <participatieladder/error.hpp>

#include <google/protobuf/message.h>

#include <string>
#include <string_view>

namespace pl::messages {

/// `m` as compact JSON (one line, no trailing newline).
result<std::string> to_json(const google::protobuf::Message& m);

/// Parse `json` into `m` (cleared first). errc::parse naming the message type and the reason.
result<void> from_json(std::string_view json, google::protobuf::Message& m, std::string_view what);

}  // namespace pl::messages
