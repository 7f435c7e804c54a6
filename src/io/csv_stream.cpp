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

#include "support/line_cuts.hpp"

#include <participatieladder/caseload_store.hpp>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>
#include <thread>
#include <vector>

namespace pl {

struct csv_stream::impl {
  impl(std::string file, std::uint32_t source, const read_options& options)
      : options(options), file(std::move(file)), source(source), reader(this->file, source, this->options), body(this->file, source) {}

  read_options options;
  std::string file;
  std::uint32_t source;
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
  caseload_builder* store = nullptr;  ///< read_into: the records go here
  std::size_t parts_read = 1;     ///< read_into: the most parts a block was read in

  /// read_into on threads: a block's parts, read but not yet appended to the store (they are, by
  /// merge_parts(), while the next block's parts are read — before any other row is taken).
  struct block_parts {
    std::vector<std::unique_ptr<io_detail::part>> parts;
    std::vector<caseload_builder> stores;
  };
  std::optional<block_parts> unmerged;
  /// The next block, read from the file while a block's parts are read on the threads.
  struct read_ahead {
    std::string bytes;
    bool eof = false;
  };
  std::optional<read_ahead> ahead;
  std::optional<error> ahead_error;

  /// The unmerged parts into the store and the pending findings, in order.
  void merge_parts() {
    if (!unmerged) return;
    for (std::size_t k = 0; k < unmerged->parts.size(); ++k) {
      auto& p = *unmerged->parts[k];
      const std::size_t base = store->size();
      for (auto& f : p.out.findings) {
        if (f.record_index != finding::no_record) f.record_index += base;
        body.out.findings.push_back(std::move(f));
      }
      body.data_rows += p.data_rows;
      store->append(std::move(unmerged->stores[k]));
    }
    unmerged.reset();
  }

  /// The next block of the file, `size` bytes at most. errc::io when the read fails.
  result<read_ahead> read_block(std::size_t size) {
    read_ahead out;
    out.bytes.resize(size);
    in.read(out.bytes.data(), static_cast<std::streamsize>(out.bytes.size()));
    if (in.bad()) return fail_system(errc::io, msg::cannot_read, file, errno);
    out.bytes.resize(static_cast<std::size_t>(in.gcount()));
    out.eof = in.eof() || out.bytes.empty();
    return out;
  }

  /// The next block appended to what is left of the window. errc::io when the read fails.
  result<void> fill() {
    window.erase(0, accepted);
    accepted = 0;
    if (ahead_error) return *ahead_error;
    read_ahead next;
    if (ahead) {  // read while the last block's parts were read
      next = std::move(*ahead);
      ahead.reset();
    } else {
      PL_TRY(n, read_block(std::max(block_bytes, window.size())));  // at least doubling: a long row is read in O(n)
      next = std::move(n);
    }
    const std::string& block = next.bytes;
    eof = next.eof;
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

  bool read_in_parts();

  /// Events of the window until `target` records are pending or the window has no safe row left.
  result<void> read_window(std::size_t target) {
    if (!delimiter) {
      if (!header_line_in_window()) return success();
      delimiter = io_detail::detect_delimiter(window);
      if (!delimiter)
        return fail(errc::format, msg::not_csv_no_separator, {file});
    }
    if (store && header_done) read_in_parts();
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
        merge_parts();  // the parts before this row first
        reader.body_event(body, e, rows);
      }
      accepted = rows.position();
      line = rows.line();
      if (e == io_detail::csv_tokenizer::event::end) {
        if (eof && !finished) {
          merge_parts();
          finished = true;
          reader.finish(body.out, body.data_rows);
        }
        return success();
      }
    }
    return success();
  }
};

/// read_into on several threads: the window up to its last line end, cut after line ends into one
/// part per thread, each part read into a store of its own on a thread of its own; appended in
/// order (merge_parts) when every cut proved a row start — while the next block's parts are read,
/// as this thread meanwhile also reads the next block from the file. False (nothing taken) when the block is small, one thread is asked, or a
/// cut is no row start: then the window is read on one thread as always.
bool csv_stream::impl::read_in_parts() {
  constexpr std::size_t min_part_bytes = 256u << 10;
  const std::size_t threads = support::thread_count(options.threads);
  const std::size_t last = window.rfind('\n');
  if (threads <= 1 || last == std::string::npos || last + 1 <= accepted) return false;
  const std::size_t region_end = last + 1;
  const std::size_t n_max = std::min<std::size_t>(threads, (region_end - accepted) / min_part_bytes);
  if (n_max <= 1) return false;
  const std::vector<std::size_t> cut = support::line_cuts(window, accepted, region_end, n_max);
  const std::size_t n = cut.size() - 1;
  if (n <= 1) return false;
  // every part's first physical line: the line ends before it, counted part by part on the threads
  std::vector<std::size_t> lines(n + 1, 0);
  support::on_threads(n, [&](std::size_t k) { lines[k + 1] = io_detail::line_ends(window, cut[k], cut[k + 1]); });
  lines[0] = line;
  for (std::size_t k = 1; k <= n; ++k) lines[k] += lines[k - 1];
  block_parts current;
  current.stores.resize(n);
  for (std::size_t k = 0; k < n; ++k) {
    current.parts.push_back(std::make_unique<io_detail::part>(file, source));
    current.parts[k]->builder.into_store(&current.stores[k]);
  }
  std::vector<char> whole(n, 0);
  {
    std::vector<std::jthread> workers;
    for (std::size_t k = 0; k < n; ++k)
      workers.emplace_back([&, k] {
        io_detail::csv_tokenizer t(window, *delimiter, cut[k], lines[k]);
        whole[k] = reader.read_part(*current.parts[k], t, cut[k + 1]) ? 1 : 0;
      });
    // meanwhile, on this thread: the last block's parts into the store, the next block from the file
    merge_parts();
    if (!eof && !ahead && !ahead_error) {
      auto next = read_block(block_bytes);
      if (next) ahead = std::move(next).value();
      else ahead_error = std::move(next).error();
    }
  }  // joined
  if (std::find(whole.begin(), whole.end(), 0) != whole.end()) return false;
  unmerged = std::move(current);
  accepted = region_end;
  line = lines.back();
  parts_read = std::max(parts_read, n);
  return true;
}

