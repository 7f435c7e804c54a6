// SPDX-License-Identifier: Apache-2.0
// Status codes, the per-thread last error and output buffers of the C ABI.
#include "c_boundary.hpp"

#include "io/message_text.hpp"
#include "messages/decode.hpp"
#include "messages/json.hpp"
#include "messages/read_options_message.hpp"

#include <climits>
#include <cstdlib>
#include <cstring>

namespace pl::capi {

namespace {
thread_local std::string last_error;
}

int set_error(errc c, std::string message) noexcept {
  try {
    last_error = io_detail::valid_utf8(message);  // valid UTF-8 whatever was echoed (a caller's name, bytes)
  } catch (...) {
    last_error.clear();  // no memory for the message; the status still says what happened
  }
  return status_of(c);
}

int set_error(const error& e) noexcept { return set_error(e.value(), e.message); }

const std::string& last_error_text() noexcept { return last_error; }

namespace {
/// The C name of a status ("PL_E_PARSE"): the header's enum, one line each.
const char* status_symbol(int status) noexcept {
  switch (status) {
    case PL_OK: return "PL_OK";
    case PL_E_INVALID_ARGUMENT: return "PL_E_INVALID_ARGUMENT";
    case PL_E_PARSE: return "PL_E_PARSE";
    case PL_E_IO: return "PL_E_IO";
    case PL_E_FORMAT: return "PL_E_FORMAT";
    case PL_E_CONFIG: return "PL_E_CONFIG";
    case PL_E_STATE: return "PL_E_STATE";
    case PL_E_DECODE: return "PL_E_DECODE";
    case PL_E_VERSION: return "PL_E_VERSION";
    case PL_E_INTERNAL: return "PL_E_INTERNAL";
    case PL_E_NO_MEMORY: return "PL_E_NO_MEMORY";
  }
  return "PL_E_INTERNAL";
}
}  // namespace

namespace {
/// `text` (valid UTF-8: set_error made it so) as a JSON string literal (RFC 8259 §7).
void append_json_string(std::string& out, const std::string& text) {
  out += '"';
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (u < 0x20) {
      static constexpr char hex[] = "0123456789abcdef";
      out += "\\u00";
      out += hex[u >> 4];
      out += hex[u & 0xf];
    } else {
      out += c;
    }
  }
  out += '"';
}
}  // namespace

std::string error_json(int status, const std::string& message) noexcept {
  try {
    // Written here, not through the v1 mapping: the error is no v1 message, and this must work
    // whatever failed (the shape is fixed in docs/c-abi.md and tested in tests/abi).
    std::string json = "{\"error\":{\"code\":\"";
    json += status_symbol(status);
    json += "\",\"status\":" + std::to_string(status) + ",\"message\":";
    append_json_string(json, message);
    json += "}}";
    return json;
  } catch (...) {
    return {};
  }
}

void write_error(int status, pl_buffer* out) noexcept {
  try {
    const std::string json = error_json(status, last_error);
    if (json.empty() || !write(json, out)) reset(out);
  } catch (...) {
    reset(out);
  }
}

result<void> read(const message_in& in, google::protobuf::Message& m) {
  if (!in.is_json) return messages::decode(in.data, in.size, m, in.name);
  if (in.json == nullptr && !in.optional) return fail(errc::invalid_argument, in.name + " is NULL");
  if (in.json == nullptr || *in.json == '\0') {
    m.Clear();
    return success();
  }
  return messages::from_json(in.json, m, in.name);
}

result<void> give(const google::protobuf::Message& m, shape s, pl_buffer* out) {
  return s == shape::json ? write_json(m, out) : write(m, out);
}

result<void> write(const google::protobuf::MessageLite& m, pl_buffer* out) {
  const std::size_t size = m.ByteSizeLong();
  if (size > static_cast<std::size_t>(INT_MAX)) return fail(errc::internal, "output message of " + std::to_string(size) + " bytes exceeds 2 GiB");
  auto* data = static_cast<unsigned char*>(std::malloc(size + 1));
  if (data == nullptr) return fail(errc::no_memory, "cannot allocate " + std::to_string(size) + " bytes for the output");
  m.SerializeWithCachedSizesToArray(data);
  data[size] = 0;
  out->data = data;
  out->size = size;
  return success();
}

result<void> write(const std::string& text, pl_buffer* out) {
  auto* data = static_cast<unsigned char*>(std::malloc(text.size() + 1));
  if (data == nullptr) return fail(errc::no_memory, "cannot allocate " + std::to_string(text.size()) + " bytes for the output");
  std::memcpy(data, text.data(), text.size());
  data[text.size()] = 0;
  out->data = data;
  out->size = text.size();
  return success();
}

result<void> write_json(const google::protobuf::Message& m, pl_buffer* out) {
  PL_TRY(json, messages::to_json(m));
  return write(json, out);
}

result<pipeline::record_set> read_file_bytes(const char* fn, const void* data, std::size_t size, const char* source_name,
                                             int format, const participatieladder::v1::ReadOptions& options) {
  PL_TRY(how, messages::from_message(options, "ReadOptions"));
  if (data == nullptr && size != 0)
    return fail(errc::invalid_argument, std::string(fn) + ": data is NULL but size is " + std::to_string(size));
  pipeline::input_format f;
  switch (format) {
    case PL_FORMAT_CSV: f = pipeline::input_format::csv; break;
    case PL_FORMAT_JSONL: f = pipeline::input_format::jsonl; break;
    case PL_FORMAT_AUTO: f = pipeline::input_format::automatic; break;
    default:
      return fail(errc::invalid_argument, std::string(fn) + ": format = " + std::to_string(format) +
                                              " is not PL_FORMAT_CSV (0), PL_FORMAT_JSONL (1) or PL_FORMAT_AUTO (2)");
  }
  const std::string_view bytes(static_cast<const char*>(data), data ? size : 0);
  return pipeline::read_bytes(bytes, source_name ? source_name : "input", f, how);
}

}  // namespace pl::capi

using namespace pl::capi;

extern "C" {

PL_EXTERN const char* pl_status_str(int status) {
  if (status == PL_OK) return "OK";
  if (status < 0 && status > INT_MIN) {
    // errc_name returns views of string literals: NUL-terminated, static storage.
    const std::string_view name = pl::errc_name(static_cast<pl::errc>(-status));
    if (name != pl::errc_name(static_cast<pl::errc>(0))) return name.data();
  }
  return "unknown status";
}

PL_EXTERN const char* pl_last_error(void) { return last_error.c_str(); }

PL_EXTERN void pl_clear_error(void) { last_error.clear(); }

PL_EXTERN void pl_buffer_free(pl_buffer* buf) {
  if (buf == nullptr) return;
  std::free(buf->data);
  buf->data = nullptr;
  buf->size = 0;
}

}  // extern "C"
