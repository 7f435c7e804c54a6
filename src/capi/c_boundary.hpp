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

/// Empty `out` (after its NULL check) so that it is {NULL, 0} on every failure.
inline void reset(pl_buffer* out) noexcept {
  out->data = nullptr;
  out->size = 0;
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
