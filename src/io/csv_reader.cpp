// SPDX-License-Identifier: Apache-2.0
// CSV input (SPEC §6): RFC 4180 via libcsv, `;` or `,`, UTF-8 with or without BOM, §6 keys or
// Dutch aliases as headers. Rows are fed to libcsv one physical line at a time so every row knows
// the line it starts on, and a broken row can be skipped without losing the rest of the file.
#include <participatieladder/io/csv_reader.hpp>

#include "columns.hpp"
#include "input_finding.hpp"
#include "message_text.hpp"
#include "record_builder.hpp"
#include "text_check.hpp"

#include <participatieladder/fields.hpp>

#include <csv.h>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

namespace pl {
namespace {

/// libcsv's parser state before the first byte of a row (struct csv_parser::pstate, csv.h).
constexpr int csv_row_not_begun = 0;

struct column {
  const field_info* field = nullptr;  ///< nullptr: a local field
  std::string header;
};

/// RAII for libcsv's parser: strict quoting, and an unterminated quote at the end is an error.
class csv_parser_handle {
 public:
  explicit csv_parser_handle(char delimiter) : delimiter_(delimiter) { init(); }
  ~csv_parser_handle() { csv_free(&p_); }
  csv_parser_handle(const csv_parser_handle&) = delete;
  csv_parser_handle& operator=(const csv_parser_handle&) = delete;
  void reset() { csv_free(&p_); init(); }
  csv_parser* get() noexcept { return &p_; }
  bool ok() const noexcept { return ok_; }

 private:
  void init() {
    ok_ = csv_init(&p_, CSV_STRICT | CSV_STRICT_FINI) == 0;
    csv_set_delim(&p_, static_cast<unsigned char>(delimiter_));
  }
  csv_parser p_{};
  char delimiter_;
  bool ok_ = false;
};

/// `;` when the header line has more unquoted semicolons than commas, else `,`; nothing when it
/// has neither (then it is not a CSV of the data set).
std::optional<char> detect_delimiter(std::string_view text) {
  std::size_t semis = 0, commas = 0;
  bool quoted = false;
  for (const char c : text) {
    if (c == '"') quoted = !quoted;
    else if (!quoted && (c == '\n' || c == '\r')) break;
    else if (!quoted && c == ';') ++semis;
    else if (!quoted && c == ',') ++commas;
  }
  if (semis == 0 && commas == 0) return std::nullopt;
  return semis > commas ? ';' : ',';
}

/// End of the physical line starting at `pos` (after its LF, CRLF or lone CR).
std::size_t line_end(std::string_view text, std::size_t pos) {
  const auto nl = text.find_first_of("\r\n", pos);
  if (nl == std::string_view::npos) return text.size();
  if (text[nl] == '\r' && nl + 1 < text.size() && text[nl + 1] == '\n') return nl + 2;
  return nl + 1;
}

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
    const auto delimiter = detect_delimiter(text);
    if (!delimiter)
      return fail(errc::format, file_ + ": not a CSV file of the base data set: the header line has no ';' or ',' separated column names");
    csv_parser_handle parser(*delimiter);
    if (!parser.ok()) return fail(errc::no_memory, file_ + ": cannot initialise the CSV parser");
    std::size_t pos = 0, line = 1;
    std::size_t restart_pos = 0, restart_line = 1;
    while (true) {
      while (pos < text.size() && !hard_) {
        const std::size_t end = line_end(text, pos);
        if (parser.get()->pstate == csv_row_not_begun) {
          row_start_ = line;
          restart_pos = end;
          restart_line = line + 1;
        }
        const std::size_t n = csv_parse(parser.get(), text.data() + pos, end - pos, &on_field, &on_row, this);
        if (n != end - pos) {
          if (csv_error(parser.get()) != CSV_EPARSE) return fail(errc::no_memory, file_ + ": out of memory while reading CSV");
          broken_quote(line, false);
          parser.reset();
          row_.clear();
          pos = restart_pos;
          line = restart_line;
          continue;
        }
        pos = end;
        ++line;
      }
      if (hard_) return *hard_;
      if (csv_fini(parser.get(), &on_field, &on_row, this) != 0) {
        broken_quote(line - 1, true);
        if (hard_) return *hard_;
        parser.reset();
        row_.clear();
        pos = restart_pos;
        line = restart_line;
        continue;
      }
      break;
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
  static void on_field(void* s, std::size_t len, void* self) {
    auto* r = static_cast<csv_reader*>(self);
    r->row_.emplace_back(s ? static_cast<const char*>(s) : "", s ? len : 0);
  }
  static void on_row(int, void* self) { static_cast<csv_reader*>(self)->end_row(); }

  void end_row() {
    std::vector<std::string> row;
    row.swap(row_);
    if (hard_) return;
    if (!header_done_) {
      header_done_ = true;
      header(row);
      return;
    }
    const bool blank = std::all_of(row.begin(), row.end(), [](const std::string& v) { return detail::trim(v).empty(); });
    if (blank) return;  // Excel's empty rows `;;;;`
    // Trailing empty fields beyond the header are harmless (Excel pads rows).
    while (row.size() > columns_.size() && detail::trim(row.back()).empty()) row.pop_back();
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

  void header(const std::vector<std::string>& names) {
    std::vector<const field_info*> seen_fields;
    for (std::size_t i = 0; i < names.size(); ++i) {
      column c;
      c.header = std::string(detail::trim(names[i]));
      if (c.header.empty()) c.header = "column " + std::to_string(i + 1);
      c.field = io_detail::resolve_column(c.header, options_);
      for (std::size_t j = 0; j < columns_.size(); ++j) {
        const bool same = c.field ? columns_[j].field == c.field : detail::iequals(columns_[j].header, c.header);
        if (same) {
          hard_ = fail(errc::format, file_ + ": line " + std::to_string(row_start_) + ": duplicate column '" + c.header +
                                         "' (column " + std::to_string(i + 1) + " repeats column " + std::to_string(j + 1) +
                                         " '" + columns_[j].header + "'" + (c.field ? ", both are " + std::string(c.field->key) : "") + ")");
          return;
        }
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
  std::vector<std::string> row_;
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
