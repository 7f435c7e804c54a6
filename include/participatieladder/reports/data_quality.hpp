// SPDX-License-Identifier: Apache-2.0
// "Nothing is lost silently" (SPEC §6, revised; SPEC §10): what a report rests on — the sources and
// their encodings, the records and clients read, the values that could not be read, the rows that
// were skipped, and the records and clients left out of the as-of view, and why. Every report
// (text, CSV, JSON, HTML, XLSX) carries this block, so a manager sees what the figures do not hold.
#pragma once

#include "../finding.hpp"
#include "../lang.hpp"
#include "../caseload_store.hpp"
#include "../record.hpp"
#include "as_of.hpp"
#include "name_variants.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <cstddef>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace pl::reports {

/// Why a record is not in the as-of view (SPEC §10: each client once, at its latest measurement on
/// or before the reference date). Earlier measurements of a client are history, not left out.
enum class left_out_reason : unsigned char { no_client_id, no_measured_on, after_reference_date };

struct left_out_reason_info {
  left_out_reason reason;
  std::string_view key;  ///< stable key (JSON, CSV)
  text label;
};

inline constexpr left_out_reason_info left_out_reasons[] = {
    {left_out_reason::no_client_id, "no_client_id", {"zonder (leesbaar) klantnummer", "without a (readable) client id"}},
    {left_out_reason::no_measured_on, "no_measured_on", {"zonder (leesbare) meetdatum", "without a (readable) measurement date"}},
    {left_out_reason::after_reference_date, "after_reference_date", {"gemeten na de peildatum", "measured after the reference date"}},
};

struct data_quality {
  struct source {
    std::string name;
    std::string encoding;   ///< `utf-8`, `windows-1252`, or empty when not read from a file
    std::size_t records = 0;
    std::vector<std::string> local_columns;
  };
  struct left_out {
    left_out_reason reason;
    std::size_t records = 0;
    std::size_t clients = 0;  ///< clients none of whose records is in the view for this reason
  };

  std::vector<source> sources;
  std::size_t records = 0;            ///< records read
  std::size_t clients = 0;            ///< distinct client ids read
  std::size_t values_unreadable = 0;  ///< `input` findings about one value (the value counts as not filled)
  std::size_t rows_skipped = 0;       ///< `input` errors about a whole row (the row was not read)
  std::size_t clients_in_view = 0;    ///< clients counted (in the caseload or left)
  std::vector<left_out> left_out;     ///< per reason with at least one record
  std::size_t clients_left_out = 0;   ///< clients read but not counted at all
  std::size_t records_lost = 0;       ///< records without a (readable) client id or measurement date
  std::size_t clients_lost = 0;       ///< clients not counted at all because a measurement date cannot be read
  /// Spellings that are probably one caseworker / one team (name_variants.hpp): named, never merged.
  std::vector<std::vector<std::string>> similar_caseworkers, similar_teams;
  std::string municipality;           ///< whose data it is, when given (report --municipality)

  /// Nothing unreadable, skipped or left out.
  bool complete() const noexcept { return values_unreadable == 0 && rows_skipped == 0 && left_out.empty(); }
  /// Something read is not in the figures: an unreadable value, a skipped row, a record without a
  /// (readable) client id or measurement date. Records measured after the reference date are
  /// outside the period, not lost (SPEC §8 "Checks inside a report", revised): they are counted in
  /// this block and do not make a report fail.
  bool lost() const noexcept { return values_unreadable > 0 || rows_skipped > 0 || records_lost > 0; }
};

inline std::string_view key_of(left_out_reason r) noexcept {
  for (const auto& x : left_out_reasons)
    if (x.reason == r) return x.key;
  return "";
}

inline text label_of(left_out_reason r) noexcept {
  for (const auto& x : left_out_reasons)
    if (x.reason == r) return x.label;
  return {"", ""};
}

/// The data quality counted a store at a time (issue 25): add() one store — or the stores of a
/// file's parts of complete clients, one after the other — and the readers' `input` findings, then
/// finish() once. One rule for the whole store and for a stream.
class data_quality_tally {
 public:
  explicit data_quality_tally(const date& reference) : reference_(reference) {}

