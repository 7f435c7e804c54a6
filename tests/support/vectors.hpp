// SPDX-License-Identifier: Apache-2.0
// Reading the shared test vectors (tests/vectors/*.json) with protobuf's JSON mapping.
#pragma once

#include <google/protobuf/struct.pb.h>
#include <google/protobuf/util/json_util.h>

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

namespace pl::test {

using google::protobuf::Value;

/// Load tests/vectors/<name> as a google.protobuf.Value; throws on a missing or malformed file.
inline Value load_vectors(const std::string& name) {
  const std::string path = std::string(PL_VECTORS_DIR) + "/" + name;
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open " + path);
  std::stringstream ss;
  ss << in.rdbuf();
  Value v;
  const auto status = google::protobuf::util::JsonStringToMessage(ss.str(), &v);
  if (!status.ok()) throw std::runtime_error(path + ": " + status.ToString());
  return v;
}

inline const Value& field(const Value& object, const std::string& key) {
  const auto& f = object.struct_value().fields();
  const auto it = f.find(key);
  if (it == f.end()) throw std::runtime_error("vector lacks key '" + key + "'");
  return it->second;
}

inline bool has(const Value& object, const std::string& key) {
  const auto& f = object.struct_value().fields();
  const auto it = f.find(key);
  return it != f.end() && it->second.kind_case() != Value::kNullValue;
}

/// A part of a vector (a configuration, an extension set) as JSON text, for the parsers that read
/// those files; throws when it cannot be written.
inline std::string json_text(const Value& v) {
  std::string json;
  const auto status = google::protobuf::util::MessageToJsonString(v, &json);
  if (!status.ok()) throw std::runtime_error("vector value: " + status.ToString());
  return json;
}

}  // namespace pl::test
