// SPDX-License-Identifier: Apache-2.0
// Strict decoding of participatieladder.v1 messages at the C ABI (docs/c-abi.md): bytes that do
// not parse, or that carry a field the schema of this library does not know (another message, or
// a newer schema), are errc::decode — never silently half-read.
#pragma once

#include <participatieladder/error.hpp>

#include <google/protobuf/message.h>

#include <cstddef>
#include <string>
#include <string_view>

namespace pl::messages {

/// Parse `size` bytes at `data` into `m` (cleared first). `data` may be NULL only when size is 0;
/// `arg` names the argument in messages.
result<void> decode(const void* data, std::size_t size, google::protobuf::Message& m, std::string_view arg = "data");

/// The first unknown field in `m` or its sub-messages, as "Type.path field N"; empty when none.
std::string first_unknown_field(const google::protobuf::Message& m);

/// The message type of the participatieladder.v1 schema with this name ("CheckRequest" or
/// "participatieladder.v1.CheckRequest"); nullptr when the schema has no such message.
const google::protobuf::Message* prototype(const std::string& type_name);

}  // namespace pl::messages
