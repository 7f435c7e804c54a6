// SPDX-License-Identifier: Apache-2.0
// Extension set files, SPEC §9: JSON → google.protobuf.Struct (protobuf JSON mapping) → the
// validated extension_set of extensions.hpp.
#include <participatieladder/extensions_file.hpp>

#include "support/text_file.hpp"

#include <google/protobuf/struct.pb.h>
#include <google/protobuf/util/json_util.h>

#include <vector>

namespace pl {
namespace {

using google::protobuf::Struct;
using google::protobuf::Value;

std::string kind_name(const Value& v) {
  switch (v.kind_case()) {
    case Value::kNullValue: return "null";
    case Value::kNumberValue: return "a number";
    case Value::kStringValue: return "'" + v.string_value() + "'";
    case Value::kBoolValue: return "a boolean";
    case Value::kStructValue: return "an object";
    case Value::kListValue: return "a list";
    default: return "nothing";
  }
}

error config_error(std::string_view source, const std::string& key, const std::string& why) {
  return fail(errc::config, std::string(source) + ": " + key + ": " + why);
}

result<std::string> string_field(const Struct& s, const std::string& key, const std::string& where, std::string_view source,
                                 bool required) {
  const auto it = s.fields().find(key);
  if (it == s.fields().end() || it->second.kind_case() == Value::kNullValue) {
    if (required) return config_error(source, where + "." + key, "missing (a text is required)");
    return std::string();
  }
  if (it->second.kind_case() != Value::kStringValue)
    return config_error(source, where + "." + key, kind_name(it->second) + " is not a text");
  return it->second.string_value();
}

/// SPEC §9 `national_step`: a ladder step 1-6 as a number (4) or a text ("4"); absent = the base step.
result<std::optional<step>> national_step_field(const Struct& s, const std::string& where, std::string_view source) {
  const auto it = s.fields().find("national_step");
  if (it == s.fields().end() || it->second.kind_case() == Value::kNullValue) return std::optional<step>{};
  int v = -1;
  if (it->second.kind_case() == Value::kNumberValue) {
    const double d = it->second.number_value();
    if (d >= 0 && d <= 9 && d == static_cast<int>(d)) v = static_cast<int>(d);
  } else if (it->second.kind_case() == Value::kStringValue) {
    if (!detail::parse_uint(detail::trim(it->second.string_value()), v)) v = -1;
  }
  const auto st = v >= 0 ? step_from_int(v) : std::nullopt;
  if (!st || !is_ladder_step(*st))
    return config_error(source, where + ".national_step", kind_name(it->second) + " is not a ladder step 1-6 (SPEC §9)");
  return std::optional<step>{*st};
}

}  // namespace

result<extension_set> parse_extension_set_json(std::string_view json, std::string_view source) {
  Struct root;
  const auto status = google::protobuf::util::JsonStringToMessage(std::string(json), &root);
  if (!status.ok())
    return fail(errc::parse, std::string(source) + ": not a JSON object: " + std::string(status.message()));
  for (const auto& [key, value] : root.fields())
    if (key != "name" && key != "description" && key != "sub_steps")
      return config_error(source, key, "unknown key (expected name, description, sub_steps)");
  auto name = string_field(root, "name", "", source, false);
  if (!name) return name.error();
  const auto subs = root.fields().find("sub_steps");
  if (subs == root.fields().end())
    return config_error(source, "sub_steps", "missing (an object of base step → list of sub-steps)");
  if (subs->second.kind_case() != Value::kStructValue)
    return config_error(source, "sub_steps", kind_name(subs->second) + " is not an object of base step → list of sub-steps");

  std::vector<sub_step_definition> defs;
  for (const auto& [base_key, list] : subs->second.struct_value().fields()) {
    const std::string where = "sub_steps." + base_key;
    int base_code = 0;
    const auto base = detail::parse_uint(base_key, base_code) ? step_from_int(base_code) : std::nullopt;
    if (!base || !is_ladder_step(*base))
      return config_error(source, where, "'" + base_key + "' is not a ladder step 1-6 (0 and 9 have no sub-steps)");
    if (list.kind_case() != Value::kListValue)
      return config_error(source, where, kind_name(list) + " is not a list of sub-steps");
    for (int i = 0; i < list.list_value().values_size(); ++i) {
      const std::string at = where + "[" + std::to_string(i) + "]";
      const Value& item = list.list_value().values(i);
      if (item.kind_case() != Value::kStructValue)
        return config_error(source, at, kind_name(item) + " is not an object {code, nl, en}");
      const Struct& obj = item.struct_value();
      for (const auto& [k, v] : obj.fields())
        if (k != "code" && k != "nl" && k != "en" && k != "national_step")
          return config_error(source, at + "." + k, "unknown key (expected code, nl, en, national_step)");
      auto code_text = string_field(obj, "code", at, source, true);
      if (!code_text) return code_text.error();
      auto code = parse_sub_step_code(code_text.value());
      if (!code) return config_error(source, at + ".code", code.error().message);
      if (code.value().base != *base)
        return config_error(source, at + ".code",
                            "'" + code_text.value() + "' is not under base step " + base_key + " (SPEC §9)");
      auto nl = string_field(obj, "nl", at, source, true);
      if (!nl) return nl.error();
      auto en = string_field(obj, "en", at, source, false);
      if (!en) return en.error();
      auto national = national_step_field(obj, at, source);
      if (!national) return national.error();
      defs.push_back({code.value(), std::move(nl).value(), std::move(en).value(), national.value()});
    }
  }
  return make_extension_set(std::move(name).value(), std::move(defs), source);
}

result<extension_set> read_extension_set(const std::string& path) {
  PL_TRY(text, support::read_text_file(path, "extension file"));
  return parse_extension_set_json(text, path);
}

}  // namespace pl
