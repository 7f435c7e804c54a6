// SPDX-License-Identifier: Apache-2.0
// Reading a municipality's check configuration (SPEC §7, §8) through protobuf's JSON mapping.
#include <participatieladder/config/check_config_json.hpp>

#include "support/text_file.hpp"

#include <google/protobuf/struct.pb.h>
#include <google/protobuf/util/json_util.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <sstream>
#include <vector>

namespace pl {
namespace {

using google::protobuf::Struct;
using google::protobuf::Value;

/// A JSON value as it appears in a message (short, quoted when a string).
std::string show(const Value& v) {
  switch (v.kind_case()) {
    case Value::kStringValue: return "'" + v.string_value() + "'";
    case Value::kNumberValue: {
      std::ostringstream s;
      s << v.number_value();
      return s.str();
    }
    case Value::kBoolValue: return v.bool_value() ? "true" : "false";
    case Value::kNullValue: return "null";
    case Value::kListValue: return "a list";
    case Value::kStructValue: return "an object";
    default: return "nothing";
  }
}

using key_reader = result<void> (*)(const std::string& where, const Value& v, check_config& out);

result<void> read_disabled(const std::string& where, const Value& v, check_config& out) {
  if (v.kind_case() != Value::kListValue)
    return fail(errc::config, where + ": " + show(v) + " is not a list of check ids (e.g. [\"PL018\"])");
  for (const auto& item : v.list_value().values()) {
    if (item.kind_case() != Value::kStringValue || !find_check(item.string_value()))
      return fail(errc::config, where + ": " + show(item) + " is not a check id (expected PL001-PL023)");
    out.disabled_checks.insert(item.string_value());
  }
  return success();
}

result<void> read_severity(const std::string& where, const Value& v, check_config& out) {
  if (v.kind_case() != Value::kStructValue)
    return fail(errc::config, where + ": " + show(v) + " is not an object of check id to severity (e.g. {\"PL005\": \"error\"})");
  for (const auto& [id, sev] : v.struct_value().fields()) {
    if (!find_check(id)) return fail(errc::config, where + "." + id + ": '" + id + "' is not a check id (expected PL001-PL023)");
    if (sev.kind_case() != Value::kStringValue)
      return fail(errc::config, where + "." + id + ": " + show(sev) + " is not a severity (expected error, warning or info)");
    auto parsed = parse_severity(sev.string_value());
    if (!parsed) return fail(errc::config, where + "." + id + ": " + parsed.error().message);
    out.severity_overrides[id] = parsed.value();
  }
  return success();
}

result<int> read_months(const std::string& where, const Value& v) {
  if (v.kind_case() != Value::kNumberValue || v.number_value() != std::floor(v.number_value()) ||
      v.number_value() < 1 || v.number_value() > 1200)
    return fail(errc::config, where + ": " + show(v) + " is not a whole number of months between 1 and 1200");
  return static_cast<int>(v.number_value());
}

result<void> read_reassessment(const std::string& where, const Value& v, check_config& out) {
  PL_TRY(months, read_months(where, v));
  out.reassessment_months = months;
  return success();
}

result<void> read_intake(const std::string& where, const Value& v, check_config& out) {
  PL_TRY(months, read_months(where, v));
  out.intake_months = months;
  return success();
}

struct config_key {
  std::string_view key;
  key_reader read;
};

/// The keys of a configuration file.
constexpr config_key config_keys[] = {
    {"disabled_checks", read_disabled},
    {"severity", read_severity},
    {"reassessment_months", read_reassessment},
    {"intake_months", read_intake},
};

}  // namespace

result<check_config> parse_check_config(std::string_view json, std::string_view source_name) {
  const std::string source(source_name);
  Struct doc;
  const auto status = google::protobuf::util::JsonStringToMessage(std::string(json), &doc);
  if (!status.ok())
    return fail(errc::parse, source + ": not a JSON object: " + std::string(status.message()));
  check_config out;
  std::vector<std::string> keys;  // protobuf maps have no order: report in key order
  for (const auto& [key, value] : doc.fields()) keys.push_back(key);
  std::sort(keys.begin(), keys.end());
  for (const auto& key : keys) {
    const Value& value = doc.fields().at(key);
    const config_key* known = nullptr;
    for (const auto& k : config_keys)
      if (k.key == key) known = &k;
    if (!known)
      return fail(errc::config, source + ": unknown key '" + key +
                                    "' (expected disabled_checks, severity, reassessment_months, intake_months)");
    PL_TRY(known->read(source + ": " + key, value, out));
  }
  auto valid = validate(out);
  if (!valid) return fail(errc::config, source + ": " + valid.error().message);
  return out;
}

result<check_config> load_check_config(const std::string& path) {
  PL_TRY(text, support::read_text_file(path, "configuration file"));
  return parse_check_config(text, path);
}

}  // namespace pl
