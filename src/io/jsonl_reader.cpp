// SPDX-License-Identifier: Apache-2.0
// JSON Lines input (SPEC §6): every line read with simdjson where it reads it exactly as protobuf's
// google.protobuf.Struct does, with protobuf otherwise (jsonl_line.hpp); on several threads, one
// part of the text per thread, joined into what one thread reads (issue 25).
#include <participatieladder/error_text.hpp>
#include <participatieladder/io/jsonl_reader.hpp>

#include "columns.hpp"
#include "input_finding.hpp"
#include "jsonl_line.hpp"
#include "jsonl_reader_core.hpp"
#include "message_text.hpp"
#include "record_builder.hpp"
#include "text_check.hpp"

#include "support/line_cuts.hpp"
#include "support/parallel.hpp"

#include <participatieladder/fields.hpp>

#include <google/protobuf/struct.pb.h>
#include <google/protobuf/util/json_util.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <iterator>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace pl {
namespace io_detail {
namespace {

using google::protobuf::Value;

/// A JSON number as the text a CSV cell would hold: without a needless fraction.
std::string_view number_text(double d, char (&buf)[40]) {
  const int n = std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 1e15 ? std::snprintf(buf, sizeof buf, "%.0f", d)
                                                                              : std::snprintf(buf, sizeof buf, "%.17g", d);
  return {buf, static_cast<std::size_t>(n)};
}

/// A JSON number is read as a double: from 2^53 on, not every whole number is exact, so
/// `12345678901234567890` would silently become another value (e.g. another client_id). SPEC §6:
/// a value that cannot be read is a finding, never a silent change.
bool number_not_exact(double d) {
  constexpr double exact_limit = 9007199254740992.0;  // 2^53
  return std::isfinite(d) && std::fabs(d) >= exact_limit;
}

/// protobuf's Value as an entry: true/false as yes/no, null as empty.
json_entry entry_of(const std::string& key, const Value& v) {
  json_entry e;
  e.key = key;
  switch (v.kind_case()) {
    case Value::kNullValue:
    case Value::KIND_NOT_SET: break;
    case Value::kStringValue: e.text = v.string_value(); break;
    case Value::kBoolValue: e.text = v.bool_value() ? "yes" : "no"; break;
    case Value::kNumberValue:
      e.what = json_entry::kind::number;
      e.number = v.number_value();
      break;
    default: e.what = json_entry::kind::not_scalar;
  }
  return e;
}

/// String keys looked up by a string_view (one allocation per distinct key, not per line).
struct key_hash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};

/// A part of the text, read by one thread into a read_result of its own as if it were the whole
/// file: its local-column findings and its headers are those of their first line in the part; the
/// join (read_jsonl) keeps the ones of their first line in the file.
class line_reader {
 public:
  line_reader(std::string_view file, std::uint32_t source, const read_options& options, jsonl_parser parser)
      : file_(file), options_(options), parser_(parser), builder_(out, file_, source) {}

  read_result out;
  std::size_t objects = 0, bad_lines = 0;
  jsonl_counts counts;
  /// out.findings[local_findings[i]] is the finding of out.local_columns[i].
  std::vector<std::size_t> local_findings;

  /// The lines that start in [from, to), `line` lines before `from`.
  void read(std::string_view text, std::size_t from, std::size_t to, std::size_t line) {
    std::size_t pos = from;
    while (pos < to) {
      ++line;
      auto nl = text.find('\n', pos);
      if (nl == std::string_view::npos) nl = text.size();
      const auto content = detail::trim(text.substr(pos, nl - pos));
      pos = nl + 1;
      if (content.empty()) continue;
      if (parser_ == jsonl_parser::simdjson_first && fast_.read(content, entries_)) {
        ++counts.simdjson;
        object(line);
        continue;
      }
      ++counts.protobuf;
      google::protobuf::Struct object_message;
      const auto status = google::protobuf::util::JsonStringToMessage(std::string(content), &object_message);
      if (!status.ok()) {
        ++bad_lines;
        // Only the line and the kind of syntax error: protobuf's message goes on with an excerpt of
        // the line (personal data, cut at a byte position), which never goes into a message (SPEC §11).
        const auto kind = json_error_kind(std::string(status.message()));
        out.findings.push_back(row_finding(file_, line, "geen JSON-object (regel overgeslagen)", "not a JSON object (line skipped): " + kind));
        continue;
      }
      entries_.clear();
      for (const auto& [key, value] : object_message.fields()) entries_.push_back(entry_of(key, value));
      object(line);
    }
  }

