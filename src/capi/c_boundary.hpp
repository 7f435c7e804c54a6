// SPDX-License-Identifier: Apache-2.0
// The C boundary (docs/c-abi.md): every entry point runs its body through `guard`, which turns a
// pl::result error into a negative status plus the per-thread last-error message, and catches
// every exception — neither Outcome nor exceptions cross the ABI.
#pragma once

#include <participatieladder.h>
#include <participatieladder/error.hpp>

#include <google/protobuf/message_lite.h>

#include <cstddef>
#include <string>

namespace pl::capi {

/// The status of an error code: the pl::errc value negated (never renumbered).
constexpr int status_of(errc c) noexcept { return -static_cast<int>(c); }

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

}  // namespace pl::capi
