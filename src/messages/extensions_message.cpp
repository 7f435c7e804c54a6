// SPDX-License-Identifier: Apache-2.0
#include "messages/extensions_message.hpp"

#include <algorithm>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace pl::messages {

namespace v1 = participatieladder::v1;

v1::ExtensionSet to_message(const extension_set& set) {
  v1::ExtensionSet m;
  m.set_name(set.name);
  for (const auto& d : set.sub_steps) {
    auto* s = m.add_sub_steps();
    s->set_code(d.code.to_string());
    s->set_nl(d.label_nl);
    s->set_en(d.label_en);
    if (d.national_step) s->set_national_step(static_cast<std::uint32_t>(to_int(*d.national_step)));
  }
  return m;
}

result<extension_set> from_message(const v1::ExtensionSet& m, std::string_view where) {
  std::vector<sub_step_definition> defs;
  defs.reserve(static_cast<std::size_t>(m.sub_steps_size()));
  for (int i = 0; i < m.sub_steps_size(); ++i) {
    const auto& s = m.sub_steps(i);
    auto code = parse_sub_step_code(s.code());
    if (!code)
      return fail(errc::config, std::string(where) + ".sub_steps[" + std::to_string(i) + "].code: " + code.error().message);
    std::optional<step> national;
    if (s.national_step() != 0) {
      national = step_from_int(static_cast<int>(std::min<std::uint32_t>(s.national_step(), 100)));
      if (!national)
        return fail(errc::config, std::string(where) + ".sub_steps[" + std::to_string(i) + "].national_step: " +
                                      std::to_string(s.national_step()) + " is not a ladder step 1-6 (SPEC §9)");
    }
    defs.push_back({code.value(), s.nl(), s.en(), national});
  }
  return make_extension_set(m.name(), std::move(defs), where);
}

}  // namespace pl::messages
