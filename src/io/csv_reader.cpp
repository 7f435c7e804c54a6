// SPDX-License-Identifier: Apache-2.0
// CSV input (SPEC §6): RFC 4180 through our own tokenizer (csv_tokenizer.hpp), `;` or `,`, UTF-8
// with or without BOM, §6 keys or Dutch aliases as headers. Every row knows the physical line it
// starts on, and a broken row is skipped without losing the rest of the file.
#include <participatieladder/io/csv_reader.hpp>

#include "columns.hpp"
#include "csv_tokenizer.hpp"
#include "input_finding.hpp"
#include "message_text.hpp"
#include "record_builder.hpp"
#include "text_check.hpp"

#include <participatieladder/fields.hpp>

#include <algorithm>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace pl {
namespace {

struct column {
  const field_info* field = nullptr;  ///< nullptr: a local field
  std::string header;
};

std::string join_aliases(const field_info& f) {
  std::string out;
  for (auto a : f.aliases)
    if (!a.empty() && a != f.key) out += (out.empty() ? "" : ", ") + std::string(a);
  return out;
}

class csv_reader {
 public:
  csv_reader(std::string_view file, std::uint32_t source, const read_options& options)
      : file_(file), options_(options), builder_(out_, file, source) {}

  result<read_result> read(std::string_view text) {
    const auto delimiter = io_detail::detect_delimiter(text);
    if (!delimiter)
      return fail(errc::format, file_ + ": not a CSV file of the base data set: the header line has no ';' or ',' separated column names");
    io_detail::csv_tokenizer rows(text, *delimiter);
    for (auto e = rows.next(); e != io_detail::csv_tokenizer::event::end && !hard_; e = rows.next()) {
      row_start_ = rows.row_line();
      if (e == io_detail::csv_tokenizer::event::row) end_row(rows.fields());
      else broken_quote(rows.detected_line(), rows.never_closed());
    }
    if (hard_) return *hard_;
    if (!header_done_) return fail(errc::format, file_ + ": not a CSV file of the base data set: no header line");
    if (data_rows_ == 0) {
      auto f = io_detail::row_finding(file_, 1, "het bestand bevat alleen een kopregel, geen gegevens",
                                      "the file has only a header line, no data rows");
      f.severity = severity::warning;
      out_.findings.push_back(std::move(f));
    }
    return std::move(out_);
  }

 private:
  void end_row(std::span<const std::string_view> row) {
    if (hard_) return;
    if (!header_done_) {
      header_done_ = true;
      header(row);
      return;
    }
    const bool blank = std::all_of(row.begin(), row.end(), [](std::string_view v) { return detail::trim(v).empty(); });
    if (blank) return;  // Excel's empty rows `;;;;`
    // Trailing empty fields beyond the header are harmless (Excel pads rows).
    while (row.size() > columns_.size() && detail::trim(row.back()).empty()) row = row.first(row.size() - 1);
    if (row.size() != columns_.size()) {
      out_.findings.push_back(io_detail::row_finding(
          file_, row_start_,
          "de rij heeft " + std::to_string(row.size()) + " velden, de kopregel " + std::to_string(columns_.size()) + " (rij overgeslagen)",
          "the row has " + std::to_string(row.size()) + " fields, the header " + std::to_string(columns_.size()) + " (row skipped)"));
      return;
    }
    ++data_rows_;
    builder_.begin(row_start_);
    for (std::size_t i = 0; i < row.size(); ++i) builder_.value(columns_[i].field, columns_[i].header, row[i]);
    builder_.finish();
  }

