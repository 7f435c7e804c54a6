// SPDX-License-Identifier: Apache-2.0
// The caseload store of a pl_record_set seen in place (issue 25): its arrays by name
// (pl_record_set_store_array) and a description of them (pl_record_set_store_layout), so Python
// (NumPy, pandas) and C read the rows without a copy. The layout is data the library writes from
// the C++ types below — every field's name, byte offset, type and "not filled" marker — so the
// struct pl::measurement can change (grow, reorder, become columns) without a caller that reads
// the layout breaking: nothing of it is frozen into participatieladder.h. Personal data (SPEC §11)
// is not in the store, so none is shown here.
#include "c_boundary.hpp"
#include "record_set_handle.hpp"

#include <participatieladder/caseload_store.hpp>
#include <participatieladder/exit_reason.hpp>
#include <participatieladder/fields.hpp>
#include <participatieladder/growth.hpp>
#include <participatieladder/measurement.hpp>
#include <participatieladder/step.hpp>
#include <participatieladder/text_escape.hpp>

#include <climits>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

using namespace pl::capi;

namespace {

/// The layout's version: raised when a caller reading version 1 would misread the new layout
/// (a field's meaning changes); new fields and arrays do not raise it.
constexpr int layout_version = 1;

/// One array of the store, as pl_record_set_store_array gives it.
struct array_view {
  std::string_view name;
  std::string_view type;   ///< "row" (a struct: see "fields"), "uint8" (text), "uint32", "uint64"
  std::size_t element_size;
  std::span<const unsigned char> bytes;
  std::string_view about;  ///< one line for people
};

template <class T>
std::span<const unsigned char> bytes_of(std::span<const T> s) {
  return {reinterpret_cast<const unsigned char*>(s.data()), s.size_bytes()};
}

std::vector<array_view> arrays_of(const pl_record_set& h) {
  const pl::caseload_store& store = *h.set.store;
  const std::string_view ids = store.client_id_text();
  return {
      {"rows", "row", sizeof(pl::measurement), bytes_of(store.rows()),
       "one row per record in input order (rows [0, records)), then one leaving row (step 9 on the exit_date) per record with an exit_date"},
      {"client_id_text", "uint8", 1, {reinterpret_cast<const unsigned char*>(ids.data()), ids.size()},
       "every client id (UTF-8), sorted, one after the other"},
      {"client_id_offsets", "uint64", sizeof(std::uint64_t), bytes_of(store.client_id_offsets()),
       "client c's id is client_id_text[offsets[c], offsets[c + 1])"},
      {"unit_text", "uint8", 1, {reinterpret_cast<const unsigned char*>(h.unit_text.data()), h.unit_text.size()},
       "every unit's caseworker, department and team (UTF-8), one after the other"},
      {"unit_offsets", "uint64", sizeof(std::uint64_t), bytes_of(std::span<const std::uint64_t>(h.unit_offsets)),
       "unit u's caseworker, department, team: unit_text[offsets[3u + k], offsets[3u + k + 1]), k = 0, 1, 2"},
      {"leaving_of", "uint32", sizeof(std::uint32_t), bytes_of(store.leaving_of()),
       "leaving row k (rows[records + k]) stands for the exit_date of record leaving_of[k]"},
  };
}

// ---- the fields of a row, from the C++ types of pl::measurement ------------------------------------

/// How a member is stored: its type name, and the value that means "not filled" (none: always filled).
struct storage {
  std::string_view type;
  std::optional<long long> none;
};
storage storage_of(const pl::day_date*) { return {"int32", INT32_MIN}; }
storage storage_of(const std::uint32_t*) { return {"uint32", std::nullopt}; }
storage storage_of(const std::int32_t*) { return {"int32", std::nullopt}; }
template <class T>
storage storage_of(const pl::compact_optional<T>*) {
  static_assert(sizeof(pl::compact_optional<T>) == 1);
  return {"uint8", 0xFF};
}

/// One field of the row: SPEC §6 key (or the store's own name), what its value means, and for a code
/// its text as the files and the Record message write it.
struct field_view {
  std::string_view name;
  std::size_t offset;
  storage how;
  std::string_view kind;
  std::vector<std::pair<long long, std::string>> codes;
  std::string_view about;
};

/// The byte offset of member `m` (offsetof through a member pointer).
template <class M>
std::size_t offset_of(M pl::measurement::*m) {
  static const pl::measurement probe{};
  return static_cast<std::size_t>(reinterpret_cast<const unsigned char*>(&(probe.*m)) - reinterpret_cast<const unsigned char*>(&probe));
}

template <class M>
field_view field(std::string_view name, M pl::measurement::*m, std::string_view kind, std::string_view about,
                 std::vector<std::pair<long long, std::string>> codes = {}) {
  return {name, offset_of(m), storage_of(static_cast<const M*>(nullptr)), kind, std::move(codes), about};
}

template <class Table, class Text>
std::vector<std::pair<long long, std::string>> codes_of(const Table& table, Text text) {
  std::vector<std::pair<long long, std::string>> out;
  for (const auto& row : table) out.emplace_back(static_cast<long long>(row.code), text(row));
  return out;
}

std::vector<field_view> fields() {
  using m = pl::measurement;
  const auto steps = codes_of(pl::step_table, [](const pl::step_info& i) { return pl::to_string(i.code); });
  const std::vector<std::pair<long long, std::string>> growth{
      {static_cast<long long>(pl::growth::none), std::string(pl::to_string(pl::growth::none))},
      {static_cast<long long>(pl::growth::potential), std::string(pl::to_string(pl::growth::potential))}};
  std::vector<std::pair<long long, std::string>> horizons;
  for (const auto h : {pl::horizon::one_year, pl::horizon::five_years, pl::horizon::ever})
    horizons.emplace_back(static_cast<long long>(h), std::string(pl::to_string(h)));
  const auto incomes = codes_of(pl::income_table, [](const pl::income_info& i) { return std::string(1, i.letter); });
  const auto exits = codes_of(pl::exit_reason_table, [](const pl::exit_reason_info& i) { return std::string(i.key); });
  const std::vector<std::pair<long long, std::string>> yes_no{{0, "no"}, {1, "yes"}};
  const std::string_view yn = "SPEC §6 yes/no";
  field_view client = field("client_id", &m::client, "client", "index of the client id (client_id_text); none: no client id given");
  client.how.none = m::no_client;
  return {
      field("measured_on", &m::measured_on, "date", "SPEC §6 field 10; in a leaving row the record's exit_date"),
      client,
      field("unit", &m::unit, "unit", "index of the unit: caseworker, department, team (unit_text; SPEC §6 field 12)"),
      field("source", &m::source, "source", "index of the file the record was read from (the set's sources)"),
      field("sub_step_base", &m::sub_base, "step", "SPEC §9: the base step of the highest sub-step; not filled: no sub-step", steps),
      field("sub_step_number", &m::sub_number, "number", "SPEC §9: the number of the highest sub-step (with sub_step_base)"),
      field("step", &m::step, "step", "SPEC §6 field 13; 9 in a leaving row", steps),
      field("growth_potential", &m::growth_potential, "code", "SPEC §6 field 14 (graded growth kept as its flag)", growth),
      field("target_step", &m::target_step, "step", "SPEC §5 potentietrede / doeltrede", steps),
      field("target_horizon", &m::target_horizon, "code", "SPEC §5", horizons),
      field("target_growth", &m::target_growth, "code", "SPEC §5", growth),
      field("income_situation", &m::income_situation, "code", "SPEC §6 field 15", incomes),
      field("start_qualification", &m::start_qualification, "yes_no", yn, yes_no),
      field("integration_obligation", &m::integration_obligation, "yes_no", yn, yes_no),
      field("integration_need", &m::integration_need, "yes_no", yn, yes_no),
      field("low_literacy", &m::low_literacy, "yes_no", yn, yes_no),
      field("work_obligation_exemption", &m::work_obligation_exemption, "yes_no", "SPEC §6 field 20 (a municipal code counts as yes)", yes_no),
      field("integration_exemption", &m::integration_exemption, "yes_no", yn, yes_no),
      field("instrument_in_use", &m::instrument_in_use, "yes_no", yn, yes_no),
      field("instrument_deployed", &m::instrument_deployed, "yes_no", yn, yes_no),
      field("exit_reason", &m::exit_reason, "code", "SPEC §6 exit_reason (with step 9, or on a record with exit_date)", exits),
  };
}

std::string number(long long v) { return std::to_string(v); }

std::string layout_json(const pl_record_set& h) {
  const pl::caseload_store& store = *h.set.store;
  std::string j = "{\"layout\":" + number(layout_version) + ",\"day_epoch\":\"1970-01-01\"";
  j += ",\"records\":" + number(static_cast<long long>(store.records()));
  j += ",\"rows\":" + number(static_cast<long long>(store.rows().size()));
  j += ",\"clients\":" + number(static_cast<long long>(store.clients()));
  j += ",\"units\":" + number(static_cast<long long>(store.units().size()));
  j += ",\"row_size\":" + number(static_cast<long long>(sizeof(pl::measurement)));
  j += ",\"arrays\":[";
  bool first = true;
  for (const auto& a : arrays_of(h)) {
    if (!first) j += ',';
    first = false;
    j += "{\"name\":" + pl::json_quote(a.name) + ",\"type\":" + pl::json_quote(a.type) + ",\"element_size\":" +
         number(static_cast<long long>(a.element_size)) + ",\"count\":" + number(static_cast<long long>(a.bytes.size() / a.element_size)) +
         ",\"about\":" + pl::json_quote(a.about) + "}";
  }
  j += "],\"fields\":[";
  first = true;
  for (const auto& f : fields()) {
    if (!first) j += ',';
    first = false;
    j += "{\"name\":" + pl::json_quote(f.name) + ",\"array\":\"rows\",\"offset\":" + number(static_cast<long long>(f.offset)) +
         ",\"type\":" + pl::json_quote(f.how.type) + ",\"kind\":" + pl::json_quote(f.kind);
    if (f.how.none) j += ",\"none\":" + number(*f.how.none);
    if (!f.codes.empty()) {
      j += ",\"codes\":{";
      for (std::size_t i = 0; i < f.codes.size(); ++i)
        j += (i ? "," : "") + pl::json_quote(number(f.codes[i].first)) + ":" + pl::json_quote(f.codes[i].second);
      j += '}';
    }
    j += ",\"about\":" + pl::json_quote(f.about) + "}";
  }
  j += "]}";
  return j;
}

}  // namespace

