// SPDX-License-Identifier: Apache-2.0
// The record set behind the opaque pl_record_set handle (issue 13): file bytes read once, then
// checked and reported on any number of times without re-reading or re-serialising the records.
// Every function is a door to the same pipeline calls as the message functions: read through
// read_file_bytes (as pl_read_records_v2), join with pipeline::append (as pl_record_sets_concat),
// check with messages::check (as pl_check_file), report through report_door.hpp (as pl_report*).
// The handle is immutable after it is made, so any number of threads may use one at once.
#include "c_boundary.hpp"
#include "engine.hpp"
#include "report_door.hpp"

#include "messages/check_message.hpp"
#include "messages/decode.hpp"
#include "messages/record_message.hpp"

#include <cstdint>
#include <cstring>
#include <utility>

using namespace pl::capi;
namespace v1 = participatieladder::v1;

struct pl_record_set {
  /// "PLRECSET": tells a record-set handle from another handle passed in its place (an engine, a
  /// session). Cleared by pl_record_set_free (a volatile store, so it is not optimised away) as a
  /// best effort; using a freed handle stays undefined, as for every handle.
  static constexpr std::uint64_t live = 0x504c524543534554ULL;

  explicit pl_record_set(pl::pipeline::record_set s) : set(std::move(s)) {}
  pl_record_set(const pl_record_set&) = delete;
  pl_record_set& operator=(const pl_record_set&) = delete;

  std::uint64_t tag = live;                 ///< first member: read before anything else
  const pl::pipeline::record_set set;      ///< never changed after construction
};

namespace {

/// The record set of handle argument `arg` of function `fn`: NULL, or a pointer to another kind of
/// handle, is errc::invalid_argument.
pl::result<const pl::pipeline::record_set*> set_of(const pl_record_set* h, const char* fn, const char* arg) {
  PL_TRY(require(h, fn, arg));
  std::uint64_t tag = 0;
  std::memcpy(&tag, static_cast<const void*>(h), sizeof tag);
  if (tag != pl_record_set::live)
    return pl::fail(pl::errc::invalid_argument, std::string(fn) + ": " + arg + " is not a pl_record_set (another handle?)");
  return &h->set;
}

/// Read options belong to pl_record_set_read: a set is read once, so options that ask to read it
/// again another way are refused rather than silently ignored.
pl::result<void> no_read_options(const v1::ReadOptions& read, const char* fn, const char* options) {
  if (read.ByteSizeLong() == 0) return pl::success();
  return pl::fail(pl::errc::invalid_argument, std::string(fn) + ": " + options +
                                                  ".read is set, but the record set is already read: pass the read options to "
                                                  "pl_record_set_read");
}

/// The ReportOptions argument of a report function over a handle.
pl::result<v1::ReportOptions> report_options(const void* options, std::size_t size, const char* fn) {
  v1::ReportOptions o;
  PL_TRY(pl::messages::decode(options, size, o, "options"));
  PL_TRY(no_read_options(o.read(), fn, "ReportOptions"));
  return o;
}

/// The HTML or XLSX report (`render`, report_door.hpp) over handle `set`, as function `fn`.
int report_document(const char* fn, const pl_engine* engine, const pl_record_set* set, const void* options, std::size_t options_size,
                    int lang, pl_buffer* out,
                    pl::result<std::string> (*render)(const pl_engine&, const pl::pipeline::record_set&, const v1::ReportOptions&, pl::lang)) {
  return guard([&]() -> pl::result<void> {
    PL_TRY(require(out, fn, "out"));
    reset(out);
    PL_TRY(require(engine, fn, "engine"));
    PL_TRY(s, set_of(set, fn, "set"));
    PL_TRY(language, language_of(fn, lang));
    PL_TRY(o, report_options(options, options_size, fn));
    PL_TRY(document, render(*engine, *s, o, language));
    return write(document, out);
  });
}

}  // namespace

