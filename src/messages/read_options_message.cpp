// SPDX-License-Identifier: Apache-2.0
#include "messages/read_options_message.hpp"

#include "messages/json.hpp"

#include <participatieladder/error_text.hpp>
#include <participatieladder/fields.hpp>
#include <participatieladder/text_util.hpp>

#include <string>

namespace pl::messages {

result<text_encoding> parse_encoding(std::string_view text) {
  const auto t = detail::trim(text);
  if (t.empty() || detail::iequals(t, "auto")) return text_encoding::automatic;
  if (detail::iequals(t, "utf-8") || detail::iequals(t, "utf8")) return text_encoding::utf8;
  if (detail::iequals(t, "windows-1252") || detail::iequals(t, "cp1252")) return text_encoding::windows1252;
  return fail(errc::config, msg::encoding_unknown, {t});
}

result<read_options> from_message(const participatieladder::v1::ReadOptions& m, std::string_view where) {
  read_options out;
  auto e = parse_encoding(m.encoding());
  if (!e) return prefixed(std::string(where) + ".encoding", e.error());
  out.encoding = e.value();
  // The target of a header is a §6 key or any header the readers take for it (`"trede"` as well as
  // `"step"`): one alias table, fields.hpp.
  for (const auto& [header, key] : m.columns()) {
    const field_info* f = find_field(key);
    if (f == nullptr) return fail(errc::config, msg::mapping_not_a_key, {where, header, key});
    out.columns[header] = std::string(f->key);
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
