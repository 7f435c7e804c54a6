// SPDX-License-Identifier: Apache-2.0
// The error model: Boost.Outcome `result<T>` carrying a `pl::error` (one registered
// std::error_category plus a human message that names where and why).
//
// Errors are for bad input, misuse and internal failure only. A *finding* (a failed consistency
// check, an incomplete questionnaire) is data in a result, never an error.
//
// The numeric values of `pl::errc` are part of the stable C ABI (negated as PL_E_* status codes in
// participatieladder.h) and are never renumbered or reused.
#pragma once

#include <boost/outcome/std_result.hpp>
#include <boost/outcome/try.hpp>

#include <string>
#include <string_view>
#include <system_error>
#include <utility>

namespace pl {

enum class errc : int {
  invalid_argument = 1,  ///< a NULL pointer, an unknown option, a value outside its domain
  parse = 2,             ///< text that cannot be read: notation, date, number, yes/no, JSON
  io = 3,                ///< a file cannot be opened or read
  format = 4,            ///< a file is not of the expected kind (not CSV, required column missing)
  config = 5,            ///< a configuration is invalid (unknown check id, bad severity)
  state = 6,             ///< an operation that is not allowed in the current state (session)
  decode = 7,            ///< bytes that are not the expected protobuf message
  version = 8,           ///< version mismatch between caller and library
  internal = 9,          ///< an unexpected failure inside the library (bug)
  no_memory = 10,        ///< allocation failed
};

/// Short stable name of a code ("parse", "io", ...).
constexpr std::string_view errc_name(errc c) noexcept {
  switch (c) {
    case errc::invalid_argument: return "invalid argument";
    case errc::parse: return "parse error";
    case errc::io: return "I/O error";
    case errc::format: return "input format error";
    case errc::config: return "configuration error";
    case errc::state: return "invalid state";
    case errc::decode: return "decode error";
    case errc::version: return "version mismatch";
    case errc::internal: return "internal error";
    case errc::no_memory: return "out of memory";
  }
  return "unknown error";
}

/// The code of an error as an identifier (`parse_error`, `invalid_argument`, …): the JavaScript
/// binding's `ParticipatieladderError.code`, stable like the C status codes (PL_E_*).
constexpr std::string_view errc_id(errc c) noexcept {
  switch (c) {
    case errc::invalid_argument: return "invalid_argument";
    case errc::parse: return "parse_error";
    case errc::io: return "io_error";
    case errc::format: return "format_error";
    case errc::config: return "config_error";
    case errc::state: return "invalid_state";
    case errc::decode: return "decode_error";
    case errc::version: return "version_mismatch";
    case errc::internal: return "internal_error";
    case errc::no_memory: return "out_of_memory";
  }
  return "unknown_error";
}

namespace detail {
class error_category_impl final : public std::error_category {
 public:
  const char* name() const noexcept override { return "participatieladder"; }
  std::string message(int value) const override { return std::string(errc_name(static_cast<errc>(value))); }
};
}  // namespace detail

namespace detail {
/// Constant-initialized (its constructor is constexpr): no guard on use, so a default pl::error —
/// which every result<T> holds, also on success — costs no call.
inline const error_category_impl error_category_instance{};
}  // namespace detail

/// The single error category of the library.
inline const std::error_category& error_category() noexcept { return detail::error_category_instance; }

inline std::error_code make_error_code(errc c) noexcept { return {static_cast<int>(c), error_category()}; }

/// An error: a code from the category above plus a message naming where (file, line, key, value)
/// and why. Messages never contain personal data (SPEC §11).
struct error {
  std::error_code code{0, error_category()};  ///< (not std::error_code{}: that calls system_category(), out of line)
  std::string message;     ///< English (the C ABI's pl_last_error, exceptions in the bindings)
  std::string message_nl;  ///< Dutch, when the error was built from the message table (error_text.hpp)

  errc value() const noexcept { return static_cast<errc>(code.value()); }
};

/// Outcome hooks: lets `result<T>` treat `pl::error` like an error code with a payload.
inline std::error_code make_error_code(const error& e) noexcept { return e.code; }
[[noreturn]] inline void outcome_throw_as_system_error_with_payload(const error& e) {
  throw std::system_error(e.code, e.message);
}

template <class T>
using result = BOOST_OUTCOME_V2_NAMESPACE::std_result<T, error>;

using BOOST_OUTCOME_V2_NAMESPACE::success;

/// Build a failure value: `return fail(errc::parse, "…");`
inline error fail(errc c, std::string message) { return error{make_error_code(c), std::move(message), {}}; }

}  // namespace pl

template <>
struct std::is_error_code_enum<pl::errc> : std::true_type {};

/// Propagate an error from a `result` expression (Boost.Outcome's TRY).
#define PL_TRY BOOST_OUTCOME_TRY
