// SPDX-License-Identifier: Apache-2.0
// Deterministic JSON: serialise with deterministic (key-sorted) map order, then let protobuf's
// JSON mapping turn the bytes into JSON (BinaryToJsonString).
#include <participatieladder/io/json_line.hpp>

#include <google/protobuf/descriptor.h>
#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>
#include <google/protobuf/util/json_util.h>
#include <google/protobuf/util/type_resolver.h>
#include <google/protobuf/util/type_resolver_util.h>

#include <memory>

namespace pl {

namespace {
constexpr const char* type_url_prefix = "type.googleapis.com";

/// Resolves the types of the generated pool (google.protobuf.Struct, …); thread-safe, made once.
google::protobuf::util::TypeResolver* resolver() {
  static const std::unique_ptr<google::protobuf::util::TypeResolver> r(
      google::protobuf::util::NewTypeResolverForDescriptorPool(type_url_prefix, google::protobuf::DescriptorPool::generated_pool()));
  return r.get();
}
}  // namespace

result<std::string> json_line(const google::protobuf::Message& message, bool all_fields) {
  std::string bytes;
  {
    google::protobuf::io::StringOutputStream stream(&bytes);
    google::protobuf::io::CodedOutputStream coded(&stream);
    coded.SetSerializationDeterministic(true);
    if (!message.SerializeToCodedStream(&coded)) return fail(errc::internal, "cannot serialise " + message.GetTypeName());
  }
  google::protobuf::util::JsonPrintOptions opts;
  opts.preserve_proto_field_names = true;
  opts.always_print_primitive_fields = all_fields;
  std::string out;
  const auto status = google::protobuf::util::BinaryToJsonString(
      resolver(),
      std::string(type_url_prefix) + "/" + message.GetDescriptor()->full_name(), bytes, &out, opts);
  if (!status.ok()) return fail(errc::internal, "cannot write JSON: " + std::string(status.message()));
  return out;
}

}  // namespace pl
