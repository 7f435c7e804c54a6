// SPDX-License-Identifier: Apache-2.0
// The caseload store (issue 25): one compact, immutable, prepared caseload that every SPEC §10
// table reads. Built once from records (caseload_builder), it holds
// - one measurement per record (measurement.hpp: 36 bytes), in input order, so row i is record i;
// - after them, the step-9 measurement each record with an `exit_date` also stands for (SPEC §6
//   revised: the client left on that date with the record's exit_reason; record::leaving);
// - the client ids once (sorted, in one arena), caseworker/department/team once per combination;
// - every client's history (SPEC §7) as one index range: its measurements in date order, ties in
//   input order, measurements without a date last. Built once; no table rebuilds it.
// Measurements without a client id belong to no history (SPEC §8: PL006 reports them).
#pragma once

#include "fields.hpp"
#include "measurement.hpp"
#include "record.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <numeric>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_map>
#include <utility>
#include <vector>

namespace pl {

/// Who is responsible for a measurement (SPEC §6 field 12), kept once per combination.
struct unit {
  std::string caseworker, department, team;
};

class caseload_builder;

/// The text fields (SPEC §6) a store row keeps, as indexes (client, unit); the other text fields —
/// personal data and free text — and local fields are not kept.
inline constexpr std::array<std::string_view, 4> store_kept_text{"client_id", "caseworker", "department", "team"};

/// Whether a store row reads field `f` of a record (caseload_builder::add): every field but the
/// text it does not keep (local fields are not read either). A reader that fills a record only for
/// a store may leave the others unread — text is never unreadable, so no finding is lost (io's
/// record_builder in store mode).
constexpr bool store_reads(const field_info& f) noexcept {
  if (f.kind != value_kind::text) return true;
  return std::find(store_kept_text.begin(), store_kept_text.end(), f.key) != store_kept_text.end();
}

/// store_reads() of every row of field_table, one bit each (for a reader's inner loop).
inline constexpr std::uint64_t store_read_fields = [] {
  static_assert(field_table.size() <= 64);
  std::uint64_t m = 0;
  for (std::size_t i = 0; i < field_table.size(); ++i)
    if (store_reads(field_table[i])) m |= std::uint64_t{1} << i;
  return m;
}();

class caseload_store {
 public:
  /// Every row: the records in input order, then the leaving rows.
  std::span<const measurement> rows() const noexcept { return rows_; }
  /// The number of records the store was built from (rows()[0, records())).
  std::size_t records() const noexcept { return records_; }
  /// The number of distinct client ids.
  std::size_t clients() const noexcept { return client_begin_.empty() ? 0 : client_begin_.size() - 1; }
  std::string_view client_id(std::uint32_t client) const noexcept {
    return std::string_view(ids_).substr(id_offset_[client], id_offset_[client + 1] - id_offset_[client]);
  }
  /// Every client id, one after the other in client order: client c's id is
  /// client_id_text()[client_id_offsets()[c], client_id_offsets()[c + 1]) (the C ABI's view, issue 25).
  std::string_view client_id_text() const noexcept { return ids_; }
  std::span<const std::uint64_t> client_id_offsets() const noexcept { return id_offset_; }
  /// Leaving row k (rows()[records() + k]) stands for the `exit_date` of record leaving_of()[k]
  /// (ascending: the leaving rows follow their records' order).
  std::span<const std::uint32_t> leaving_of() const noexcept { return leaving_of_; }
  /// The client id of a row ("" when it has none).
  std::string_view client_id_of(const measurement& m) const noexcept {
    return m.client == measurement::no_client ? std::string_view() : client_id(m.client);
  }
  /// The history of client `client` (SPEC §7): row indexes in date order.
  std::span<const std::uint32_t> history(std::uint32_t client) const noexcept {
    return std::span<const std::uint32_t>(order_).subspan(client_begin_[client], client_begin_[client + 1] - client_begin_[client]);
  }
  const pl::unit& unit_of(const measurement& m) const noexcept { return units_[m.unit]; }
  std::span<const pl::unit> units() const noexcept { return units_; }
  /// The parts the store was built from (caseload_builder::append): 1 for a store built in one go.
  std::size_t parts() const noexcept { return parts_; }