  /// The records and clients of `cl` (every client of it wholly in it).
  void add(const pl::caseload_store& cl) {
    records_ += cl.records();
    clients_ += cl.clients();
    const auto records = cl.rows().first(cl.records());  // the records read, not the leaving rows they stand for
    for (const auto& r : records) {
      if (r.source >= records_by_source_.size()) records_by_source_.resize(r.source + 1, 0);
      ++records_by_source_[r.source];
    }
    std::vector<bool> counted(cl.clients(), false);
    for (std::uint32_t c = 0; c < cl.clients(); ++c)
      counted[c] = latest_on_or_before(cl.rows(), cl.history(c), reference_).has_value();  // in the caseload or left
    std::vector<std::vector<bool>> reason_clients(std::size(left_out_reasons));
    const std::int32_t ref = static_cast<std::int32_t>(reference_.days());
    for (const auto& r : records) {
      std::optional<left_out_reason> why;
      if (r.client == measurement::no_client) why = left_out_reason::no_client_id;
      else if (!r.measured_on) why = left_out_reason::no_measured_on;
      else if (r.measured_on.days() > ref) why = left_out_reason::after_reference_date;
      if (!why) continue;
      const auto k = static_cast<std::size_t>(*why);
      ++reason_records_[k];
      if (r.client != measurement::no_client && !counted[r.client]) {
        if (reason_clients[k].empty()) reason_clients[k].assign(cl.clients(), false);
        reason_clients[k][r.client] = true;
      }
    }
    auto how_many = [](const std::vector<bool>& v) { return static_cast<std::size_t>(std::count(v.begin(), v.end(), true)); };
    clients_in_view_ += how_many(counted);
    for (std::size_t k = 0; k < reason_clients.size(); ++k) reason_clients_[k] += how_many(reason_clients[k]);
    for (const auto& u : cl.units()) {  // each (caseworker, department, team) once, in the order first read
      std::string key = u.caseworker + '\0' + u.department + '\0' + u.team;
      if (!units_seen_.insert(std::move(key)).second) continue;
      caseworkers_.push_back(u.caseworker);
      teams_.push_back(u.team);
    }
  }

  /// The readers' findings: values that could not be read, rows skipped.
  void add(std::span<const finding> input) {
    for (const auto& f : input) {
      if (f.check != input_check_id || f.severity == severity::info) continue;
      if (f.record_index != finding::no_record) ++values_unreadable_;
      else if (f.severity == severity::error && f.line > 1) ++rows_skipped_;
    }
  }

  /// The block; `sources[i]` describes the records with source == i.
  data_quality finish(std::vector<data_quality::source> sources) const {
    data_quality q;
    q.sources = std::move(sources);
    for (std::size_t i = 0; i < q.sources.size() && i < records_by_source_.size(); ++i) q.sources[i].records += records_by_source_[i];
    q.records = records_;
    q.values_unreadable = values_unreadable_;
    q.rows_skipped = rows_skipped_;
    q.similar_caseworkers = name_variants(caseworkers_);
    q.similar_teams = name_variants(teams_);
    q.clients = clients_;
    q.clients_in_view = clients_in_view_;
    q.clients_left_out = q.clients - std::min(q.clients, q.clients_in_view);
    q.records_lost = reason_records_[static_cast<std::size_t>(left_out_reason::no_client_id)] +
                     reason_records_[static_cast<std::size_t>(left_out_reason::no_measured_on)];
    q.clients_lost = reason_clients_[static_cast<std::size_t>(left_out_reason::no_measured_on)];
    for (const auto& x : left_out_reasons) {
      const auto k = static_cast<std::size_t>(x.reason);
      if (reason_records_[k] > 0) q.left_out.push_back({x.reason, reason_records_[k], reason_clients_[k]});
    }
    return q;
  }

 private:
  date reference_;
  std::size_t records_ = 0, clients_ = 0, clients_in_view_ = 0, values_unreadable_ = 0, rows_skipped_ = 0;
  std::vector<std::size_t> records_by_source_;
  std::array<std::size_t, std::size(left_out_reasons)> reason_records_{}, reason_clients_{};
  std::set<std::string> units_seen_;
  std::vector<std::string> caseworkers_, teams_;  // per unit, as name_variants looks at them
};

/// The data quality of a store (read from `sources`, with the readers' `input` findings) as of
/// `reference`. `sources[i]` describes the records with source == i.
inline data_quality assess_data_quality(const pl::caseload_store& cl, std::span<const finding> input, std::vector<data_quality::source> sources,
                                        const date& reference) {
  data_quality_tally t(reference);
  t.add(cl);
  t.add(input);
  return t.finish(std::move(sources));
}

/// The same over records (a store of them is built first).
inline data_quality assess_data_quality(std::span<const record> records, std::span<const finding> input,
                                        std::vector<data_quality::source> sources, const date& reference) {
  return assess_data_quality(pl::caseload_store::of(records), input, std::move(sources), reference);
}

