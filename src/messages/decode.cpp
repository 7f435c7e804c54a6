// SPDX-License-Identifier: Apache-2.0
#include "messages/decode.hpp"

#include <participatieladder/v1/answers.pb.h>
#include <participatieladder/v1/catalogue.pb.h>
#include <participatieladder/v1/check.pb.h>
#include <participatieladder/v1/common.pb.h>
#include <participatieladder/v1/config.pb.h>
#include <participatieladder/v1/determination.pb.h>
#include <participatieladder/v1/finding.pb.h>
#include <participatieladder/v1/read.pb.h>
#include <participatieladder/v1/record.pb.h>
#include <participatieladder/v1/version.pb.h>

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
    return m.GetDescriptor()->full_name() + " field " + std::to_string(unknown.field(0).number());
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
  const std::string type = m.GetDescriptor()->full_name();
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
  // One message of every .proto file, so every generated descriptor is linked and registered.
  namespace v1 = participatieladder::v1;
  static const bool registered = v1::AnswerSet::descriptor() && v1::Catalogue::descriptor() && v1::CheckRequest::descriptor() &&
                                 v1::LocalizedText::descriptor() && v1::Configuration::descriptor() &&
                                 v1::DeterminationResult::descriptor() && v1::Finding::descriptor() && v1::RecordSet::descriptor() &&
                                 v1::Record::descriptor() && v1::VersionInfo::descriptor();
  if (!registered) return nullptr;
  const std::string prefix = "participatieladder.v1.";
  const std::string full = type_name.rfind(prefix, 0) == 0 ? type_name : prefix + type_name;
  const gp::Descriptor* d = gp::DescriptorPool::generated_pool()->FindMessageTypeByName(full);
  if (d == nullptr) return nullptr;
  return gp::MessageFactory::generated_factory()->GetPrototype(d);
}

}  // namespace pl::messages
