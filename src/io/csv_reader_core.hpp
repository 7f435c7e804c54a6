// SPDX-License-Identifier: Apache-2.0
// The CSV reader's core (SPEC §6): the header, what becomes of each row, and a file's body read on
// several threads. Used by read_csv (csv_reader.cpp, the whole text at once) and csv_stream
// (csv_stream.cpp, a file block by block in bounded memory): one reader, two ways to feed it.
#pragma once

#include "columns.hpp"
#include "csv_tokenizer.hpp"
#include "input_finding.hpp"
#include "message_text.hpp"
#include "record_builder.hpp"
#include "text_check.hpp"

#include "support/line_cuts.hpp"
#include "support/parallel.hpp"

#include <participatieladder/error_text.hpp>
#include <participatieladder/fields.hpp>
#include <participatieladder/io/read_options.hpp>
#include <participatieladder/io/read_result.hpp>

#include <algorithm>
#include <cstring>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace pl::io_detail {


struct column {
  const field_info* field = nullptr;  ///< nullptr: a local field
  std::string header;
  bool nameless = false;  ///< no name in the header line (Excel's empty trailing column): neither a key nor a local field
};

inline std::string join_aliases(const field_info& f) {
  std::string out;
  for (auto a : f.aliases)
    if (!a.empty() && a != f.key) out += (out.empty() ? "" : ", ") + std::string(a);
  return out;
}

/// A part of the file's body read by one thread: its own findings, and its records (in
/// out.records, or straight into slots of the final vector).
struct part {
  read_result out;
  record_builder builder;
  std::size_t data_rows = 0;
  std::size_t row_start = 1;
  part(std::string_view file, std::uint32_t source) : builder(out, file, source) {}
};

/// What becomes of a row of the body (SPEC §6): nothing (blank), a skipped row, or a record.
enum class row_kind { blank, wrong_width, data };

/// How part 0's position and rows stand for the whole text, for options_.progress.
struct progress_scale {
  const read_options* options;
  std::size_t from, to;  ///< part 0's range of the text
  std::size_t total;     ///< the text's size
  std::size_t parts;     ///< parts read at the same pace
  void report(std::size_t position, std::size_t rows) const {
    const double share = to > from ? static_cast<double>(position - from) / static_cast<double>(to - from) : 1.0;
    options->progress(std::min(total, from + static_cast<std::size_t>(share * static_cast<double>(total - from))), total, rows * parts);
  }
};

class csv_reader {
 public:
  csv_reader(std::string_view file, std::uint32_t source, const read_options& options)
      : file_(file), source_(source), options_(options) {}

  result<read_result> read(std::string_view text) {
    const auto delimiter = detect_delimiter(text);
    if (!delimiter)
      return fail(errc::format, msg::not_csv_no_separator, {file_});
    csv_tokenizer rows(text, *delimiter);
    PL_TRY(start(rows.next(), rows));

    std::vector<std::unique_ptr<part>> parts = read_in_parts(text, *delimiter, rows);
    if (parts.empty()) {  // one thread, a small file, or parts that do not start on rows
      parts.push_back(std::make_unique<part>(file_, source_));
      // at most one record a line: no record moved while the vector grows (issue 25)
      parts.front()->out.records.reserve(support::count_line_feeds(text.substr(rows.position())) + 1);
      const progress_scale scale{&options_, rows.position(), text.size(), text.size(), 1};
      read_rows(*parts.front(), rows, std::string_view::npos, options_.progress ? &scale : nullptr);
    }
    std::size_t data_rows = 0;
    for (auto& p : parts) {
      for (auto& f : p->out.findings) out_.findings.push_back(std::move(f));
      if (out_.records.empty()) out_.records = std::move(p->out.records);  // the sequential part (in parts: already in place)
      data_rows += p->data_rows;
    }
    finish(out_, data_rows);
    out_.encoding = encoding_;
    out_.parts = parts.size();
    return std::move(out_);
  }

