// SPDX-License-Identifier: Apache-2.0
// The kind check of every handle argument (handle.hpp, issue 20).
#include "c_boundary.hpp"
#include "handle.hpp"

#include <cstring>
#include <string>

namespace pl::capi {

const char* handle_name(handle_kind k) noexcept {
  switch (k) {
    case handle_kind::engine: return "pl_engine";
    case handle_kind::session: return "pl_session";
    case handle_kind::record_set: return "pl_record_set";
    case handle_kind::freed: return "freed handle";
  }
  return nullptr;
}

namespace {

/// The kind at offset 0 of `p` (every handle's first base is `handle`).
handle_kind kind_at(const void* p) noexcept {
  handle_kind k{};
  std::memcpy(&k, p, sizeof k);
  return k;
}

result<void> require_kind(const void* p, handle_kind expected, const char* fn, const char* arg) {
  if (p == nullptr) return fail(errc::invalid_argument, std::string(fn) + ": " + arg + " is NULL");
  const handle_kind found = kind_at(p);
  if (found == expected) return success();
  const char* name = handle_name(found);
  return fail(errc::invalid_argument, std::string(fn) + ": " + arg + " is " +
                                          (name ? std::string("a ") + name : std::string("not a handle of this library")) +
                                          ", not a " + handle_name(expected));
}

}  // namespace

result<void> require(const pl_engine* p, const char* fn, const char* arg) { return require_kind(p, handle_kind::engine, fn, arg); }
result<void> require(const pl_session* p, const char* fn, const char* arg) { return require_kind(p, handle_kind::session, fn, arg); }
result<void> require(const pl_record_set* p, const char* fn, const char* arg) {
  return require_kind(p, handle_kind::record_set, fn, arg);
}

}  // namespace pl::capi
