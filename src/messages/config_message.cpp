// SPDX-License-Identifier: Apache-2.0
// SPEC §7/§8 configuration: the message is written as the JSON of a configuration file and read by
// pl::parse_check_config, so its rules are written once (src/config).
#include "messages/config_message.hpp"

#include <participatieladder/config/check_config_json.hpp>

#include <google/protobuf/util/json_util.h>

#include <string>

namespace pl::messages {

result<check_config> from_message(const participatieladder::v1::CheckConfig& m, std::string_view where) {
  google::protobuf::util::JsonPrintOptions opts;
  opts.preserve_proto_field_names = true;
  std::string json;
  if (const auto st = google::protobuf::util::MessageToJsonString(m, &json, opts); !st.ok())
    return fail(errc::internal, std::string(where) + ": " + std::string(st.message()));
  return parse_check_config(json, where);
}

participatieladder::v1::CheckConfig to_message(const check_config& c) {
  participatieladder::v1::CheckConfig m;
  for (const auto& id : c.disabled_checks) m.add_disabled_checks(id);
  for (const auto& [id, s] : c.severity_overrides) (*m.mutable_severity())[id] = std::string(to_string(s));
  const check_config defaults;
  if (c.reassessment_months != defaults.reassessment_months) m.set_reassessment_months(c.reassessment_months);
  if (c.intake_months != defaults.intake_months) m.set_intake_months(c.intake_months);
  return m;
}

}  // namespace pl::messages