extern "C" {

PL_EXTERN int pl_record_set_read(const pl_engine* engine, const void* data, size_t size, const char* source_name, int format,
                                 const void* read_options, size_t read_options_size, pl_record_set** out) {
  return guard([&]() -> pl::result<void> {
    PL_TRY(require(out, "pl_record_set_read", "out"));
    *out = nullptr;
    PL_TRY(require(engine, "pl_record_set_read", "engine"));
    v1::ReadOptions o;
    PL_TRY(pl::messages::decode(read_options, read_options_size, o, "read_options"));
    PL_TRY(set, read_file_bytes("pl_record_set_read", data, size, source_name, format, o));
    *out = new pl_record_set(std::move(set));
    return pl::success();
  });
}

PL_EXTERN int pl_record_set_concat(const pl_record_set* first, const pl_record_set* second, pl_record_set** out) {
  return guard([&]() -> pl::result<void> {
    PL_TRY(require(out, "pl_record_set_concat", "out"));
    *out = nullptr;
    PL_TRY(a, set_of(first, "pl_record_set_concat", "first"));
    PL_TRY(b, set_of(second, "pl_record_set_concat", "second"));
    pl::pipeline::record_set joined = *a;
    pl::pipeline::append(joined, pl::pipeline::record_set(*b));
    *out = new pl_record_set(std::move(joined));
    return pl::success();
  });
}

PL_EXTERN void pl_record_set_free(pl_record_set* set) {
  if (set == nullptr) return;
  *static_cast<volatile std::uint64_t*>(&set->tag) = 0;
  delete set;
}

PL_EXTERN int pl_record_set_info(const pl_record_set* set, pl_buffer* out) {
  return guard([&]() -> pl::result<void> {
    PL_TRY(require(out, "pl_record_set_info", "out"));
    reset(out);
    PL_TRY(s, set_of(set, "pl_record_set_info", "set"));
    return write(pl::messages::info_message(*s), out);
  });
}

PL_EXTERN int pl_record_set_message(const pl_record_set* set, pl_buffer* out) {
  return guard([&]() -> pl::result<void> {
    PL_TRY(require(out, "pl_record_set_message", "out"));
    reset(out);
    PL_TRY(s, set_of(set, "pl_record_set_message", "set"));
    return write(pl::messages::to_message(*s), out);
  });
}

PL_EXTERN int pl_record_set_check(const pl_engine* engine, const pl_record_set* set, const void* options, size_t options_size,
                                  pl_buffer* out) {
  return guard([&]() -> pl::result<void> {
    PL_TRY(require(out, "pl_record_set_check", "out"));
    reset(out);
    PL_TRY(require(engine, "pl_record_set_check", "engine"));
    PL_TRY(s, set_of(set, "pl_record_set_check", "set"));
    v1::CheckOptions o;
    PL_TRY(pl::messages::decode(options, options_size, o, "options"));
    PL_TRY(no_read_options(o.read(), "pl_record_set_check", "CheckOptions"));
    PL_TRY(response, pl::messages::check(*s, o, engine->config));
    return write(response, out);
  });
}

PL_EXTERN int pl_record_set_report(const pl_engine* engine, const pl_record_set* set, const void* options, size_t options_size,
                                   pl_buffer* out) {
  return guard([&]() -> pl::result<void> {
    PL_TRY(require(out, "pl_record_set_report", "out"));
    reset(out);
    PL_TRY(require(engine, "pl_record_set_report", "engine"));
    PL_TRY(s, set_of(set, "pl_record_set_report", "set"));
    PL_TRY(o, report_options(options, options_size, "pl_record_set_report"));
    PL_TRY(response, report_table(*engine, *s, o));
    return write(response, out);
  });
}

PL_EXTERN int pl_record_set_report_html(const pl_engine* engine, const pl_record_set* set, const void* options,
                                        size_t options_size, int lang, pl_buffer* out) {
  return report_document("pl_record_set_report_html", engine, set, options, options_size, lang, out, report_html);
}

PL_EXTERN int pl_record_set_report_xlsx(const pl_engine* engine, const pl_record_set* set, const void* options,
                                        size_t options_size, int lang, pl_buffer* out) {
  return report_document("pl_record_set_report_xlsx", engine, set, options, options_size, lang, out, report_xlsx);
}

}  // extern "C"
