// SPDX-License-Identifier: Apache-2.0
#include "messages/decode.hpp"

#include "embedded_schema.hpp"


#include <google/protobuf/descriptor.h>
#include <google/protobuf/unknown_field_set.h>

#include <climits>
#include <vector>

namespace pl::messages {

namespace gp = google::protobuf;

std::string first_unknown_field(const gp::Message& m) {
  const gp::Reflection* r = m.GetReflection();
  const gp::UnknownFieldSet& unknown = r->GetUnknownFields(m);
  if (!unknown.empty())
    return public_name(*m.GetDescriptor()) + " field " + std::to_string(unknown.field(0).number());
  std::vector<const gp::FieldDescriptor*> fields;
  r->ListFields(m, &fields);
  for (const auto* f : fields) {
    if (f->cpp_type() != gp::FieldDescriptor::CPPTYPE_MESSAGE) continue;
    if (f->is_repeated()) {
      for (int i = 0, n = r->FieldSize(m, f); i < n; ++i) {
        auto inner = first_unknown_field(r->GetRepeatedMessage(m, f, i));
        if (!inner.empty()) return inner;
      }
    } else {
      auto inner = first_unknown_field(r->GetMessage(m, f));
      if (!inner.empty()) return inner;
    }
  }
  return {};
}

result<void> decode(const void* data, std::size_t size, gp::Message& m, std::string_view arg) {
  const std::string type = public_name(*m.GetDescriptor());
  m.Clear();
  if (data == nullptr && size != 0) return fail(errc::invalid_argument, type + ": " + std::string(arg) + " is NULL but size is " + std::to_string(size));
  if (size > static_cast<std::size_t>(INT_MAX)) return fail(errc::decode, type + ": " + std::to_string(size) + " bytes is more than a message can hold (2 GiB)");
  if (size != 0 && !m.ParseFromArray(data, static_cast<int>(size)))
    return fail(errc::decode, type + ": the " + std::to_string(size) + " bytes are not a valid " + type + " (truncated, or another message)");
  if (auto unknown = first_unknown_field(m); !unknown.empty())
    return fail(errc::decode, type + ": unknown " + unknown +
                                  " (the bytes are another message, or were written with a newer schema than this library's)");
  return success();
}

const gp::Message* prototype(const std::string& type_name) {
  const gp::Descriptor* d = find_message(type_name);
  if (d == nullptr) return nullptr;
  return gp::MessageFactory::generated_factory()->GetPrototype(d);
}

}  // namespace pl::messages
