// SPDX-License-Identifier: Apache-2.0
// The C ABI as the fuzz targets call it: one engine per process, calls whose texts (the response's
// strings or pl_last_error) come back as `messages` for the properties of fuzz_support.hpp.
#pragma once

#include "fuzz_support.hpp"

#include <participatieladder.h>

#include <google/protobuf/message.h>

#include <string>
#include <string_view>

namespace pl::fuzz {

inline const pl_engine* engine() {
  static pl_engine* e = [] {
    pl_engine* made = nullptr;
    if (pl_engine_new(nullptr, 0, &made) != PL_OK) fail(std::string("pl_engine_new: ") + pl_last_error());
    return made;
  }();
  return e;
}

/// Owns a pl_buffer.
struct buffer {
  pl_buffer b = PL_BUFFER_INIT;
  buffer() = default;
  buffer(const buffer&) = delete;
  buffer& operator=(const buffer&) = delete;
  ~buffer() { pl_buffer_free(&b); }
  pl_buffer* operator&() { return &b; }
  std::string_view bytes() const { return b.data ? std::string_view(reinterpret_cast<const char*>(b.data), b.size) : std::string_view(); }
};

/// After a call of `fn` that returned `rc` with output `out`: on failure the last error (and, as
/// documented, an empty buffer — or, for a `_json` twin, the error object
/// `{"error":{"code":"PL_E_...` in it, docs/c-abi.md "JSON entries", whose text is checked like the
/// last error); on success the strings of `out` parsed as `response` (a message that does not parse
/// — e.g. invalid UTF-8 in a string — is a failure).
inline messages outcome(const char* fn, int rc, const buffer& out, google::protobuf::Message* response) {
  messages ms;
  if (rc != PL_OK) {
    const std::string_view name(fn);
    const bool json_twin = name.size() > 5 && name.substr(name.size() - 5) == "_json" && name.rfind("pl_message_", 0) != 0;
    if (json_twin) {
      if (out.bytes().rfind("{\"error\":{\"code\":\"PL_E_", 0) != 0)
        fail(std::string(fn) + ": failed without the error object in its output");
      ms.emplace_back(std::string(fn) + " error object", std::string(out.bytes()));
    } else if (out.b.data != nullptr || out.b.size != 0) {
      fail(std::string(fn) + ": failed but left output in the buffer");
    }
    if (rc < PL_E_NO_MEMORY || rc > -1) fail(std::string(fn) + ": status " + std::to_string(rc) + " is not a PL_E_* code");
    if (rc == PL_E_INTERNAL) fail(std::string(fn) + ": PL_E_INTERNAL (a bug): " + pl_last_error());
    ms.emplace_back(std::string(fn) + " pl_last_error", pl_last_error());
    return ms;
  }
  if (response) {
    response->Clear();
    if (!response->ParseFromArray(out.b.data, static_cast<int>(out.b.size)))
      fail(std::string(fn) + ": output does not parse as " + response->GetTypeName());
    collect_strings(*response, std::string(fn), ms);
  }
  return ms;
}

}  // namespace pl::fuzz
