// SPDX-License-Identifier: Apache-2.0
// The library's private copy of the participatieladder.v1 schema (cmake/EmbeddedProto.cmake,
// docs/c-abi.md): its classes are generated from the public .proto files under the package
// participatieladder._embedded.v1 and the file paths participatieladder/_embedded/v1/*.proto, so
// that a program with its own classes of the public files (full or lite runtime) can link the
// library: nothing the library registers in libprotobuf's process-wide pool has a public name.
// Wire bytes and the JSON mapping do not contain the package and are those of the public schema.
//
// The code writes participatieladder::v1::X (the alias below). A full name shown to a person or a
// caller (error messages, VersionInfo.schema) goes through public_name; a name given by a caller
// (pl_message_to_json's type) through find_message.
#pragma once

#include <string>
#include <string_view>

namespace google::protobuf {
class Descriptor;
}

namespace participatieladder {
namespace _embedded::v1 {}
namespace v1 = _embedded::v1;
}  // namespace participatieladder

namespace pl::messages {

/// The package of the schema as published: "participatieladder.v1".
inline constexpr std::string_view public_package = "participatieladder.v1";

/// A full name with the library's private package replaced by the public one
/// ("participatieladder.v1.CheckRequest"); any other name unchanged.
std::string public_name(std::string_view full_name);
std::string public_name(const google::protobuf::Descriptor& message);

/// The library's descriptor of the message with this public name ("CheckRequest" or
/// "participatieladder.v1.CheckRequest"); nullptr when the schema has no such message (a private
/// name is not accepted either).
const google::protobuf::Descriptor* find_message(std::string_view name);

}  // namespace pl::messages
