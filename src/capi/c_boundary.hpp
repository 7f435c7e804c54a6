// SPDX-License-Identifier: Apache-2.0
// The C boundary (docs/c-abi.md): every entry point runs its body through `guard`, which turns a
// pl::result error into a negative status plus the per-thread last-error message, and catches
// every exception — neither Outcome nor exceptions cross the ABI.
#pragma once

#include <participatieladder.h>
#include <participatieladder/error.hpp>

#include "pipeline/record_set.hpp"

#include <participatieladder/v1/read.pb.h>

#include <google/protobuf/message.h>
#include <google/protobuf/message_lite.h>

#include <cstddef>
#include <string>
#include <utility>

namespace pl::capi {

/// The status of an error code: the pl::errc value negated (never renumbered).
constexpr int status_of(errc c) noexcept { return -static_cast<int>(c); }

// The one table pl::errc -> PL_E_* (and, in bindings/python/participatieladder/errors.py, the
// exception classes, tested against pl_status_str): tied here so neither side can drift.
static_assert(status_of(errc::invalid_argument) == PL_E_INVALID_ARGUMENT);
static_assert(status_of(errc::parse) == PL_E_PARSE);
static_assert(status_of(errc::io) == PL_E_IO);
static_assert(status_of(errc::format) == PL_E_FORMAT);
static_assert(status_of(errc::config) == PL_E_CONFIG);
static_assert(status_of(errc::state) == PL_E_STATE);
static_assert(status_of(errc::decode) == PL_E_DECODE);
static_assert(status_of(errc::version) == PL_E_VERSION);
static_assert(status_of(errc::internal) == PL_E_INTERNAL);
static_assert(status_of(errc::no_memory) == PL_E_NO_MEMORY);

/// Keep `message` as this thread's last error and return the status of `c`.
int set_error(errc c, std::string message) noexcept;
int set_error(const error& e) noexcept;

/// A non-NULL check for a pointer argument of function `fn`.
template <class T>
result<void> require(const T* p, const char* fn, const char* arg) {
  if (p == nullptr) return fail(errc::invalid_argument, std::string(fn) + ": " + arg + " is NULL");
  return success();
}

/// The handle checks (handle.hpp): NULL, or a pointer to another kind of handle, is
/// errc::invalid_argument naming the function, the argument and the kind found. Only the kind at
/// offset 0 is read — memory the library wrote when it made the handle. These overloads win over
/// the template above for the handle types.
result<void> require(const pl_engine* p, const char* fn, const char* arg);
result<void> require(const pl_session* p, const char* fn, const char* arg);
result<void> require(const pl_record_set* p, const char* fn, const char* arg);

/// Run `body` (returning result<void>) at the C boundary.
template <class F>
int guard(F&& body) noexcept {
  try {
    result<void> r = body();
    if (r) return PL_OK;
    return set_error(r.error());
  } catch (const std::bad_alloc&) {
    return set_error(errc::no_memory, "out of memory");
  } catch (const std::exception& e) {
    return set_error(errc::internal, std::string("unexpected exception: ") + e.what());
  } catch (...) {
    return set_error(errc::internal, "unexpected exception of unknown type");
  }
}

/// The shape of a door's messages: serialized protobuf bytes, or the one JSON mapping
/// (messages/json.hpp) for callers without a protobuf library (Java, .NET: docs/c-abi.md "JSON entries").
enum class shape { bytes, json };

/// A message argument as the caller passed it: bytes (`data`, `size`; NULL/0 is the empty message)
/// or NUL-terminated JSON (`json`; NULL or "" is the empty message when `optional`, else NULL is
/// errc::invalid_argument). `name` names it in messages.
struct message_in {
  const void* data = nullptr;
  std::size_t size = 0;
  const char* json = nullptr;
  bool is_json = false;
  bool optional = true;
  std::string name;

  static message_in bytes(const void* data, std::size_t size, std::string name) { return {data, size, nullptr, false, true, std::move(name)}; }
  static message_in text(const char* json, std::string name, bool optional) { return {nullptr, 0, json, true, optional, std::move(name)}; }
};

/// Read `in` into `m`: bytes strictly (messages/decode.hpp: errc::decode), JSON with the one
/// mapping (errc::parse).
result<void> read(const message_in& in, google::protobuf::Message& m);

/// Write `m` into `out` in shape `s`.
result<void> give(const google::protobuf::Message& m, shape s, pl_buffer* out);

/// Write text output (HTML, CSV, an .xlsx file): the same bytes in both shapes.
result<void> write(const std::string& text, pl_buffer* out);
inline result<void> give(const std::string& text, shape, pl_buffer* out) { return write(text, out); }

/// A door's error object as JSON: {"error":{"code":"PL_E_PARSE","status":-2,"message":"..."}}
/// (docs/c-abi.md "JSON entries"), written with the one JSON mapping. Empty on no memory.
std::string error_json(int status, const std::string& message) noexcept;

/// This thread's last error (set by the failure being reported).
const std::string& last_error_text() noexcept;

/// Empty `out` (after its NULL check) so that it is {NULL, 0} on every failure.
inline void reset(pl_buffer* out) noexcept {
  out->data = nullptr;
  out->size = 0;
}

/// `out` := the error object of `status` and this thread's last error (best effort: left empty
/// when there is no memory for it).
void write_error(int status, pl_buffer* out) noexcept;

/// One entry `fn` writing into `out` in shape `s`: checks `out` and empties it, runs `body`
/// (result<void>, writing `out` on success) through `guard`. On failure a bytes door leaves `out`
/// empty; a JSON door writes the error object (error_json) into `out`, so a caller reads the
/// error from the same call's output, on whatever thread it continues (the status is returned and
/// kept as the thread's last error too).
template <class F>
int door(const char* fn, shape s, pl_buffer* out, F&& body) noexcept {
  if (out == nullptr) return set_error(errc::invalid_argument, std::string(fn) + ": out is NULL");
  reset(out);
  const int status = guard(body);
  if (status != PL_OK && s == shape::json) write_error(status, out);
  return status;
}

/// A JSON constructor (pl_engine_new_json, pl_record_set_read_json): its output is a handle, so the
/// error object goes to the separate buffer `error` (may be NULL; left empty on success).
template <class F>
int door_with_error(pl_buffer* error, F&& body) noexcept {
  if (error != nullptr) reset(error);
  const int status = guard(body);
  if (status != PL_OK && error != nullptr) write_error(status, error);
  return status;
}

/// Serialize `m` into library-owned memory in `out`.
result<void> write(const google::protobuf::MessageLite& m, pl_buffer* out);

/// Copy `text` into library-owned memory in `out`, NUL-terminated.
result<void> write(const std::string& text, pl_buffer* out);

/// `m` as JSON (messages/json.hpp: the same JSON as pladder --format json) into `out`.
result<void> write_json(const google::protobuf::Message& m, pl_buffer* out);

/// Read the bytes of one file (the `data`/`size`/`source_name`/`format` arguments of function `fn`)
/// into a record set: the pipeline's read step.
result<pipeline::record_set> read_file_bytes(const char* fn, const void* data, std::size_t size, const char* source_name,
                                             int format, const participatieladder::v1::ReadOptions& options);

}  // namespace pl::capi
