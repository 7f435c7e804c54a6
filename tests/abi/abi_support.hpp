// SPDX-License-Identifier: Apache-2.0
// Helpers for the C ABI tests: RAII over handles and buffers, outputs read through
// pl_message_to_json into google.protobuf.Value (no second copy of the generated classes).
#pragma once

#include <participatieladder.h>

#include <google/protobuf/struct.pb.h>
#include <google/protobuf/util/json_util.h>

#include <memory>
#include <stdexcept>
#include <string>

namespace pl::abi_test {

struct buffer {
  pl_buffer b = PL_BUFFER_INIT;
  buffer() = default;
  buffer(const buffer&) = delete;
  buffer& operator=(const buffer&) = delete;
  ~buffer() { pl_buffer_free(&b); }
  pl_buffer* operator&() { return &b; }
  std::string bytes() const { return b.data ? std::string(reinterpret_cast<const char*>(b.data), b.size) : std::string(); }
};

using engine_ptr = std::unique_ptr<pl_engine, decltype(&pl_engine_free)>;

inline engine_ptr make_engine() {
  pl_engine* e = nullptr;
  if (pl_engine_new(nullptr, 0, &e) != PL_OK) throw std::runtime_error(pl_last_error());
  return {e, &pl_engine_free};
}

/// Serialized message bytes -> google.protobuf.Value, through the library's own JSON mapping.
inline google::protobuf::Value to_value(const char* type, const std::string& bytes) {
  buffer json;
  if (pl_message_to_json(type, bytes.data(), bytes.size(), &json) != PL_OK) throw std::runtime_error(pl_last_error());
  google::protobuf::Value v;
  const auto st = google::protobuf::util::JsonStringToMessage(reinterpret_cast<const char*>(json.b.data), &v);
  if (!st.ok()) throw std::runtime_error(st.ToString());
  return v;
}

/// JSON -> serialized message bytes, through the library.
inline std::string from_json(const char* type, const std::string& json) {
  buffer out;
  if (pl_message_from_json(type, json.c_str(), &out) != PL_OK) throw std::runtime_error(pl_last_error());
  return out.bytes();
}

inline const google::protobuf::Value* get(const google::protobuf::Value& v, const std::string& key) {
  const auto& f = v.struct_value().fields();
  const auto it = f.find(key);
  return it == f.end() ? nullptr : &it->second;
}

}  // namespace pl::abi_test
