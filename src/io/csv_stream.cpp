// SPDX-License-Identifier: Apache-2.0
// SPEC §6, issue 13: a CSV file block by block (see csv_stream.hpp). The tokenizer runs over a
// window of text (what is left of the last block + the next block). A row is taken only when the
// window cannot change it: it ends on a line end before the window's end, and it is not a quote
// "never closed" (which may close in the next block). Everything from the first row not taken is
// kept and read again with the next block, on its own line number: the rows, lines and findings
// are those of the tokenizer over the whole text.
#include <participatieladder/error_text.hpp>
#include <participatieladder/io/csv_stream.hpp>

#include "csv_reader_core.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

namespace pl {

struct csv_stream::impl {
  impl(std::string file, std::uint32_t source, const read_options& options)
      : options(options), file(std::move(file)), reader(this->file, source, this->options), body(this->file, source) {}

  read_options options;
  std::string file;
  io_detail::csv_reader reader;
  io_detail::part body;           ///< records and findings not yet taken
  std::ifstream in;
  std::size_t block_bytes = 0;
  text_encoding encoding = text_encoding::utf8;
  std::size_t skip = 0;           ///< bytes of a byte order mark at the start of the file
  bool first_block = true;
  bool eof = false;
  std::string window;             ///< text (UTF-8) from `accepted` on is not yet read
  std::size_t accepted = 0;       ///< window offset after the last event taken
  std::size_t line = 1;           ///< physical line at `accepted`
  std::optional<char> delimiter;  ///< known once the header line is in the window
  bool header_done = false;
  bool finished = false;
  std::size_t file_bytes = 0;     ///< the file's size as the first pass read it
  std::size_t read_bytes = 0;     ///< bytes read by the second pass so far

  /// The next block appended to what is left of the window. errc::io when the read fails.
  result<void> fill() {
    window.erase(0, accepted);
    accepted = 0;
    std::string block(std::max(block_bytes, window.size()), '\0');  // at least doubling: a long row is read in O(n)
    in.read(block.data(), static_cast<std::streamsize>(block.size()));
    if (in.bad()) return fail_system(errc::io, msg::cannot_read, file, errno);
    block.resize(static_cast<std::size_t>(in.gcount()));
    eof = in.eof() || block.empty();
    read_bytes += block.size();
    if (options.progress) options.progress(std::min(read_bytes, file_bytes), file_bytes, body.data_rows);
    std::string_view text = block;
    if (first_block) text.remove_prefix(std::min(skip, text.size()));
    first_block = false;
    if (encoding == text_encoding::utf8) {
      window += text;
    } else {
      std::size_t bad = std::string_view::npos;
      window += io_detail::windows1252_to_utf8(text, bad);  // every byte defined: the first pass said so
    }
    return success();
  }

  /// Whether the window holds the whole header line (an unquoted line end), or the file's end.
  bool header_line_in_window() const {
    bool quoted = false;
    for (const char c : window) {
      if (c == '"') quoted = !quoted;
      else if (!quoted && (c == '\n' || c == '\r')) return true;
    }
    return eof;
  }

