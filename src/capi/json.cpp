// SPDX-License-Identifier: Apache-2.0
// JSON <-> participatieladder.v1 messages through protobuf's JSON mapping, so a caller without a
// protobuf library can use the ABI (field names are the SPEC §6 keys).
#include "c_boundary.hpp"

#include "messages/decode.hpp"
#include "messages/json.hpp"

#include <google/protobuf/util/json_util.h>

#include <memory>

using namespace pl::capi;
namespace gp = google::protobuf;

namespace {
pl::result<const gp::Message*> message_type(const char* fn, const char* type_name) {
  PL_TRY(require(type_name, fn, "type_name"));
  const gp::Message* proto = pl::messages::prototype(type_name);
  if (proto == nullptr)
    return pl::fail(pl::errc::invalid_argument, std::string(fn) + ": '" + type_name + "' is not a message of participatieladder.v1");
  return proto;
}
}  // namespace

extern "C" {

PL_EXTERN int pl_message_to_json(const char* type_name, const void* data, size_t size, pl_buffer* out) {
  return guard([&]() -> pl::result<void> {
    PL_TRY(require(out, "pl_message_to_json", "out"));
    reset(out);
    PL_TRY(proto, message_type("pl_message_to_json", type_name));
    std::unique_ptr<gp::Message> m(proto->New());
    PL_TRY(pl::messages::decode(data, size, *m));
    PL_TRY(json, pl::messages::to_json(*m));  // the one JSON mapping (messages/json.hpp)
    return write(json, out);
  });
}

PL_EXTERN int pl_message_from_json(const char* type_name, const char* json, pl_buffer* out) {
  return guard([&]() -> pl::result<void> {
    PL_TRY(require(out, "pl_message_from_json", "out"));
    reset(out);
    PL_TRY(require(json, "pl_message_from_json", "json"));
    PL_TRY(proto, message_type("pl_message_from_json", type_name));
    std::unique_ptr<gp::Message> m(proto->New());
    PL_TRY(pl::messages::from_json(json, *m, "pl_message_from_json"));
    return write(*m, out);
  });
}

}  // extern "C"
