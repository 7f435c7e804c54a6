// SPDX-License-Identifier: Apache-2.0
// JSON Lines input (SPEC §6), parsed with protobuf's google.protobuf.Struct.
#include <participatieladder/error_text.hpp>
#include <participatieladder/io/jsonl_reader.hpp>

#include "columns.hpp"
#include "input_finding.hpp"
#include "message_text.hpp"
#include "record_builder.hpp"
#include "text_check.hpp"

#include <participatieladder/fields.hpp>

#include <google/protobuf/struct.pb.h>
#include <google/protobuf/util/json_util.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

namespace pl {
namespace {

using google::protobuf::Value;

/// A scalar JSON value as the text a CSV cell would hold: numbers without a needless fraction,
/// true/false as yes/no, null as empty. Nothing for objects and lists.
std::optional<std::string> scalar_text(const Value& v) {
  switch (v.kind_case()) {
    case Value::kNullValue:
    case Value::KIND_NOT_SET: return std::string();
    case Value::kStringValue: return v.string_value();
    case Value::kBoolValue: return std::string(v.bool_value() ? "yes" : "no");
    case Value::kNumberValue: {
      const double d = v.number_value();
      char buf[40];
      if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 1e15) std::snprintf(buf, sizeof buf, "%.0f", d);
      else std::snprintf(buf, sizeof buf, "%.17g", d);
      return std::string(buf);
    }
    default: return std::nullopt;
  }
}

/// A JSON number is read as a double: from 2^53 on, not every whole number is exact, so
/// `12345678901234567890` would silently become another value (e.g. another client_id). SPEC §6:
/// a value that cannot be read is a finding, never a silent change.
bool number_not_exact(const Value& v) {
  constexpr double exact_limit = 9007199254740992.0;  // 2^53
  return v.kind_case() == Value::kNumberValue && std::isfinite(v.number_value()) && std::fabs(v.number_value()) >= exact_limit;
}

}  // namespace

result<read_result> read_jsonl(std::string_view bytes, std::string_view source_name, std::uint32_t source_index,
                               const read_options& options) {
  io_detail::decoded_text decoded;
  const std::string file = io_detail::valid_utf8(source_name);
  PL_TRY(io_detail::checked_text(bytes, file, options.encoding, decoded));
  const std::string_view text = decoded.text;
  read_result out;
  out.encoding = decoded.encoding;
  io_detail::record_builder builder(out, file, source_index);
  std::size_t objects = 0, bad_lines = 0;
  std::size_t pos = 0, line = 0;
  while (pos < text.size()) {
    ++line;
    auto nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    const auto content = detail::trim(text.substr(pos, nl - pos));
    pos = nl + 1;
    if (content.empty()) continue;
    google::protobuf::Struct object;
    const auto status = google::protobuf::util::JsonStringToMessage(std::string(content), &object);
    if (!status.ok()) {
      ++bad_lines;
      // Only the line and the kind of syntax error: protobuf's message goes on with an excerpt of
      // the line (personal data, cut at a byte position), which never goes into a message (SPEC §11).
      const auto kind = io_detail::json_error_kind(std::string(status.message()));
      out.findings.push_back(io_detail::row_finding(file, line, "geen JSON-object (regel overgeslagen)",
                                                    "not a JSON object (line skipped): " + kind));
      continue;
    }
    ++objects;
    // Known keys in table order (deterministic), then local fields sorted by name.
    struct entry { const field_info* field; std::string key; const Value* value; };
    std::vector<entry> entries;
    for (const auto& [key, value] : object.fields()) entries.push_back({io_detail::resolve_column(key, options), key, &value});
    auto rank = [](const entry& e) { return e.field ? static_cast<std::size_t>(e.field - field_table.data()) : field_table.size(); };
    std::sort(entries.begin(), entries.end(), [&](const entry& a, const entry& b) {
      return rank(a) != rank(b) ? rank(a) < rank(b) : a.key < b.key;
    });
    for (const auto& e : entries) {
      if (e.field && e.field->key != e.key &&
          std::none_of(out.headers.begin(), out.headers.end(), [&](const auto& h) { return h.first == e.field->key; }))
        out.headers.emplace_back(std::string(e.field->key), e.key);
      // a local key: said once per file, where it first appears
      if (!e.field && std::find(out.local_columns.begin(), out.local_columns.end(), e.key) == out.local_columns.end()) {
        out.local_columns.push_back(e.key);
        out.findings.push_back(io_detail::local_column_finding(file, line, e.key));
      }
    }
    builder.begin(line);
    // A value of entry `e` that cannot be read: an input finding about its §6 key (or local key).
    auto value_finding = [&](const entry& e, std::string nl, std::string en) {
      auto f = io_detail::row_finding(file, line, std::move(nl), std::move(en));
      f.key = e.field ? std::string(e.field->key) : e.key;
      f.fields = {f.key};
      out.findings.push_back(std::move(f));
    };
    for (std::size_t i = 0; i < entries.size(); ++i) {
      const auto& e = entries[i];
      if (e.field && i > 0 && entries[i - 1].field == e.field) {
        value_finding(e, "sleutel '" + e.key + "' geeft " + std::string(e.field->dutch_header()) + " een tweede keer (genegeerd)",
                      "key '" + e.key + "' gives " + std::string(e.field->key) + " a second time (ignored)");
        continue;
      }
      if (number_not_exact(*e.value)) {
        value_finding(e, "het getal van '" + e.key + "' heeft te veel cijfers om exact te lezen; schrijf het als tekst (\"...\")",
                      "the number of '" + e.key + "' has too many digits to be read exactly; write it as a string (\"...\")");
        continue;
      }
      const auto text_value = scalar_text(*e.value);
      if (!text_value) {
        value_finding(e, "de waarde van '" + e.key + "' moet tekst, een getal, true/false of null zijn",
                      "the value of '" + e.key + "' must be a string, number, true/false or null");
        continue;
      }
      builder.value(e.field, e.key, *text_value);
    }
    builder.finish();
  }
  if (objects == 0)
    return fail(errc::format, msg::not_jsonl, {file, std::to_string(bad_lines)});
  return out;
}

}  // namespace pl
