// SPDX-License-Identifier: Apache-2.0
// A finding: the result of a consistency check (SPEC §8) or an unreadable input value. Findings
// are data in results — never errors. Messages name fields and values but never personal data
// (SPEC §11).
#pragma once

#include "date.hpp"
#include "error.hpp"
#include "lang.hpp"
#include "text_util.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pl {

/// SPEC §8: error — the record is wrong; warning — probably wrong, review; info.
enum class severity : unsigned char { error, warning, info };

constexpr std::string_view to_string(severity s) noexcept {
  switch (s) {
    case severity::error: return "error";
    case severity::warning: return "warning";
    case severity::info: return "info";
  }
  return "error";
}

/// What people read for a severity (SPEC §8: error, warning, info), Dutch canonical.
constexpr text severity_label(severity s) noexcept {
  switch (s) {
    case severity::error: return {"fout", "error"};
    case severity::warning: return {"waarschuwing", "warning"};
    case severity::info: return {"info", "info"};
  }
  return {"fout", "error"};
}

inline result<severity> parse_severity(std::string_view s) {
  for (const severity v : {severity::error, severity::warning, severity::info})
    if (detail::iequals(detail::trim(s), to_string(v))) return v;
  return fail(errc::config, "'" + std::string(s) + "' is not a severity (expected error, warning or info)");
}

/// The pseudo check id of a value that could not be read (SPEC §6: never a silent default).
inline constexpr std::string_view input_check_id = "input";

struct finding {
  static constexpr std::size_t no_record = static_cast<std::size_t>(-1);

  std::string check;                  ///< `PL001` … `PL021`, or `input`
  pl::severity severity = severity::error;
  std::string client_id;              ///< empty when unknown (e.g. the client_id itself is unreadable)
  std::string file;                   ///< source file name, when read from a file
  std::size_t line = 0;               ///< 1-based line in the source file; 0 when unknown
  std::size_t record_index = no_record; ///< index of the record in the checked span, if any
  std::optional<date> measured_on;
  std::vector<std::string> fields;    ///< the §6 keys involved
  std::string message_nl;            ///< the message in Dutch (canonical)
  std::string message_en;            ///< the message in English
  std::string key;                    ///< input findings: the key (or column header) of the value
  std::string value;                  ///< input findings: the offending value (never personal data)
  std::string caseworker;             ///< of the record (SPEC §6 field 12), for worklists; set by the pipeline
  std::string team;                   ///< of the record (SPEC §6 field 12), for worklists; set by the pipeline

  const std::string& message_in(lang l) const noexcept { return l == lang::nl ? message_nl : message_en; }
};

}  // namespace pl