/// What a report lost (data_quality::lost), as one line people read in `l`, naming only what
/// happened: "2 onleesbare waarden, 1 overgeslagen rij". Empty when nothing was lost.
inline std::string lost_summary(const data_quality& q, lang l) {
  const bool nl = l == lang::nl;
  std::string out;
  auto part = [&](std::size_t n, std::string_view one_nl, std::string_view many_nl, std::string_view one_en, std::string_view many_en) {
    if (n == 0) return;
    out += (out.empty() ? "" : ", ") + std::to_string(n) + " " + std::string(nl ? (n == 1 ? one_nl : many_nl) : (n == 1 ? one_en : many_en));
  };
  part(q.values_unreadable, "onleesbare waarde (telt als niet gevuld)", "onleesbare waarden (tellen als niet gevuld)",
       "unreadable value (counts as not filled)", "unreadable values (count as not filled)");
  part(q.rows_skipped, "overgeslagen rij", "overgeslagen rijen", "row skipped", "rows skipped");
  part(q.records_lost, "record zonder (leesbaar) klantnummer of meetdatum", "records zonder (leesbaar) klantnummer of meetdatum",
       "record without a (readable) client id or measurement date", "records without a (readable) client id or measurement date");
  part(q.clients_lost, "klant daardoor niet meegeteld", "klanten daardoor niet meegeteld", "client not counted because of it",
       "clients not counted because of it");
  return out;
}

/// The block as lines people read, in `l`: what was read, what was not, and why.
inline std::vector<std::string> data_quality_lines(const data_quality& q, lang l) {
  const bool nl = l == lang::nl;
  std::vector<std::string> out;
  if (!q.municipality.empty()) out.push_back((nl ? "gemeente: " : "municipality: ") + q.municipality);
  for (const auto& s : q.sources) {
    std::string line = (nl ? "bron " : "source ") + s.name + ": " + std::to_string(s.records) + " records";
    if (s.encoding == "windows-1252") line += nl ? ", opgeslagen door Excel (Windows-tekens, goed gelezen)" : ", saved by Excel (Windows characters, read correctly)";
    else if (!s.encoding.empty()) line += (nl ? ", tekens: " : ", encoding ") + s.encoding;
    if (!s.local_columns.empty()) {
      line += nl ? ", lokale kolommen: " : ", local columns: ";
      for (std::size_t i = 0; i < s.local_columns.size(); ++i) line += (i ? ", " : "") + s.local_columns[i];
    }
    out.push_back(line);
  }
  out.push_back((nl ? "gelezen: " : "read: ") + std::to_string(q.records) + " records, " + std::to_string(q.clients) +
                (nl ? " klanten; geteld: " : " clients; counted: ") + std::to_string(q.clients_in_view) + (nl ? " klanten" : " clients"));
  out.push_back((nl ? "onleesbare waarden (tellen als niet gevuld): " : "unreadable values (count as not filled): ") +
                std::to_string(q.values_unreadable));
  out.push_back((nl ? "overgeslagen rijen: " : "rows skipped: ") + std::to_string(q.rows_skipped));
  for (const auto& x : q.left_out)
    out.push_back((nl ? "niet meegeteld, " : "not counted, ") + std::string(label_of(x.reason)(l)) + ": " + std::to_string(x.records) +
                  " records, " + std::to_string(x.clients) + (nl ? " klanten geheel" : " clients entirely"));
  if (q.clients_left_out > 0)
    out.push_back((nl ? "klanten die in geen enkele tabel meetellen: " : "clients counted in no table: ") + std::to_string(q.clients_left_out));
  auto variants = [&](const std::vector<std::vector<std::string>>& groups, const char* nl_what, const char* en_what) {
    for (const auto& g : groups) {
      std::string names;
      for (std::size_t i = 0; i < g.size(); ++i) names += std::string(i == 0 ? "" : i + 1 == g.size() ? (nl ? " en " : " and ") : ", ") + "'" + g[i] + "'";
      out.push_back(std::string(nl ? nl_what : en_what) + names);
    }
  };
  variants(q.similar_caseworkers, "waarschijnlijk één klantmanager, verschillend geschreven (telt nu als aparte klantmanagers): ",
           "probably one caseworker written differently (counted as separate caseworkers now): ");
  variants(q.similar_teams, "waarschijnlijk één team, verschillend geschreven (telt nu als aparte teams): ",
           "probably one team written differently (counted as separate teams now): ");
  if (q.complete()) out.push_back(nl ? "alle gelezen records zijn meegeteld" : "every record read is counted");
  else out.push_back(nl ? "welke records dit zijn, staat in de controlelijst per klant (pladder check)"
                        : "which records these are is in the check list per client (pladder check)");
  return out;
}

}  // namespace pl::reports
