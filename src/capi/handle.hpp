// SPDX-License-Identifier: Apache-2.0
// The kind of every opaque handle of the C ABI (pl_engine, pl_session, pl_record_set; issue 20).
// Every handle struct derives first from `handle`, so the first eight bytes of every handle the
// library made are its kind, written by the constructor. An entry given a pointer to another kind
// of handle in place of its own (easy from C with a cast, and from Java, .NET or Python where a
// handle is an untyped pointer) reads only those eight bytes — memory the library wrote — and
// returns PL_E_INVALID_ARGUMENT naming the kind it got (c_boundary.hpp: require). A freed handle's
// kind is overwritten with `freed` as a best effort; using a freed handle stays undefined.
#pragma once

#include <cstdint>
#include <new>
#include <utility>

namespace pl::capi {

/// Eight ASCII letters each, so a memory dump shows them.
enum class handle_kind : std::uint64_t {
  engine = 0x454e49474e454c50ULL,      // "PLENGINE" (little-endian)
  session = 0x4e4f495353455350ULL,     // "PSESSION"
  record_set = 0x5445534345524c50ULL,  // "PLRECSET"
  freed = 0x4445455246464f50ULL,       // "POFFREED"
};

/// The first base of every handle: its kind, at offset 0.
struct handle {
  explicit handle(handle_kind k) noexcept : kind(k) {}
  handle(const handle&) = delete;
  handle& operator=(const handle&) = delete;
  handle_kind kind;
};

/// The name of `k` as the C header spells the type ("pl_engine"), or nullptr for no kind.
const char* handle_name(handle_kind k) noexcept;

/// Mark `h` freed (a volatile store, so it is not optimised away before the delete).
inline void mark_freed(handle& h) noexcept { *static_cast<volatile handle_kind*>(&h.kind) = handle_kind::freed; }

}  // namespace pl::capi