  /// The header (SPEC §6): the first event of the text. Its local-column findings go to out_.
  result<void> start(csv_tokenizer::event first, const csv_tokenizer& rows) {
    if (first == csv_tokenizer::event::end)
      return fail(errc::format, msg::not_csv_no_header, {file_});
    if (first == csv_tokenizer::event::broken_quote) {
      const bool elsewhere = rows.detected_line() != rows.row_line();
      const std::string line = std::to_string(rows.row_line()), at = std::to_string(rows.detected_line());
      return fail(errc::format, msg::header_broken_quote, {file_, line, elsewhere ? " (gezien op regel " + at + ")" : ""},
                  {file_, line, elsewhere ? " (detected on line " + at + ")" : ""});
    }
    header(rows.fields(), rows.row_line());
    if (hard_) return *hard_;
    return success();
  }

  /// After the last row: a file of only a header says so (a warning, not an error).
  void finish(read_result& out, std::size_t data_rows) const {
    if (data_rows != 0) return;
    auto f = row_finding(file_, 1, "het bestand bevat alleen een kopregel, geen gegevens",
                                    "the file has only a header line, no data rows");
    f.severity = severity::warning;
    out.findings.push_back(std::move(f));
  }

  /// One event of the body into `p`.
  void body_event(part& p, csv_tokenizer::event e, const csv_tokenizer& rows) const {
    p.row_start = rows.row_line();
    if (e == csv_tokenizer::event::row) end_row(p, rows.fields());
    else broken_quote(p, rows.detected_line(), rows.never_closed());
  }

  read_result& header_result() noexcept { return out_; }

  /// The rows of `rows` into `p` until the first row that starts at or after `end`; false when a
  /// row runs past `end` (then `end` was no row start and `p` is not to be used). For a caller
  /// that cuts text into parts itself (csv_stream's parts of a block).
  bool read_part(part& p, csv_tokenizer& rows, std::size_t end) const { return read_rows(p, rows, end); }

  void set_encoding(text_encoding e) { encoding_ = e; }

 private:
  /// Rows of the body from `rows` into `p` until the first row that starts at or after `end`.
  /// False when a row runs past `end`: then `end` was no row start, and the parts are not used.
  bool read_rows(part& p, csv_tokenizer& rows, std::size_t end, const progress_scale* progress = nullptr) const {
    std::size_t until_report = progress_rows;
    for (auto e = rows.next(); e != csv_tokenizer::event::end; e = rows.next()) {
      if (rows.row_position() >= end) return true;
      body_event(p, e, rows);
      if (rows.position() > end) return false;
      if (progress && --until_report == 0) {
        until_report = progress_rows;
        progress->report(rows.position(), p.data_rows);
      }
    }
    return true;
  }

  static constexpr std::size_t progress_rows = 16384;

