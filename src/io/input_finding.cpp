// SPDX-License-Identifier: Apache-2.0
// SPEC §6 unreadable values, SPEC §11 personal data never echoed.
#include "input_finding.hpp"

#include "message_text.hpp"

#include <participatieladder/text_util.hpp>

namespace pl::io_detail {

finding value_finding(std::string_view file, std::size_t line, const field_info& f, std::string_view header,
                      std::string_view value, const std::string& reason, std::size_t record_index) {
  finding out;
  out.record_index = record_index;
  out.check = std::string(input_check_id);
  out.severity = severity::error;
  out.file = std::string(file);
  out.line = line;
  out.fields = {std::string(f.key)};
  out.key = std::string(f.key);
  const std::string column = header == f.key ? "'" + std::string(f.key) + "'"
                                             : "'" + std::string(header) + "' (" + std::string(f.key) + ")";
  // In Dutch the column as the file wrote it, and when that is not the Dutch header itself, the
  // Dutch header it stands for (`'Positie' (trede)`), never the internal key.
  const bool dutch_named = detail::iequals(detail::trim(header), f.dutch_header());
  const std::string column_nl = dutch_named ? "'" + std::string(header) + "'"
                                            : "'" + std::string(header) + "' (" + std::string(f.dutch_header()) + ")";
  // A record without a line (handed over as a message, not read from a file) is named by its index.
  const bool by_line = line != 0 || record_index == finding::no_record;
  const std::string where_nl = by_line ? "regel " + std::to_string(line) + ", kolom " + column_nl
                                       : "record " + std::to_string(record_index) + ", veld " + column_nl;
  const std::string where_en = by_line ? "line " + std::to_string(line) + ", column " + column
                                       : "record " + std::to_string(record_index) + ", field " + column;
  const std::string expected_nl(expectation(f.kind).nl);
  if (f.personal) {
    out.message_nl = where_nl + ": waarde niet leesbaar (persoonsgegeven, waarde niet getoond); verwacht " + expected_nl;
    out.message_en = where_en + ": " + reason;
  } else {
    out.value = std::string(value);
    out.message_nl = where_nl + ": waarde '" + out.value + "' niet leesbaar; verwacht " + expected_nl;
    out.message_en = where_en + ": " + reason;
  }
  // Valid UTF-8 by construction, whatever a caller gave as file name or record value.
  out.file = valid_utf8(out.file);
  out.value = valid_utf8(out.value);
  out.message_nl = valid_utf8(out.message_nl);
  out.message_en = valid_utf8(out.message_en);
  return out;
}

finding growth_conflict_finding(std::string_view file, std::size_t line, const std::pair<std::string, std::string>& step,
                                const std::pair<std::string, std::string>& growth, std::size_t record_index) {
  finding out;
  out.record_index = record_index;
  out.check = std::string(input_check_id);
  out.severity = severity::error;
  out.file = valid_utf8(file);
  out.line = line;
  out.fields = {"step", "growth_potential"};
  out.key = "growth_potential";
  out.value = valid_utf8(growth.second);
  // Dutch: the columns as the file wrote them; English also names the key
  auto column = [](const std::pair<std::string, std::string>& c, std::string_view key, bool with_key) {
    const std::string header = c.first.empty() ? std::string(key) : c.first;
    return "'" + header + "'" + (header == key || !with_key ? "" : " (" + std::string(key) + ")") + " '" + c.second + "'";
  };
  const std::string s = column(step, "step", false), g = column(growth, "growth_potential", false);
  const std::string s_en = column(step, "step", true), g_en = column(growth, "growth_potential", true);
  const bool by_line = line != 0 || record_index == finding::no_record;
  const std::string where_nl = by_line ? "regel " + std::to_string(line) : "record " + std::to_string(record_index);
  const std::string where_en = by_line ? "line " + std::to_string(line) : "record " + std::to_string(record_index);
  out.message_nl = valid_utf8(where_nl + ": kolom " + s + " en kolom " + g +
                              " spreken elkaar tegen; geen van beide telt: groeipotentieel onbekend (telt als niet gevuld)");
  out.message_en = valid_utf8(where_en + ": column " + s_en + " and column " + g_en +
                              " contradict each other; neither counts: growth potential unknown (counts as not filled)");
  return out;
}

finding row_finding(std::string_view file, std::size_t line, std::string message_nl, std::string message_en) {
  finding out;
  out.check = std::string(input_check_id);
  out.severity = severity::error;
  out.file = valid_utf8(file);
  out.line = line;
  out.message_nl = valid_utf8("regel " + std::to_string(line) + ": " + message_nl);
  out.message_en = valid_utf8("line " + std::to_string(line) + ": " + message_en);
  return out;
}

}  // namespace pl::io_detail