  /// The bytes the store holds (its arrays' capacity and the text in them), for the budget of
  /// issue 25: at most 64 bytes per record.
  std::size_t bytes() const noexcept {
    std::size_t b = rows_.capacity() * sizeof(measurement) + order_.capacity() * sizeof(std::uint32_t) +
                    client_begin_.capacity() * sizeof(std::uint32_t) + id_offset_.capacity() * sizeof(std::uint64_t) +
                    ids_.capacity() + units_.capacity() * sizeof(pl::unit) + leaving_of_.capacity() * sizeof(std::uint32_t);
    for (const auto& u : units_) b += heap_bytes(u.caseworker) + heap_bytes(u.department) + heap_bytes(u.team);
    return b;
  }

  /// A store of `records` in one go.
  static caseload_store of(std::span<const record> records);
  /// The same store, built in parts of at least `min_part` records on up to `threads` threads
  /// (one part each), the parts joined in order (issue 25: parts() tells how many ran).
  static caseload_store of(std::span<const record> records, unsigned threads, std::size_t min_part = 16384);

 private:
  friend class caseload_builder;
  static std::size_t heap_bytes(const std::string& s) noexcept { return s.capacity() > 15 ? s.capacity() + 1 : 0; }

  std::vector<measurement> rows_;
  std::size_t records_ = 0;
  std::vector<std::uint32_t> order_;         ///< rows of every client's history, client after client
  std::vector<std::uint32_t> client_begin_;  ///< client c's history: order_[client_begin_[c], client_begin_[c + 1])
  std::vector<std::uint64_t> id_offset_;     ///< client c's id: ids_[id_offset_[c], id_offset_[c + 1])
  std::string ids_;
  std::vector<pl::unit> units_;
  std::vector<std::uint32_t> leaving_of_;    ///< the record of each leaving row
  std::size_t parts_ = 1;
};

namespace detail {
/// Distinct strings, each kept once in one arena and numbered in order of arrival: an open-addressing
/// table (at most half full) instead of a node per string, so a national file's millions of client
/// ids cost their bytes plus about 24 bytes each while the store is built. A slot holds the
/// string's number and its 32-bit hash: a probe compares hashes and reads the arena only when they
/// are equal, and growing never hashes a string again.
class string_interner {
 public:
  std::uint32_t intern(std::string_view s) {
    if (count() * 2 >= slots_.size()) grow();
    const std::uint64_t h = hash(s);
    std::size_t i = h & (slots_.size() - 1);
    while (slots_[i] != empty) {
      const auto n = static_cast<std::uint32_t>(slots_[i]);
      if ((slots_[i] >> 32) == h && at(n) == s) return n;
      i = (i + 1) & (slots_.size() - 1);
    }
    const auto n = static_cast<std::uint32_t>(count());
    arena_.append(s);
    offset_.push_back(arena_.size());
    slots_[i] = h << 32 | n;
    return n;
  }
  std::size_t count() const noexcept { return offset_.size() - 1; }
  std::string_view at(std::uint32_t n) const noexcept {
    return std::string_view(arena_).substr(offset_[n], offset_[n + 1] - offset_[n]);
  }

 private:
  static constexpr std::uint64_t empty = UINT64_MAX;  // (number UINT32_MAX is never given: count() < UINT32_MAX)
  static std::uint32_t hash(std::string_view s) noexcept {  // FNV-1a, folded to 32 bits
    std::uint64_t h = 1469598103934665603ULL;
    for (const unsigned char c : s) h = (h ^ c) * 1099511628211ULL;
    return static_cast<std::uint32_t>(h ^ (h >> 32));
  }
  void grow() {
    std::vector<std::uint64_t> bigger(std::max<std::size_t>(64, slots_.size() * 2), empty);
    for (const std::uint64_t slot : slots_) {
      if (slot == empty) continue;
      std::size_t i = (slot >> 32) & (bigger.size() - 1);
      while (bigger[i] != empty) i = (i + 1) & (bigger.size() - 1);
      bigger[i] = slot;
    }
    slots_ = std::move(bigger);
  }
  std::vector<std::uint64_t> slots_;
  std::string arena_;
  std::vector<std::uint64_t> offset_{0};
};
}  // namespace detail

/// Builds a caseload store from records, one at a time or a part at a time: the readers hand over each
/// record (or each part of a file read on several threads) and may drop it at once.
class caseload_builder {
 public:
  caseload_builder() { unit_index_.emplace(std::string(2, '\0'), 0); units_.push_back({}); }