  /// The body (after the header, where `rows` stands) read on options_.threads threads: the text is
  /// cut after line ends into one part per thread; each part is built straight into slots of the
  /// final record vector (room for one record a line), then the parts are closed up. Empty when the file is read
  /// by one thread: small, one thread asked, or a cut that is no row start. The records and
  /// findings are those of the sequential read, in the same order (tests/determinism, issue 13).
  std::vector<std::unique_ptr<part>> read_in_parts(std::string_view text, char delimiter, const csv_tokenizer& rows) {
    constexpr std::size_t min_part_bytes = 1u << 20;  // smaller parts are not worth a thread
    unsigned threads = support::thread_count(options_.threads);
    const std::size_t body = rows.position();
    if (body >= text.size()) return {};
    threads = static_cast<unsigned>(std::min<std::size_t>(threads, (text.size() - body) / min_part_bytes));
    if (threads <= 1) return {};
    // cuts: just after a line end near every 1/threads of the body
    const std::vector<std::size_t> cut = support::line_cuts(text, body, text.size(), threads);
    const std::size_t n = cut.size() - 1;
    if (n <= 1) return {};
    // every part's first physical line, and room for its records: at most one a line end in it
    // (every part but the last ends on a line end, and a row that runs past its part's end has a
    // line end in the part too); the last part also one for a last line without a line end
    std::vector<std::size_t> lines_in(n);
    support::on_threads(n, [&](std::size_t k) { lines_in[k] = line_ends(text, cut[k], cut[k + 1]); });
    std::vector<std::size_t> line{rows.line()}, base{0};
    for (std::size_t k = 1; k < n; ++k) {
      line.push_back(line.back() + lines_in[k - 1]);
      base.push_back(base.back() + lines_in[k - 1]);
    }
    // every part built straight into its slots, in one pass (its rows also prove that the next cut
    // is a row start: a cut inside a quoted value is not)
    out_.records.resize(base.back() + lines_in.back() + 1);
    std::vector<std::unique_ptr<part>> parts;
    for (std::size_t k = 0; k < n; ++k) {
      parts.push_back(std::make_unique<part>(file_, source_));
      parts[k]->builder.into_slots(out_.records.data() + base[k], base[k]);
    }
    const progress_scale scale{&options_, cut[0], cut[1], text.size(), n};
    std::vector<char> whole(n, 0);
    support::on_threads(n, [&](std::size_t k) {
      csv_tokenizer t(text, delimiter, cut[k], line[k]);
      whole[k] = read_rows(*parts[k], t, cut[k + 1], k == 0 && options_.progress ? &scale : nullptr) ? 1 : 0;
    });
    if (std::find(whole.begin(), whole.end(), 0) != whole.end()) {
      out_.records.clear();
      return {};
    }
    // the parts closed up: part k's records right after part k - 1's (moved only where lines gave
    // no record: the header, blank, broken or too short rows), their findings renumbered
    std::size_t filled = 0;
    for (std::size_t k = 0; k < n; ++k) {
      const std::size_t count = parts[k]->data_rows, shift = base[k] - filled;
      if (shift != 0) {
        std::move(out_.records.begin() + static_cast<std::ptrdiff_t>(base[k]),
                  out_.records.begin() + static_cast<std::ptrdiff_t>(base[k] + count),
                  out_.records.begin() + static_cast<std::ptrdiff_t>(filled));
        for (auto& f : parts[k]->out.findings)
          if (f.record_index != finding::no_record) f.record_index -= shift;
      }
      filled += count;
    }
    out_.records.resize(filled);
    return parts;
  }

  row_kind classify(std::span<const std::string_view>& row) const {
    const bool blank = std::all_of(row.begin(), row.end(), [](std::string_view v) { return detail::trim(v).empty(); });
    if (blank) return row_kind::blank;  // Excel's empty rows `;;;;`
    // Trailing empty fields beyond the header are harmless (Excel pads rows).
    while (row.size() > columns_.size() && detail::trim(row.back()).empty()) row = row.first(row.size() - 1);
    return row.size() == columns_.size() ? row_kind::data : row_kind::wrong_width;
  }