  /// Events of the window until `target` records are pending or the window has no safe row left.
  result<void> read_window(std::size_t target) {
    if (!delimiter) {
      if (!header_line_in_window()) return success();
      delimiter = io_detail::detect_delimiter(window);
      if (!delimiter)
        return fail(errc::format, msg::not_csv_no_separator, {file});
    }
    io_detail::csv_tokenizer rows(window, *delimiter, accepted, line);
    while (!header_done || body.out.records.size() < target) {
      const auto e = rows.next();
      const bool at_risk = !eof && (rows.position() >= window.size() ||
                                    (e == io_detail::csv_tokenizer::event::broken_quote && rows.never_closed()));
      if (at_risk) return success();  // the next block may change this row: read it again then
      if (!header_done) {
        PL_TRY(reader.start(e, rows));
        header_done = true;
        for (auto& f : reader.header_result().findings) body.out.findings.push_back(std::move(f));
        reader.header_result().findings.clear();
      } else if (e != io_detail::csv_tokenizer::event::end) {
        reader.body_event(body, e, rows);
      }
      accepted = rows.position();
      line = rows.line();
      if (e == io_detail::csv_tokenizer::event::end) {
        if (eof && !finished) {
          finished = true;
          reader.finish(body.out, body.data_rows);
        }
        return success();
      }
    }
    return success();
  }
};

csv_stream::csv_stream(std::unique_ptr<impl> p) : impl_(std::move(p)) {}
csv_stream::~csv_stream() = default;

result<std::unique_ptr<csv_stream>> csv_stream::open(const std::string& path, std::uint32_t source_index, const read_options& options,
                                                      std::size_t block_bytes) {
  std::error_code ec;
  if (path == "-") return fail(errc::invalid_argument, msg::stream_needs_file);
  if (std::filesystem::is_directory(path, ec)) return fail(errc::io, msg::is_directory, {path});
  auto p = std::make_unique<impl>(io_detail::valid_utf8(path), source_index, options);
  p->block_bytes = std::max<std::size_t>(block_bytes, 64);
  {  // first pass: the encoding (SPEC §6), decided as read_csv decides it
    std::ifstream in(path, std::ios::in | std::ios::binary);
    if (!in) return fail_system(errc::io, msg::cannot_open, path, errno);
    io_detail::text_scanner scan;
    std::string block(p->block_bytes, '\0');
    do {
      in.read(block.data(), static_cast<std::streamsize>(block.size()));
      if (in.bad()) return fail_system(errc::io, msg::cannot_read, path, errno);
      scan.feed(std::string_view(block.data(), static_cast<std::size_t>(in.gcount())));
      p->file_bytes += static_cast<std::size_t>(in.gcount());
    } while (in);
    PL_TRY(decided, scan.decide(p->file, options.encoding));
    p->encoding = decided;
    p->skip = scan.skip();
  }
  p->reader.set_encoding(p->encoding);
  p->in.open(path, std::ios::in | std::ios::binary);
  if (!p->in) return fail_system(errc::io, msg::cannot_open, path, errno);
  auto stream = std::unique_ptr<csv_stream>(new csv_stream(std::move(p)));
  // the header now: its errors are open()'s, as they are read_csv's
  while (!stream->impl_->header_done) {
    PL_TRY(stream->impl_->fill());
    PL_TRY(stream->impl_->read_window(0));
  }
  return stream;
}

result<bool> csv_stream::read(std::size_t records) {
  auto& s = *impl_;
  const std::size_t target = s.body.out.records.size() + records;
  while (!s.finished && s.body.out.records.size() < target) {
    PL_TRY(s.read_window(target));
    if (s.finished || s.body.out.records.size() >= target) break;
    if (s.eof) break;  // not reached: at the end of the file every row is safe, so the window was read to its end
    PL_TRY(s.fill());
  }
  return !s.finished;
}

const read_result& csv_stream::pending() const noexcept { return impl_->body.out; }

std::pair<std::size_t, std::size_t> csv_stream::bytes() const noexcept {
  const auto& s = *impl_;
  const std::size_t unread = s.window.size() - std::min(s.accepted, s.window.size());  // in the window, not yet read into rows
  return {s.read_bytes - std::min(unread, s.read_bytes), s.file_bytes};
}

read_result csv_stream::take_front(std::size_t records) {
  auto& out = impl_->body.out;
  records = std::min(records, out.records.size());
  read_result taken;
  taken.encoding = impl_->encoding;
  taken.local_columns = impl_->reader.header_result().local_columns;
  taken.headers = impl_->reader.header_result().headers;
  taken.columns = impl_->reader.header_result().columns;
  const bool all = records == out.records.size();
  const std::size_t next_line = all ? 0 : out.records[records].line;
  std::size_t f = 0;
  while (f < out.findings.size()) {
    const auto& x = out.findings[f];
    const bool before = x.record_index != finding::no_record ? x.record_index < records : (all || x.line < next_line);
    if (!before) break;
    ++f;
  }
  taken.findings.assign(std::make_move_iterator(out.findings.begin()), std::make_move_iterator(out.findings.begin() + static_cast<std::ptrdiff_t>(f)));
  out.findings.erase(out.findings.begin(), out.findings.begin() + static_cast<std::ptrdiff_t>(f));
  for (auto& x : out.findings)
    if (x.record_index != finding::no_record) x.record_index -= records;
  taken.records.assign(std::make_move_iterator(out.records.begin()), std::make_move_iterator(out.records.begin() + static_cast<std::ptrdiff_t>(records)));
  out.records.erase(out.records.begin(), out.records.begin() + static_cast<std::ptrdiff_t>(records));
  return taken;
}

}  // namespace pl