 private:
  struct key_info {
    const field_info* field;
    bool local_said = false;  ///< a local key whose finding this part gave
  };

  key_info& info(std::string_view key) {
    auto it = keys_.find(key);
    if (it == keys_.end()) it = keys_.emplace(std::string(key), key_info{resolve_column(key, options_)}).first;
    return it->second;
  }

  /// The record of a line's object (entries_), its findings.
  void object(std::size_t line) {
    ++objects;
    // Known keys in table order (deterministic), then local fields sorted by name.
    for (auto& e : entries_) e.field = info(e.key).field;
    auto rank = [](const json_entry& e) { return e.field ? static_cast<std::size_t>(e.field - field_table.data()) : field_table.size(); };
    std::sort(entries_.begin(), entries_.end(), [&](const json_entry& a, const json_entry& b) {
      return rank(a) != rank(b) ? rank(a) < rank(b) : a.key < b.key;
    });
    for (const auto& e : entries_) {
      if (e.field && e.field->key != e.key) {
        const auto bit = std::uint64_t{1} << rank(e);
        if (!(header_fields_ & bit)) {
          header_fields_ |= bit;
          out.headers.emplace_back(std::string(e.field->key), std::string(e.key));
        }
      }
      // a local key: said once per file, where it first appears
      if (!e.field) {
        auto& k = info(e.key);
        if (!k.local_said) {
          k.local_said = true;
          out.local_columns.emplace_back(e.key);
          local_findings.push_back(out.findings.size());
          out.findings.push_back(local_column_finding(file_, line, e.key));
        }
      }
    }
    builder_.begin(line);
    // A value of entry `e` that cannot be read: an input finding about its §6 key (or local key).
    auto value_finding = [&](const json_entry& e, std::string nl, std::string en) {
      auto f = row_finding(file_, line, std::move(nl), std::move(en));
      f.key = e.field ? std::string(e.field->key) : std::string(e.key);
      f.fields = {f.key};
      out.findings.push_back(std::move(f));
    };
    // a number's text lives until builder_.finish(): the builder keeps views of the step and
    // growth values until then (record_builder.hpp)
    numbers_.resize(entries_.size());
    for (std::size_t i = 0; i < entries_.size(); ++i) {
      const auto& e = entries_[i];
      const std::string key(e.key);
      if (e.field && i > 0 && entries_[i - 1].field == e.field) {
        value_finding(e, "sleutel '" + key + "' geeft " + std::string(e.field->dutch_header()) + " een tweede keer (genegeerd)",
                      "key '" + key + "' gives " + std::string(e.field->key) + " a second time (ignored)");
        continue;
      }
      if (e.what == json_entry::kind::number && number_not_exact(e.number)) {
        value_finding(e, "het getal van '" + key + "' heeft te veel cijfers om exact te lezen; schrijf het als tekst (\"...\")",
                      "the number of '" + key + "' has too many digits to be read exactly; write it as a string (\"...\")");
        continue;
      }
      if (e.what == json_entry::kind::not_scalar) {
        value_finding(e, "de waarde van '" + key + "' moet tekst, een getal, true/false of null zijn",
                      "the value of '" + key + "' must be a string, number, true/false or null");
        continue;
      }
      builder_.value(e.field, e.key, e.what == json_entry::kind::number ? number_text(e.number, numbers_[i].text) : e.text);
    }
    builder_.finish();
  }