  void end_row(part& p, std::span<const std::string_view> row) const {
    const auto kind = classify(row);
    if (kind == row_kind::blank) return;
    if (kind == row_kind::wrong_width) {
      p.out.findings.push_back(row_finding(
          file_, p.row_start,
          "de rij heeft " + std::to_string(row.size()) + " velden, de kopregel " + std::to_string(columns_.size()) + " (rij overgeslagen)",
          "the row has " + std::to_string(row.size()) + " fields, the header " + std::to_string(columns_.size()) + " (row skipped)"));
      return;
    }
    ++p.data_rows;
    p.builder.begin(p.row_start);
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (columns_[i].nameless) {  // not read: said once at the header, and per row when it holds a value
        if (!detail::trim(row[i]).empty()) {
          finding f = row_finding(file_, p.row_start,
                                  "kolom " + std::to_string(i + 1) + " heeft geen naam in de kopregel; de waarde erin is niet gelezen",
                                  "column " + std::to_string(i + 1) + " has no name in the header line; its value is not read");
          f.severity = severity::warning;
          p.out.findings.push_back(std::move(f));
        }
        continue;
      }
      p.builder.value(columns_[i].field, columns_[i].header, row[i]);
    }
    p.builder.finish();
  }

  void header(std::span<const std::string_view> names, std::size_t line) {
    std::unordered_map<const field_info*, std::size_t> seen_fields;  // field -> its first column
    std::unordered_map<std::string, std::size_t> seen_local;          // lower-case header -> its first column
    for (std::size_t i = 0; i < names.size(); ++i) {
      column c;
      c.header = std::string(detail::trim(names[i]));
      if (c.header.empty()) {
        // A column without a name (Excel writes one after the last column, `…;Reden;`): not a key
        // and not a local field — named by its number, its values not read.
        c.nameless = true;
        finding f = row_finding(file_, line, "kolom " + std::to_string(i + 1) + " heeft geen naam in de kopregel: niet gelezen (geen veld van de gegevensset en geen lokaal veld)",
                                "column " + std::to_string(i + 1) + " has no name in the header line: not read (neither a field of the data set nor a local field)");
        f.severity = severity::info;
        out_.findings.push_back(std::move(f));
        columns_.push_back(std::move(c));
        continue;
      }
      c.field = resolve_column(c.header, options_);
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
        const std::string at = std::to_string(line), col = std::to_string(i + 1), first = std::to_string(j + 1);
        hard_ = fail(errc::format, msg::duplicate_column,
                     {file_, at, c.header, " (kolom " + col + " herhaalt kolom " + first + " '" + columns_[j].header + "'" +
                                               (c.field ? ", beide zijn " + std::string(c.field->dutch_header()) : "") + ")"},
                     {file_, at, c.header, " (column " + col + " repeats column " + first + " '" + columns_[j].header + "'" +
                                               (c.field ? ", both are " + std::string(c.field->key) : "") + ")"});
        return;
      }
      if (c.field && c.field->key != c.header) out_.headers.emplace_back(std::string(c.field->key), c.header);
      if (c.field) out_.columns = out_.columns.value_or(0) | (std::uint64_t{1} << static_cast<std::size_t>(c.field - field_table.data()));
      if (!c.field) {
        out_.local_columns.push_back(c.header);
        out_.findings.push_back(local_column_finding(file_, line, c.header));
      }
      columns_.push_back(std::move(c));
    }
    std::string missing, missing_nl;
    for (const auto& f : field_table) {
      if (!f.required) continue;
      const bool present = std::any_of(columns_.begin(), columns_.end(), [&](const column& c) { return c.field == &f; });
      if (present) continue;
      missing += (missing.empty() ? "" : "; ") + std::string(f.key) + " (or " + join_aliases(f) + ")";
      std::string others;  // the Dutch header first, then every other spelling the reader takes
      for (auto h : f.aliases)
        if (!h.empty() && h != f.dutch_header()) others += "'" + std::string(h) + "', ";
      missing_nl += (missing_nl.empty() ? "" : "; ") + std::string(f.dutch_header()) + " (ook goed: " + others + "'" + std::string(f.key) + "')";
    }
    if (!missing.empty())
      hard_ = fail(errc::format, msg::missing_column, {file_, std::to_string(line), missing_nl}, {file_, std::to_string(line), missing});
  }

  void broken_quote(part& p, std::size_t detected_line, bool at_end) const {
    const std::string detected = detected_line != p.row_start ? " (detected on line " + std::to_string(detected_line) + ")" : "";
    const std::string detected_nl = detected_line != p.row_start ? " (gezien op regel " + std::to_string(detected_line) + ")" : "";
    if (at_end)
      p.out.findings.push_back(row_finding(
          file_, p.row_start, "een aanhalingsteken wordt nooit gesloten (rij overgeslagen)" + detected_nl,
          "a quote is opened but never closed (row skipped)" + detected));
    else
      p.out.findings.push_back(row_finding(
          file_, p.row_start,
          "kapot aanhalingsteken: een \" midden in een waarde zonder aanhalingstekens, of tekst na een sluitend \" (rij overgeslagen)" + detected_nl,
          "broken quote: a \" inside an unquoted value, or text after a closing \" (row skipped)" + detected));
  }

  std::string file_;
  std::uint32_t source_;
  const read_options& options_;
  read_result out_;
  std::vector<column> columns_;
  std::optional<error> hard_;
  text_encoding encoding_ = text_encoding::utf8;
};

}  // namespace pl::io_detail
