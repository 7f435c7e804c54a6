// SPDX-License-Identifier: Apache-2.0
// One protobuf message as one line of JSON through protobuf's JSON mapping, deterministically:
// map keys (google.protobuf.Struct fields) in sorted order, so the same data gives the same bytes
// in every run (protobuf's own map order varies from process to process). Used by write_jsonl and
// the JSON output of `pladder`. Part of participatieladder::io — link `participatieladder::io`.
#pragma once

#include <participatieladder/error.hpp>

#include <google/protobuf/message.h>

#include <string>

namespace pl {

/// The message as compact JSON with proto field names; errc::internal if protobuf refuses it.
/// `all_fields`: also fields holding their default (0, "", false, empty lists).
result<std::string> json_line(const google::protobuf::Message& message, bool all_fields = false);

}  // namespace pl
