// SPDX-License-Identifier: Apache-2.0
// What the tallies of the tables "as of" a reference date share (issue 25, SPEC §10): placement,
// target, caseload and budget count each client once, at its measurement as of the reference date
// (as_of.hpp), when the client is in the caseload then. Only what a table counts differs.
#pragma once

#include "../caseload_store.hpp"
#include "../date.hpp"
#include "../record.hpp"
#include "as_of.hpp"

#include <cstddef>
#include <cstdint>

namespace pl::reports {

/// The base of a table's tally `Tally`: add() a client, or every client of a caseload store — of
/// one store, or of the stores of a file's parts of complete clients, one after the other. A client
/// in the caseload as of the reference date goes to Tally::count(cl, its measurement); a client
/// whose latest measurement is on 9 counts in left_.
template <class Tally>
class as_of_tally {
 public:
  /// Client `client` of `cl` as of the reference date.
  void add(const pl::caseload_store& cl, std::uint32_t client) {
    if (const measurement* in = in_caseload_as_of(cl, client, reference_, &left_)) static_cast<Tally&>(*this).count(cl, *in);
  }
  /// Every client of `cl`.
  void add(const pl::caseload_store& cl) {
    for (std::uint32_t c = 0; c < cl.clients(); ++c) add(cl, c);
  }

  /// The report over every client of `cl`, of a tally made of `args`.
  template <class... Args>
  static auto of(const pl::caseload_store& cl, const Args&... args) {
    Tally t(args...);
    t.add(cl);
    return t.finish();
  }

 protected:
  explicit as_of_tally(const date& reference) : reference_(reference) {}

  /// A report of the table with the reference date, and the clients who left where it has them.
  template <class Report>
  Report new_report() const {
    Report out;
    out.reference = reference_;
    if constexpr (requires(Report& r) { r.left; }) out.left = left_;
    return out;
  }

  date reference_;
  std::size_t left_ = 0;
};

}  // namespace pl::reports
