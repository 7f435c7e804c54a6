// SPDX-License-Identifier: Apache-2.0
#include "embedded_schema.hpp"

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

namespace pl::messages {

namespace {

// The private package, as protoc compiled it (not written a second time here).
const std::string& embedded_package() {
  static const std::string package = participatieladder::v1::VersionInfo::descriptor()->file()->package();
  return package;
}

}  // namespace

std::string public_name(std::string_view full_name) {
  const std::string& own = embedded_package();
  if (full_name.size() > own.size() && full_name.substr(0, own.size()) == own && full_name[own.size()] == '.')
    return std::string(public_package) + std::string(full_name.substr(own.size()));
  return std::string(full_name);
}

std::string public_name(const google::protobuf::Descriptor& message) { return public_name(message.full_name()); }

const google::protobuf::Descriptor* find_message(std::string_view name) {
  // One message of every .proto file, so every generated descriptor is linked and registered.
  namespace v1 = participatieladder::v1;
  static const bool registered = v1::AnswerSet::descriptor() && v1::Catalogue::descriptor() && v1::CheckRequest::descriptor() &&
                                 v1::LocalizedText::descriptor() && v1::Configuration::descriptor() &&
                                 v1::DeterminationResult::descriptor() && v1::Finding::descriptor() && v1::RecordSet::descriptor() &&
                                 v1::Record::descriptor() && v1::VersionInfo::descriptor();
  if (!registered) return nullptr;
  const std::string prefix = std::string(public_package) + ".";
  const std::string_view local = name.substr(0, prefix.size()) == prefix ? name.substr(prefix.size()) : name;
  return google::protobuf::DescriptorPool::generated_pool()->FindMessageTypeByName(embedded_package() + "." + std::string(local));
}

}  // namespace pl::messages