  void header(std::span<const std::string_view> names) {
    std::unordered_map<const field_info*, std::size_t> seen_fields;  // field -> its first column
    std::unordered_map<std::string, std::size_t> seen_local;          // lower-case header -> its first column
    for (std::size_t i = 0; i < names.size(); ++i) {
      column c;
      c.header = std::string(detail::trim(names[i]));
      if (c.header.empty()) c.header = "column " + std::to_string(i + 1);
      c.field = io_detail::resolve_column(c.header, options_);
      // A column seen before: the same §6 field, or the same local header (ASCII case ignored). Looked
      // up by key, not by comparing with every earlier column: a header of 100,000 columns
      // (docs/input-files.md, limits) stays linear.
      std::size_t j = i;
      if (c.field) {
        j = seen_fields.emplace(c.field, i).first->second;
      } else {
        std::string lower(c.header);
        for (auto& ch : lower) ch = detail::ascii_lower(ch);
        j = seen_local.emplace(std::move(lower), i).first->second;
      }
      if (j != i) {
        hard_ = fail(errc::format, file_ + ": line " + std::to_string(row_start_) + ": duplicate column '" + c.header +
                                       "' (column " + std::to_string(i + 1) + " repeats column " + std::to_string(j + 1) +
                                       " '" + columns_[j].header + "'" + (c.field ? ", both are " + std::string(c.field->key) : "") + ")");
        return;
      }
      if (c.field && c.field->key != c.header) out_.headers.emplace_back(std::string(c.field->key), c.header);
      if (!c.field) {
        out_.local_columns.push_back(c.header);
        out_.findings.push_back(io_detail::local_column_finding(file_, row_start_, c.header));
      }
      columns_.push_back(std::move(c));
    }
    std::string missing;
    for (const auto& f : field_table) {
      if (!f.required) continue;
      const bool present = std::any_of(columns_.begin(), columns_.end(), [&](const column& c) { return c.field == &f; });
      if (!present) missing += (missing.empty() ? "" : "; ") + std::string(f.key) + " (or " + join_aliases(f) + ")";
    }
    if (!missing.empty())
      hard_ = fail(errc::format, file_ + ": line " + std::to_string(row_start_) + ": missing required column " + missing);
  }

  void broken_quote(std::size_t detected_line, bool at_end) {
    const std::string detected = detected_line != row_start_ ? " (detected on line " + std::to_string(detected_line) + ")" : "";
    const std::string detected_nl = detected_line != row_start_ ? " (gezien op regel " + std::to_string(detected_line) + ")" : "";
    if (!header_done_) {
      hard_ = fail(errc::format, file_ + ": line " + std::to_string(row_start_) + ": the header line has a broken quote" + detected);
      return;
    }
    if (at_end)
      out_.findings.push_back(io_detail::row_finding(
          file_, row_start_, "een aanhalingsteken wordt nooit gesloten (rij overgeslagen)" + detected_nl,
          "a quote is opened but never closed (row skipped)" + detected));
    else
      out_.findings.push_back(io_detail::row_finding(
          file_, row_start_,
          "kapot aanhalingsteken: een \" midden in een waarde zonder aanhalingstekens, of tekst na een sluitend \" (rij overgeslagen)" + detected_nl,
          "broken quote: a \" inside an unquoted value, or text after a closing \" (row skipped)" + detected));
  }

  std::string file_;
  const read_options& options_;
  read_result out_;
  io_detail::record_builder builder_;
  std::vector<column> columns_;
  std::size_t row_start_ = 1;
  std::size_t data_rows_ = 0;
  bool header_done_ = false;
  std::optional<error> hard_;

 public:
  void set_encoding(text_encoding e) { out_.encoding = e; }
};

}  // namespace

result<read_result> read_csv(std::string_view bytes, std::string_view source_name, std::uint32_t source_index,
                             const read_options& options) {
  io_detail::decoded_text decoded;
  const std::string file = io_detail::valid_utf8(source_name);  // a caller's name, echoed in messages
  PL_TRY(io_detail::checked_text(bytes, file, options.encoding, decoded));
  csv_reader reader(file, source_index, options);
  reader.set_encoding(decoded.encoding);
  return reader.read(decoded.text);
}

}  // namespace pl