  /// One record; its row gets the next index.
  void add(const record& r) {
    measurement m;
    m.measured_on = r.measured_on;
    m.client = r.client_id.empty() ? measurement::no_client : intern_client(r.client_id);
    m.unit = intern_unit(r.caseworker, r.department, r.team);
    m.source = r.source;
    if (const auto hi = r.highest_sub_step()) {
      m.sub_base = hi->base;
      m.sub_number = hi->number;
    }
    m.step = r.step;
    m.growth_potential = r.growth_potential;
    m.target_step = r.target_step;
    m.target_horizon = r.target_horizon;
    m.target_growth = r.target_growth;
    m.income_situation = r.income_situation;
    m.start_qualification = r.start_qualification;
    m.integration_obligation = r.integration_obligation;
    m.integration_need = r.integration_need;
    m.low_literacy = r.low_literacy;
    m.work_obligation_exemption = r.work_obligation_exemption;
    m.integration_exemption = r.integration_exemption;
    m.instrument_in_use = r.instrument_in_use;
    m.instrument_deployed = r.instrument_deployed;
    m.exit_reason = r.exit_reason;
    if (r.exit_date) {  // SPEC §6 (revised): record::leaving, kept as a row after all records
      measurement l;
      l.client = m.client;
      l.unit = m.unit;
      l.source = m.source;
      l.measured_on = r.exit_date;
      l.step = step::left;
      l.exit_reason = r.exit_reason;
      leaving_.push_back(l);
      leaving_of_.push_back(static_cast<std::uint32_t>(rows_.size()));
    }
    rows_.push_back(m);
    parts_ = std::max<std::size_t>(parts_, 1);
  }

  /// The records of `part` after this builder's (a later part of the same input).
  void append(caseload_builder&& part) {
    std::vector<std::uint32_t> client_map(part.clients_.count()), unit_map(part.units_.size());
    for (std::uint32_t c = 0; c < part.clients_.count(); ++c) client_map[c] = clients_.intern(part.clients_.at(c));
    for (std::size_t u = 0; u < part.units_.size(); ++u)
      unit_map[u] = intern_unit(part.units_[u].caseworker, part.units_[u].department, part.units_[u].team);
    const auto base = static_cast<std::uint32_t>(rows_.size());
    auto renumber = [&](measurement m) {
      if (m.client != measurement::no_client) m.client = client_map[m.client];
      m.unit = unit_map[m.unit];
      return m;
    };
    rows_.reserve(rows_.size() + part.rows_.size());
    for (const auto& m : part.rows_) rows_.push_back(renumber(m));
    for (std::size_t i = 0; i < part.leaving_.size(); ++i) {
      leaving_.push_back(renumber(part.leaving_[i]));
      leaving_of_.push_back(base + part.leaving_of_[i]);
    }
    parts_ += part.parts_;
    part = caseload_builder();
  }

  std::size_t size() const noexcept { return rows_.size(); }
  /// Room for `records` records in all (a reader that knows about how many are coming: no regrowth).
  void reserve(std::size_t records) { rows_.reserve(records); }

