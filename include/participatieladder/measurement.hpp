// SPDX-License-Identifier: Apache-2.0
// One measurement as the caseload store keeps it (SPEC §6, §7, §10; issue 25): the fields the
// management tables read, in 36 bytes instead of a pl::record's ~1.2 KiB. Personal data (names,
// BSN, address, birth date, free text) is not kept: no table counts it. Text that repeats
// (client id, caseworker, department, team) is an index into the store (caseload.hpp).
//
// The members carry the names and the meaning of pl::record's members, so one rule reads both:
// a yes/no is "not filled", yes or no (compact_optional<bool>), a date "not filled" or a day
// (day_date), exactly as std::optional in pl::record.
#pragma once

#include "date.hpp"
#include "exit_reason.hpp"
#include "growth.hpp"
#include "record.hpp"
#include "step.hpp"

#include <climits>
#include <cstdint>
#include <optional>
#include <type_traits>

namespace pl {

/// std::optional<T> for a one-byte enum or bool, in one byte: 0xFF is "not filled".
template <class T>
class compact_optional {
  static_assert(std::is_same_v<T, bool> || (std::is_enum_v<T> && sizeof(T) == 1), "one-byte enums and bool only");
  static constexpr std::uint8_t none = 0xFF;
  std::uint8_t v_ = none;

 public:
  constexpr compact_optional() noexcept = default;
  constexpr compact_optional(std::nullopt_t) noexcept {}
  constexpr compact_optional(T v) noexcept : v_(static_cast<std::uint8_t>(v)) {}
  constexpr compact_optional(const std::optional<T>& v) noexcept : v_(v ? static_cast<std::uint8_t>(*v) : none) {}
  constexpr bool has_value() const noexcept { return v_ != none; }
  constexpr explicit operator bool() const noexcept { return has_value(); }
  constexpr T operator*() const noexcept { return static_cast<T>(v_); }
  constexpr T value_or(T other) const noexcept { return has_value() ? **this : other; }
  constexpr operator std::optional<T>() const noexcept { return has_value() ? std::optional<T>(**this) : std::nullopt; }
  /// As std::optional: equal to a value only when filled with it.
  friend constexpr bool operator==(const compact_optional& a, T b) noexcept { return a.has_value() && *a == b; }
  friend constexpr bool operator==(const compact_optional& a, std::nullopt_t) noexcept { return !a.has_value(); }
  friend constexpr bool operator==(const compact_optional&, const compact_optional&) noexcept = default;
};

/// std::optional<date> in four bytes: a day number (date::days()), or not filled.
class day_date {
  static constexpr std::int32_t none = INT32_MIN;
  std::int32_t d_ = none;

  struct arrow {  // `m.measured_on->year`
    date d;
    constexpr const date* operator->() const noexcept { return &d; }
  };

 public:
  constexpr day_date() noexcept = default;
  constexpr day_date(const std::optional<date>& d) noexcept : d_(d ? static_cast<std::int32_t>(d->days()) : none) {}
  constexpr day_date(const date& d) noexcept : d_(static_cast<std::int32_t>(d.days())) {}
  constexpr bool has_value() const noexcept { return d_ != none; }
  constexpr explicit operator bool() const noexcept { return has_value(); }
  constexpr date operator*() const noexcept { return date::from_days(d_); }
  constexpr arrow operator->() const noexcept { return {**this}; }
  /// The day number; only for a filled date.
  constexpr std::int32_t days() const noexcept { return d_; }
  constexpr operator std::optional<date>() const noexcept { return has_value() ? std::optional<date>(**this) : std::nullopt; }
  friend constexpr bool operator==(const day_date&, const day_date&) noexcept = default;
};

/// One row of the caseload store.
struct measurement {
  static constexpr std::uint32_t no_client = UINT32_MAX;

  day_date measured_on;                          ///< 10
  std::uint32_t client = no_client;              ///< index of the client id in the store; no_client: none given
  std::uint32_t unit = 0;                        ///< index of (caseworker, department, team) in the store, field 12
  std::int32_t sub_number = 0;                   ///< §9: the highest sub-step's number (with sub_base)
  std::uint32_t source = 0;                      ///< the file it was read from
  compact_optional<pl::step> sub_base;           ///< §9: the highest sub-step's base step; empty: no sub-step
  compact_optional<pl::step> step;               ///< 13
  compact_optional<growth> growth_potential;     ///< 14
  compact_optional<pl::step> target_step;        ///< potentietrede / doeltrede
  compact_optional<horizon> target_horizon;
  compact_optional<growth> target_growth;
  compact_optional<pl::income> income_situation; ///< 15
  compact_optional<bool> start_qualification;    ///< 16
  compact_optional<bool> integration_obligation; ///< 17
  compact_optional<bool> integration_need;       ///< 18
  compact_optional<bool> low_literacy;           ///< 19
  compact_optional<bool> work_obligation_exemption;  ///< 20
  compact_optional<bool> integration_exemption;  ///< 21
  compact_optional<bool> instrument_in_use;      ///< 22
  compact_optional<bool> instrument_deployed;    ///< 23
  compact_optional<pl::exit_reason> exit_reason; ///< with step 9

  /// The highest registered sub-step (SPEC §9), as record::highest_sub_step().
  std::optional<sub_step> highest_sub_step() const noexcept {
    if (!sub_base) return std::nullopt;
    return sub_step{*sub_base, sub_number};
  }
};

static_assert(sizeof(measurement) <= 36, "the store's row: keep it small (issue 25: at most 64 bytes per record in all)");

}  // namespace pl
