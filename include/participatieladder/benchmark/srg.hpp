// SPDX-License-Identifier: Apache-2.0
// SRG re-integration position, SPEC §12: the official mapping is not in the sources and
// municipalities distrust automatic conversion, so a mapping is configuration the municipality
// supplies (step → code), applied only on request, and a converted placement is marked
// `determination = conversion`.
//
// File format (docs/benchmark-exchange.md): one mapping per line, `STEP;CODE` or `STEP,CODE`
// (STEP 0–6 or 9), `#` starts a comment line, blank lines are ignored, the first other line may be a
// header `step;srg` (or `trede;srg`). A step mapped twice, an unknown step or an empty code is an error
// naming the line.
#pragma once

#include "../error.hpp"
#include "../step.hpp"
#include "../text_util.hpp"

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace pl::benchmark {

struct srg_mapping {
  std::array<std::optional<std::string>, 10> codes;  ///< index = step code 0–9 (7, 8 unused)

  const std::optional<std::string>& code(step s) const noexcept { return codes[static_cast<std::size_t>(to_int(s))]; }
  bool empty() const noexcept {
    for (const auto& c : codes)
      if (c) return false;
    return true;
  }
};

/// Parse a mapping file's text; `where` names it in messages.
inline result<srg_mapping> parse_srg_mapping(std::string_view text, std::string_view where) {
  srg_mapping m;
  std::size_t line_no = 0;
  bool first = true;  // the first line that is not blank or a comment may be a header
  while (!text.empty()) {
    const auto nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    ++line_no;
    if (line_no == 1 && line.substr(0, 3) == "\xEF\xBB\xBF") line.remove_prefix(3);
    line = pl::detail::trim(line);
    if (line.empty() || line.front() == '#') continue;
    const auto sep = line.find_first_of(";,");
    const std::string at = std::string(where) + ", line " + std::to_string(line_no);
    if (sep == std::string_view::npos) return fail(errc::config, at + ": expected STEP;CODE");
    const auto s = pl::detail::trim(line.substr(0, sep));
    const auto code = pl::detail::trim(line.substr(sep + 1));
    const bool header_allowed = first;
    first = false;
    if (header_allowed && (pl::detail::iequals(s, "step") || pl::detail::iequals(s, "trede"))) continue;
    int v = -1;
    const auto st = pl::detail::parse_uint(s, v) ? step_from_int(v) : std::nullopt;
    if (!st) return fail(errc::config, at + ": '" + std::string(s) + "' is not a step (0-6 or 9)");
    if (code.empty()) return fail(errc::config, at + ": step " + std::string(s) + " has an empty SRG code");
    auto& slot = m.codes[static_cast<std::size_t>(v)];
    if (slot) return fail(errc::config, at + ": step " + std::string(s) + " is mapped twice");
    slot = std::string(code);
  }
  if (m.empty()) return fail(errc::config, std::string(where) + ": no mapping (expected lines STEP;CODE)");
  return m;
}

}  // namespace pl::benchmark
