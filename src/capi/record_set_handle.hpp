// SPDX-License-Identifier: Apache-2.0
// The object behind the opaque pl_record_set handle (issue 13): a record set read once, with the
// caseload store built when the handle is made (issue 25), and the text of the store's units
// (caseworker, department, team) laid out once in one arena so a caller can see it in place
// (store_view.cpp). Immutable after construction: any number of threads may use one at once.
#pragma once

#include "handle.hpp"

#include "pipeline/record_set.hpp"

#include <participatieladder.h>

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

struct pl_record_set : pl::capi::handle {  // first base: the kind at offset 0 (handle.hpp)
  explicit pl_record_set(pl::pipeline::record_set s)
      : handle(pl::capi::handle_kind::record_set), set(with_store(std::move(s))), unit_text(), unit_offsets(units_of(*set.store, unit_text)) {}

  const pl::pipeline::record_set set;  ///< never changed after construction; its records and their caseload store (issue 25)
  /// Unit u's caseworker, department and team: unit_text[unit_offsets[3u + k], unit_offsets[3u + k + 1]), k = 0, 1, 2.
  std::string unit_text;
  const std::vector<std::uint64_t> unit_offsets;

 private:
  /// The caseload store built once, when the handle is made: every report through the handle reads it.
  static pl::pipeline::record_set with_store(pl::pipeline::record_set s) {
    if (!s.store) s.store = pl::pipeline::caseload_of(s);
    return s;
  }
  static std::vector<std::uint64_t> units_of(const pl::caseload_store& store, std::string& text) {
    std::vector<std::uint64_t> offsets{0};
    offsets.reserve(store.units().size() * 3 + 1);
    for (const auto& u : store.units())
      for (const std::string* part : {&u.caseworker, &u.department, &u.team}) {
        text += *part;
        offsets.push_back(text.size());
      }
    return offsets;
  }
};