extern "C" {

PL_EXTERN int pl_record_set_store_layout(const pl_record_set* set, pl_buffer* out) {
  constexpr const char* fn = "pl_record_set_store_layout";
  return door(fn, shape::bytes, out, [&]() -> pl::result<void> {
    PL_TRY(require(set, fn, "set"));
    return write(layout_json(*set), out);
  });
}

PL_EXTERN int pl_record_set_store_array(const pl_record_set* set, const char* name, const void** data, size_t* size) {
  constexpr const char* fn = "pl_record_set_store_array";
  return guard([&]() -> pl::result<void> {
    if (data != nullptr) *data = nullptr;  // every out-parameter given is reset, on every failure
    if (size != nullptr) *size = 0;
    PL_TRY(require(data, fn, "data"));
    PL_TRY(require(size, fn, "size"));
    PL_TRY(require(set, fn, "set"));
    PL_TRY(require(name, fn, "name"));
    std::string known;
    for (const auto& a : arrays_of(*set)) {
      if (a.name == name) {
        *data = a.bytes.data();
        *size = a.bytes.size();
        return pl::success();
      }
      known += (known.empty() ? "" : ", ") + std::string(a.name);
    }
    return pl::fail(pl::errc::invalid_argument, std::string(fn) + ": name " + pl::json_quote(name) + " is no array of the store (" + known + ")");
  });
}

}  // extern "C"