  /// The store: client ids sorted, histories built. The builder is left empty.
  caseload_store finish() {
    caseload_store out;
    out.records_ = rows_.size();
    out.parts_ = std::max<std::size_t>(parts_, 1);
    // the leaving rows after all records, in the order of their records (history.hpp with_leaving)
    std::vector<std::size_t> by_record(leaving_.size());
    std::iota(by_record.begin(), by_record.end(), std::size_t{0});
    std::stable_sort(by_record.begin(), by_record.end(), [&](std::size_t a, std::size_t b) { return leaving_of_[a] < leaving_of_[b]; });
    rows_.reserve(rows_.size() + leaving_.size());
    out.leaving_of_.reserve(leaving_.size());
    for (const auto k : by_record) {
      rows_.push_back(leaving_[k]);
      out.leaving_of_.push_back(leaving_of_[k]);
    }
    leaving_ = {};
    leaving_of_ = {};
    // client ids in sorted order (as std::map orders them: build_histories)
    const std::size_t n = clients_.count();
    std::vector<std::uint32_t> sorted(n), rank(n);
    std::iota(sorted.begin(), sorted.end(), std::uint32_t{0});
    std::sort(sorted.begin(), sorted.end(), [&](std::uint32_t a, std::uint32_t b) { return clients_.at(a) < clients_.at(b); });
    for (std::uint32_t k = 0; k < n; ++k) rank[sorted[k]] = k;
    std::size_t id_bytes = 0;
    for (std::uint32_t c = 0; c < n; ++c) id_bytes += clients_.at(c).size();
    out.ids_.reserve(id_bytes);
    out.id_offset_.reserve(n + 1);
    out.id_offset_.push_back(0);
    for (const auto c : sorted) {
      out.ids_ += clients_.at(c);
      out.id_offset_.push_back(out.ids_.size());
    }
    clients_ = {};
    // histories: a counting sort of the rows by client, then each client's rows in date order
    std::vector<std::uint32_t> count(n + 1, 0);
    for (auto& m : rows_)
      if (m.client != measurement::no_client) {
        m.client = rank[m.client];
        ++count[m.client + 1];
      }
    for (std::size_t c = 0; c < n; ++c) count[c + 1] += count[c];
    out.client_begin_ = count;
    out.order_.resize(count[n]);
    for (std::uint32_t i = 0; i < rows_.size(); ++i)
      if (const auto c = rows_[i].client; c != measurement::no_client) out.order_[count[c]++] = i;
    for (std::size_t c = 0; c < n; ++c) {
      const auto first = out.order_.begin() + out.client_begin_[c], last = out.order_.begin() + out.client_begin_[c + 1];
      // SPEC §7: date order, ties in input order (stable), measurements without a date last
      std::stable_sort(first, last, [&](std::uint32_t a, std::uint32_t b) {
        const auto& da = rows_[a].measured_on;
        const auto& db = rows_[b].measured_on;
        if (da && db) return da.days() < db.days();
        return da.has_value() && !db.has_value();
      });
    }
    out.rows_ = std::move(rows_);
    out.units_ = std::move(units_);
    *this = caseload_builder();
    return out;
  }

 private:
  std::uint32_t intern_client(const std::string& id) {
    if (last_client_ != measurement::no_client && clients_.at(last_client_) == id) return last_client_;  // a file grouped by client
    return last_client_ = clients_.intern(id);
  }
  std::uint32_t intern_unit(const std::string& caseworker, const std::string& department, const std::string& team) {
    if (const auto& u = units_[last_unit_]; u.caseworker == caseworker && u.department == department && u.team == team) return last_unit_;
    last_unit_ = intern_unit_anew(caseworker, department, team);
    return last_unit_;
  }
  std::uint32_t intern_unit_anew(const std::string& caseworker, const std::string& department, const std::string& team) {
    key_.clear();
    key_.append(caseworker).push_back('\0');
    key_.append(department).push_back('\0');
    key_.append(team);
    const auto [it, fresh] = unit_index_.try_emplace(key_, static_cast<std::uint32_t>(units_.size()));
    if (fresh) units_.push_back({caseworker, department, team});
    return it->second;
  }

  std::vector<measurement> rows_;
  std::vector<measurement> leaving_;
  std::vector<std::uint32_t> leaving_of_;  ///< the row of the record each leaving row stands for
  detail::string_interner clients_;
  std::uint32_t last_client_ = measurement::no_client;
  std::uint32_t last_unit_ = 0;
  std::vector<pl::unit> units_;
  std::unordered_map<std::string, std::uint32_t> unit_index_;
  std::string key_;
  std::size_t parts_ = 0;  ///< parts with records (add: 1; append: the part's)
};

inline caseload_store caseload_store::of(std::span<const record> records) {
  caseload_builder b;
  b.reserve(records.size());
  for (const auto& r : records) b.add(r);
  return b.finish();
}

inline caseload_store caseload_store::of(std::span<const record> records, unsigned threads, std::size_t min_part) {
  const std::size_t n = std::max<std::size_t>(1, std::min<std::size_t>(threads, records.size() / std::max<std::size_t>(min_part, 1)));
  if (n <= 1) return of(records);
  std::vector<caseload_builder> parts(n);
  {
    std::vector<std::jthread> workers;
    for (std::size_t k = 0; k < n; ++k)
      workers.emplace_back([&, k] {
        const auto part = records.subspan(records.size() * k / n, records.size() * (k + 1) / n - records.size() * k / n);
        parts[k].reserve(part.size());
        for (const auto& r : part) parts[k].add(r);
      });
  }  // joined
  parts[0].reserve(records.size());
  for (std::size_t k = 1; k < n; ++k) parts[0].append(std::move(parts[k]));
  return parts[0].finish();
}

}  // namespace pl
