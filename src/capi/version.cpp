// SPDX-License-Identifier: Apache-2.0
// Run-time version of the library (include/participatieladder/version.h).
#include "c_boundary.hpp"

#include <participatieladder/version.hpp>
#include <participatieladder/v1/version.pb.h>

#include <google/protobuf/stubs/common.h>

using namespace pl::capi;

namespace {
int version_info(const char* fn, shape s, pl_buffer* out) {
  return door(fn, s, out, [&]() -> pl::result<void> {
    participatieladder::v1::VersionInfo v;
    v.set_version(PL_VERSION_STRING);
    v.set_major(PL_VERSION_MAJOR);
    v.set_minor(PL_VERSION_MINOR);
    v.set_patch(PL_VERSION_PATCH);
    v.set_version_number(PL_VERSION_NUMBER);
    v.set_schema(std::string(pl::messages::public_package));  // the private copy's package is not shown (src/proto/embedded_schema.hpp)
    v.set_protobuf_version(google::protobuf::internal::VersionString(GOOGLE_PROTOBUF_VERSION));
    return give(v, s, out);
  });
}
}  // namespace

extern "C" {

PL_EXTERN unsigned int pl_version_number(void) { return PL_VERSION_NUMBER; }

PL_EXTERN const char* pl_version_string(void) { return PL_VERSION_STRING; }

PL_EXTERN int pl_version_info(pl_buffer* out) { return version_info("pl_version_info", shape::bytes, out); }

PL_EXTERN int pl_version_info_json(pl_buffer* out) { return version_info("pl_version_info_json", shape::json, out); }

}  // extern "C"