namespace {

/// The bytes of `path` from `from` to `to` (npos: to its end) through `scan`, in blocks; the
/// number of bytes read. errc::io when the file cannot be read.
result<std::size_t> scan_range(const std::string& path, std::size_t from, std::size_t to, std::size_t block_bytes,
                               io_detail::text_scanner& scan) {
  std::ifstream in(path, std::ios::in | std::ios::binary);
  if (!in) return fail_system(errc::io, msg::cannot_open, path, errno);
  if (from != 0) in.seekg(static_cast<std::streamoff>(from));
  std::string block(block_bytes, '\0');
  std::size_t done = 0;
  while (in && done < to - from) {
    const std::size_t want = std::min(block.size(), to - from - done);
    in.read(block.data(), static_cast<std::streamsize>(want));
    if (in.bad()) return fail_system(errc::io, msg::cannot_read, path, errno);
    const auto got = static_cast<std::size_t>(in.gcount());
    scan.feed(std::string_view(block.data(), got));
    done += got;
    if (got < want) break;
  }
  return done;
}

/// The first pass over the file: its encoding facts (text_scanner), on up to `threads` threads for
/// a large file — cut after a line end into parts of at least 8 MiB, each scanned by a thread of
/// its own and the facts appended in order (text_scanner::append): the same as one scan.
result<io_detail::text_scanner> scan_file(const std::string& path, std::size_t block_bytes, unsigned threads, std::size_t& bytes) {
  constexpr std::size_t min_part = 8u << 20;
  std::error_code ec;
  const auto size = static_cast<std::size_t>(std::filesystem::file_size(path, ec));
  const std::size_t n = ec ? 1 : std::min<std::size_t>(support::thread_count(threads), size / min_part);
  std::vector<std::size_t> cut{0, size};
  if (n > 1) {
    std::ifstream in(path, std::ios::in | std::ios::binary);
    std::string probe(64u << 10, '\0');
    // just after the first line end from every 1/n of the file, looked for in the 64 KiB from there
    cut = support::line_cuts(0, size, n, 16, [&](std::size_t from) {
      if (!in) return std::string_view::npos;
      in.seekg(static_cast<std::streamoff>(from));
      in.read(probe.data(), static_cast<std::streamsize>(probe.size()));
      const std::string_view got(probe.data(), static_cast<std::size_t>(in.gcount()));
      const auto nl = got.find('\n');
      in.clear();
      return nl == std::string_view::npos ? nl : from + nl;  // none: a line this long, scan on one thread
    });
  }
  cut.back() = std::string::npos;  // the last part: to the end, however long the file is now
  const std::size_t parts = cut.size() - 1;
  std::vector<io_detail::text_scanner> scans(parts, io_detail::text_scanner::after_line_end());
  scans[0] = io_detail::text_scanner();
  std::vector<std::optional<result<std::size_t>>> read(parts);
  support::on_threads(parts, [&](std::size_t k) { read[k] = scan_range(path, cut[k], cut[k + 1], block_bytes, scans[k]); });
  bytes = 0;
  for (std::size_t k = 0; k < parts; ++k) {
    if (!*read[k]) return read[k]->error();
    bytes += read[k]->value();
    if (k > 0) scans[0].append(scans[k]);
  }
  return std::move(scans[0]);
}

}  // namespace

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
    PL_TRY(scan, scan_file(path, p->block_bytes, options.threads, p->file_bytes));
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

result<read_result> csv_stream::read_into(caseload_builder& store) {
  auto& s = *impl_;
  s.store = &store;
  s.body.builder.into_store(&store);
  const std::size_t first_row = store.size();
  bool reserved = false;
  while (!s.finished) {
    PL_TRY(s.read_window(std::string_view::npos));
    // room for the whole file, from the first block's bytes per record (the records read so far,
    // also those of parts not yet appended, over the bytes taken into rows)
    std::size_t rows = store.size() - first_row;
    if (s.unmerged)
      for (const auto& b : s.unmerged->stores) rows += b.size();
    const std::size_t taken = s.read_bytes - std::min(s.read_bytes, s.window.size() - std::min(s.accepted, s.window.size()));
    if (!reserved && rows > 0 && taken > 0 && s.file_bytes > taken) {
      const double rest = static_cast<double>(s.file_bytes - taken) / static_cast<double>(taken);
      store.reserve(store.size() + rows + static_cast<std::size_t>(static_cast<double>(rows) * 1.02 * rest) + 64);
      reserved = true;
    }
    if (s.finished || s.eof) break;
    PL_TRY(s.fill());
  }
  s.merge_parts();
  s.body.builder.into_store(nullptr);
  s.store = nullptr;
  read_result out;
  out.findings = std::move(s.body.out.findings);
  s.body.out.findings.clear();
  out.encoding = s.encoding;
  out.local_columns = s.reader.header_result().local_columns;
  out.headers = s.reader.header_result().headers;
  out.columns = s.reader.header_result().columns;
  out.parts = s.parts_read;
  return out;
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