  std::string file_;
  const read_options& options_;
  jsonl_parser parser_;
  record_builder builder_;
  simdjson_line fast_;
  std::vector<json_entry> entries_;
  struct number_buffer {
    char text[40];
  };
  std::vector<number_buffer> numbers_;  ///< the text of entries_[i]'s number
  std::unordered_map<std::string, key_info, key_hash, std::equal_to<>> keys_;
  std::uint64_t header_fields_ = 0;  ///< bit i: out.headers names field_table[i]
  static_assert(field_table.size() <= 64);
};

/// Where the parts of `text` start: just after a line end near every 1/threads of it, parts of at
/// least 1 MiB (smaller ones are not worth a thread), and the lines before each start. A newline
/// never stands inside a JSON string (it is written `\n`), so every line end is a place to cut.
void cut_lines(std::string_view text, unsigned threads, std::vector<std::size_t>& cut, std::vector<std::size_t>& lines) {
  constexpr std::size_t min_part_bytes = 1u << 20;
  threads = static_cast<unsigned>(std::min<std::size_t>(threads, text.size() / min_part_bytes));
  cut = support::line_cuts(text, 0, text.size(), threads);
  lines = {0};
  for (std::size_t k = 1; k + 1 < cut.size(); ++k)
    lines.push_back(lines.back() + support::count_line_feeds(text.substr(cut[k - 1], cut[k] - cut[k - 1])));
}

}  // namespace

result<read_result> read_jsonl(std::string_view bytes, std::string_view source_name, std::uint32_t source_index,
                               const read_options& options, jsonl_parser parser, jsonl_counts* counts) {
  decoded_text decoded;
  const std::string file = valid_utf8(source_name);
  PL_TRY(checked_text(bytes, file, options.encoding, decoded));
  const std::string_view text = decoded.text;
  std::vector<std::size_t> cut, lines;
  cut_lines(text, support::thread_count(options.threads), cut, lines);
  const std::size_t n = cut.size() - 1;
  std::vector<std::unique_ptr<line_reader>> parts;
  for (std::size_t k = 0; k < n; ++k) parts.push_back(std::make_unique<line_reader>(file, source_index, options, parser));
  support::on_threads(n, [&](std::size_t k) { parts[k]->read(text, cut[k], cut[k + 1], lines[k]); });

  // The join: records and findings in file order, record indexes counted over the file; a local
  // key's finding and a header only where they first appear in the file.
  read_result out = std::move(parts.front()->out);
  out.encoding = decoded.encoding;
  std::size_t objects = parts.front()->objects, bad_lines = parts.front()->bad_lines;
  std::size_t records = 0;
  for (const auto& p : parts) records += p->out.records.size();
  out.records.reserve(records);
  std::unordered_map<std::string, bool, key_hash, std::equal_to<>> local(out.local_columns.size());
  for (const auto& c : out.local_columns) local.emplace(c, true);
  for (std::size_t k = 1; k < n; ++k) {
    auto& p = *parts[k];
    objects += p.objects;
    bad_lines += p.bad_lines;
    const std::size_t base = out.records.size();
    std::size_t next_local = 0;  // p.local_findings[next_local]: the next local-column finding of p
    for (std::size_t i = 0; i < p.out.findings.size(); ++i) {
      auto& f = p.out.findings[i];
      if (next_local < p.local_findings.size() && p.local_findings[next_local] == i) {
        auto& key = p.out.local_columns[next_local++];
        if (!local.emplace(key, true).second) continue;  // said in an earlier part
        out.local_columns.push_back(std::move(key));
      }
      if (f.record_index != finding::no_record) f.record_index += base;
      out.findings.push_back(std::move(f));
    }
    std::move(p.out.records.begin(), p.out.records.end(), std::back_inserter(out.records));
    for (auto& h : p.out.headers)
      if (std::none_of(out.headers.begin(), out.headers.end(), [&](const auto& o) { return o.first == h.first; }))
        out.headers.push_back(std::move(h));
    p.out = {};
  }
  out.parts = n;
  if (counts) {
    *counts = {};
    for (const auto& p : parts) {
      counts->simdjson += p->counts.simdjson;
      counts->protobuf += p->counts.protobuf;
    }
  }
  if (objects == 0)
    return fail(errc::format, msg::not_jsonl, {file, std::to_string(bad_lines)});
  return out;
}

}  // namespace io_detail

result<read_result> read_jsonl(std::string_view bytes, std::string_view source_name, std::uint32_t source_index,
                               const read_options& options) {
  return io_detail::read_jsonl(bytes, source_name, source_index, options, io_detail::jsonl_parser::simdjson_first);
}

}  // namespace pl
