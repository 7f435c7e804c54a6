// SPDX-License-Identifier: Apache-2.0
#include "messages/read_options_message.hpp"

#include "messages/json.hpp"

#include <participatieladder/fields.hpp>
#include <participatieladder/text_util.hpp>

#include <string>

namespace pl::messages {

result<text_encoding> parse_encoding(std::string_view text) {
  const auto t = detail::trim(text);
  if (t.empty() || detail::iequals(t, "auto")) return text_encoding::automatic;
  if (detail::iequals(t, "utf-8") || detail::iequals(t, "utf8")) return text_encoding::utf8;
  if (detail::iequals(t, "windows-1252") || detail::iequals(t, "cp1252")) return text_encoding::windows1252;
  return fail(errc::config, "encoding '" + std::string(t) + "' is not auto, utf-8 or windows-1252");
}

result<read_options> from_message(const participatieladder::v1::ReadOptions& m, std::string_view where) {
  read_options out;
  auto e = parse_encoding(m.encoding());
  if (!e) return fail(errc::config, std::string(where) + ".encoding: " + e.error().message);
  out.encoding = e.value();
  for (const auto& [header, key] : m.columns()) {
    if (field_by_key(key) == nullptr)
      return fail(errc::config, std::string(where) + ".columns['" + header + "']: '" + key +
                                    "' is not a key of the base data set (SPEC §6, e.g. measured_on, caseworker, step)");
    out.columns[header] = key;
  }
  if (m.threads() > 256) return fail(errc::config, std::string(where) + ".threads: " + std::to_string(m.threads()) + " is more than 256");
  out.threads = m.threads() == 0 ? 1 : m.threads();
  return out;
}

result<read_options> parse_read_options_json(std::string_view json, std::string_view source_name) {
  participatieladder::v1::ReadOptions m;
  PL_TRY(from_json(json, m, source_name));
  return from_message(m, source_name);
}

}  // namespace pl::messages
