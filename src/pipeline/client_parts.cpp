// SPDX-License-Identifier: Apache-2.0
// A file grouped by client, a part of complete clients at a time (see client_parts.hpp).
#include "pipeline/client_parts.hpp"

#include "io/message_text.hpp"

#include <participatieladder/io/csv_stream.hpp>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

namespace pl::pipeline {

namespace {

/// Where the records of `pending` can be cut so that no client's measurements (SPEC §7: a history
/// is one client's) are on both sides: before the trailing run of the last client's records
/// (records without a client id in that run go with it).
std::size_t complete_clients(const std::vector<record>& pending) {
  std::size_t cut = pending.size();
  const std::string* last = nullptr;
  while (cut > 0) {
    const auto& id = pending[cut - 1].client_id;
    if (!id.empty()) {
      if (last && id != *last) break;
      last = &id;
    }
    --cut;
  }
  return last ? cut : pending.size();  // no client id at all: no history to keep together
}

/// The clients done, as 64-bit hashes of their ids in an open-addressing table (at most half full):
/// 16 bytes a client, where a map of the ids took about 70.
class hash_set {
 public:
  bool contains(std::uint64_t h) const noexcept {
    if (slots_.empty()) return false;
    for (std::size_t i = h & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1)) {
      if (slots_[i] == h) return true;
      if (slots_[i] == 0) return false;
    }
  }
  void insert(std::uint64_t h) {
    if ((count_ + 1) * 2 > slots_.size()) grow();
    std::size_t i = h & (slots_.size() - 1);
    while (slots_[i] != 0 && slots_[i] != h) i = (i + 1) & (slots_.size() - 1);
    if (slots_[i] == 0) ++count_;
    slots_[i] = h;
  }
  static std::uint64_t of(std::string_view id) noexcept {
    std::uint64_t h = 1469598103934665603ULL;  // FNV-1a, then mixed (murmur3's finaliser)
    for (const unsigned char c : id) h = (h ^ c) * 1099511628211ULL;
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h == 0 ? 1 : h;  // 0 marks an empty slot
  }

 private:
  void grow() {
    std::vector<std::uint64_t> old = std::exchange(slots_, std::vector<std::uint64_t>(std::max<std::size_t>(1024, slots_.size() * 2), 0));
    count_ = 0;
    for (const auto h : old)
      if (h != 0) insert(h);
  }
  std::vector<std::uint64_t> slots_;
  std::size_t count_ = 0;
};

/// Remembers which clients are done, to refuse a file that is not grouped by client.
class grouping {
 public:
  grouping(const std::string& path, const read_options& options, std::size_t block_bytes, msg not_grouped)
      : path_(path), file_(io_detail::valid_utf8(path)), options_(options), block_bytes_(block_bytes), not_grouped_(not_grouped) {
    options_.progress = nullptr;  // reading again to name a line is not progress
  }

  result<void> see(const record& r) {
    if (r.client_id.empty() || r.client_id == current_) return success();
    if (!current_.empty()) done_.insert(hash_set::of(current_));
    if (done_.contains(hash_set::of(r.client_id))) {
      PL_TRY(before, last_line_before(r));
      if (before) return fail(errc::format, not_grouped_, {file_, std::to_string(r.line), std::to_string(*before)});
    }
    current_ = r.client_id;
    return success();
  }

 private:
  /// The last line before `r` with its client id (none: two ids with one hash), reading the file
  /// from its start once more: only for a client seen before, so at most once for a file refused.
  result<std::optional<std::size_t>> last_line_before(const record& r) const {
    PL_TRY(again, csv_stream::open(path_, 0, options_, block_bytes_));
    std::optional<std::size_t> last;
    bool more = true;
    while (more) {
      PL_TRY(read_on, again->read(4096));
      more = read_on;
      for (const auto& x : again->take_front(again->pending().records.size()).records) {
        if (x.line >= r.line) return last;
        if (x.client_id == r.client_id) last = x.line;
      }
    }
    return last;
  }

  std::string path_, file_;
  read_options options_;
  std::size_t block_bytes_;
  msg not_grouped_;
  std::string current_;
  hash_set done_;
};

}  // namespace

result<void> for_each_client_part(const std::string& path, const read_options& options, const client_part_settings& settings,
                                  msg not_grouped, const std::function<result<void>(read_result& part)>& each) {
  PL_TRY(stream, csv_stream::open(path, 0, options, settings.block_bytes));
  grouping clients(path, options, settings.block_bytes, not_grouped);
  bool more = true;
  while (more) {
    PL_TRY(read_on, stream->read(settings.part_records));
    more = read_on;
    const std::size_t cut = more ? complete_clients(stream->pending().records) : stream->pending().records.size();
    if (more && cut == 0) continue;  // one client so far: read on
    read_result part = stream->take_front(cut);
    for (const auto& r : part.records) {
      PL_TRY(clients.see(r));
    }
    PL_TRY(each(part));
  }
  return success();
}

}  // namespace pl::pipeline
