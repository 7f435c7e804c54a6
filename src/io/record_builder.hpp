// SPDX-License-Identifier: Apache-2.0
// Builds one record from the values of one row (SPEC §6), shared by the CSV and JSONL readers:
// known keys go through the field table (parse_field), unknown ones become local fields; an
// unreadable value becomes an `input` finding and the value stays not filled.
#pragma once

#include "input_finding.hpp"

#include <participatieladder/caseload_store.hpp>
#include <participatieladder/fields.hpp>
#include <participatieladder/io/read_result.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

namespace pl::io_detail {

class record_builder {
 public:
  record_builder(read_result& out, std::string_view file, std::uint32_t source) : out_(out), file_(file), source_(source) {}

  void begin(std::size_t line);
  /// A value under `header`; `f` is its §6 row, or nullptr for a local field. `header` and `v`
  /// must stay valid until finish(): the step and growth values are kept as views for the finding
  /// of a conflict between them (a reader passes views into its text, or keeps its own).
  void value(const field_info* f, std::string_view header, std::string_view v);
  /// Keeps the record and completes this row's findings with client_id and measured_on.
  void finish();

  /// Records go to consecutive slots from `first` (not to out.records), and their findings name
  /// record indexes from `index_base`: how the CSV reader builds parts of a file on several threads
  /// straight into the final record vector.
  void into_slots(record* first, std::size_t index_base) noexcept {
    slot_ = first;
    index_ = index_base;
  }

  /// Records go into `store` (caseload_store.hpp, issue 25) and are dropped at once: nothing but
  /// the store's row is kept of them. Their findings name the store's row (store.size() then).
  void into_store(caseload_builder* store) noexcept { store_ = store; }

 private:
#if defined(__GNUC__)
  [[gnu::noinline]]
#endif
  void local_value(std::string_view header, std::string_view v);
  /// A value the field's fast read declined: parse_field reads it or gives its finding.
#if defined(__GNUC__)
  [[gnu::noinline]]
#endif
  void not_read_fast(const field_info& f, std::string_view header, std::string_view v);

  read_result& out_;
  std::string file_;
  std::uint32_t source_;
  record current_;  ///< the record of every row, when building into a store
  record* cur_ = &current_;  ///< the record being built (begin() to finish())
  std::size_t first_finding_ = 0;
  /// This row's step and growth_potential as the file wrote them (header, value), for the finding
  /// of SPEC §6 (revised) when the two disagree.
  /// (Views into the row and the header: valid until finish(), which makes the finding.)
  std::pair<std::string_view, std::string_view> step_written_, growth_written_;
  record* slot_ = nullptr;  ///< next slot, when building into slots
  caseload_builder* store_ = nullptr;  ///< the store, when building into a store
  std::size_t index_ = 0;   ///< record index of the next slot
};

}  // namespace pl::io_detail
