// SPDX-License-Identifier: Apache-2.0
// JSON output through protobuf's JSON mapping (google.protobuf.Value), one object per line, keys
// sorted so that the output is the same in every run.
#pragma once

#include <participatieladder/io/json_line.hpp>

#include <google/protobuf/struct.pb.h>

#include <string>
#include <string_view>
#include <vector>

namespace pl::cli::json {

using google::protobuf::ListValue;
using google::protobuf::Struct;
using google::protobuf::Value;

inline Value number(double v) { Value x; x.set_number_value(v); return x; }
inline Value boolean(bool v) { Value x; x.set_bool_value(v); return x; }
inline Value string(std::string_view v) { Value x; x.set_string_value(std::string(v)); return x; }
inline Value null() { Value x; x.set_null_value(google::protobuf::NULL_VALUE); return x; }
inline Value list(std::vector<Value> items) {
  Value x;
  x.mutable_list_value();  // an empty list is still a list
  for (auto& i : items) *x.mutable_list_value()->add_values() = std::move(i);
  return x;
}

/// An object that keeps its keys as given.
class object {
 public:
  object& set(const std::string& key, Value v) { (*s_.mutable_fields())[key] = std::move(v); return *this; }
  Value value() const { Value x; *x.mutable_struct_value() = s_; return x; }
  /// Compact JSON with the keys sorted (the same output in every run; participatieladder::io).
  std::string line() const {
    auto out = pl::json_line(s_);
    return out ? std::move(out).value() : std::string("{}");
  }

 private:
  Struct s_;
};

}  // namespace pl::cli::json
