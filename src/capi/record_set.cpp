// SPDX-License-Identifier: Apache-2.0
// The record set behind the opaque pl_record_set handle (issue 13): file bytes read once, then
// checked and reported on any number of times without re-reading or re-serialising the records.
// Every function is a door to the same pipeline calls as the message functions: read through
// read_file_bytes (as pl_read_records_v2), join with pipeline::append (as pl_record_sets_concat),
// check with messages::check (as pl_check_file), report through report_door.hpp (as pl_report*).
// The handle is immutable after it is made, so any number of threads may use one at once.
#include "c_boundary.hpp"
#include "engine.hpp"
#include "record_set_handle.hpp"
#include "report_door.hpp"

#include "messages/check_message.hpp"
#include "messages/decode.hpp"
#include "messages/record_message.hpp"

#include <utility>

using namespace pl::capi;
namespace v1 = participatieladder::v1;

namespace {

/// The record set of handle argument `arg` of function `fn`: NULL, or a pointer to another kind of
/// handle, is errc::invalid_argument (c_boundary.hpp: require).
pl::result<const pl::pipeline::record_set*> set_of(const pl_record_set* h, const char* fn, const char* arg) {
  PL_TRY(require(h, fn, arg));
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
pl::result<v1::ReportOptions> report_options(const message_in& options, const char* fn) {
  v1::ReportOptions o;
  PL_TRY(read(options, o));
  PL_TRY(no_read_options(o.read(), fn, "ReportOptions"));
  return o;
}

/// An options argument of entry `fn` in shape `s`.
message_in options_in(const char* fn, shape s, const void* options, std::size_t options_size, const char* options_json) {
  return s == shape::json ? message_in::text(options_json, std::string(fn) + ": options_json", true)
                          : message_in::bytes(options, options_size, "options");
}

/// The HTML or XLSX report (`render`, report_door.hpp) over handle `set`, as function `fn`.
int report_document(const char* fn, shape sh, const pl_engine* engine, const pl_record_set* set, const message_in& options, int lang,
                    pl_buffer* out,
                    pl::result<std::string> (*render)(const pl_engine&, const pl::pipeline::record_set&, const v1::ReportOptions&, pl::lang)) {
  return door(fn, sh, out, [&]() -> pl::result<void> {
    PL_TRY(require(engine, fn, "engine"));
    PL_TRY(s, set_of(set, fn, "set"));
    PL_TRY(language, language_of(fn, lang));
    PL_TRY(o, report_options(options, fn));
    PL_TRY(document, render(*engine, *s, o, language));
    return write(document, out);
  });
}

pl::result<void> record_set_read(const char* fn, const pl_engine* engine, const void* data, size_t size, const char* source_name, int format,
                                 const message_in& read_options, pl_record_set** out) {
  PL_TRY(require(out, fn, "out"));
  *out = nullptr;
  PL_TRY(require(engine, fn, "engine"));
  v1::ReadOptions o;
  PL_TRY(read(read_options, o));
  PL_TRY(set, read_file_bytes(fn, data, size, source_name, format, o));
  *out = new pl_record_set(std::move(set));
  return pl::success();
}

int info(const char* fn, shape sh, const pl_record_set* set, pl_buffer* out) {
  return door(fn, sh, out, [&]() -> pl::result<void> {
    PL_TRY(s, set_of(set, fn, "set"));
    return give(pl::messages::info_message(*s), sh, out);
  });
}

int message(const char* fn, shape sh, const pl_record_set* set, pl_buffer* out) {
  return door(fn, sh, out, [&]() -> pl::result<void> {
    PL_TRY(s, set_of(set, fn, "set"));
    return give(pl::messages::to_message(*s), sh, out);
  });
}

int check(const char* fn, shape sh, const pl_engine* engine, const pl_record_set* set, const message_in& options, pl_buffer* out) {
  return door(fn, sh, out, [&]() -> pl::result<void> {
    PL_TRY(require(engine, fn, "engine"));
    PL_TRY(s, set_of(set, fn, "set"));
    v1::CheckOptions o;
    PL_TRY(read(options, o));
    PL_TRY(no_read_options(o.read(), fn, "CheckOptions"));
    PL_TRY(response, pl::messages::check(*s, o, engine->config));
    return give(response, sh, out);
  });
}

int report(const char* fn, shape sh, const pl_engine* engine, const pl_record_set* set, const message_in& options, pl_buffer* out) {
  return door(fn, sh, out, [&]() -> pl::result<void> {
    PL_TRY(require(engine, fn, "engine"));
    PL_TRY(s, set_of(set, fn, "set"));
    PL_TRY(o, report_options(options, fn));
    PL_TRY(response, report_table(*engine, *s, o));
    return give(response, sh, out);
  });
}

}  // namespace

extern "C" {

PL_EXTERN int pl_record_set_read(const pl_engine* engine, const void* data, size_t size, const char* source_name, int format,
                                 const void* read_options, size_t read_options_size, pl_record_set** out) {
  return guard([&] {
    return record_set_read("pl_record_set_read", engine, data, size, source_name, format,
                           message_in::bytes(read_options, read_options_size, "read_options"), out);
  });
}

PL_EXTERN int pl_record_set_read_json(const pl_engine* engine, const void* data, size_t size, const char* source_name, int format,
                                      const char* read_options_json, pl_record_set** out, pl_buffer* error) {
  return door_with_error(error, [&] {
    return record_set_read("pl_record_set_read_json", engine, data, size, source_name, format,
                           message_in::text(read_options_json, "pl_record_set_read_json: read_options_json", true), out);
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
  if (auto ok = require(set, "pl_record_set_free", "set"); !ok) {
    set_error(ok.error());  // another kind of handle: not freed
    return;
  }
  mark_freed(*set);
  delete set;
}

PL_EXTERN int pl_record_set_info(const pl_record_set* set, pl_buffer* out) { return info("pl_record_set_info", shape::bytes, set, out); }

PL_EXTERN int pl_record_set_info_json(const pl_record_set* set, pl_buffer* out) {
  return info("pl_record_set_info_json", shape::json, set, out);
}

PL_EXTERN int pl_record_set_message(const pl_record_set* set, pl_buffer* out) {
  return message("pl_record_set_message", shape::bytes, set, out);
}

PL_EXTERN int pl_record_set_message_json(const pl_record_set* set, pl_buffer* out) {
  return message("pl_record_set_message_json", shape::json, set, out);
}

PL_EXTERN int pl_record_set_check(const pl_engine* engine, const pl_record_set* set, const void* options, size_t options_size,
                                  pl_buffer* out) {
  constexpr const char* fn = "pl_record_set_check";
  return check(fn, shape::bytes, engine, set, options_in(fn, shape::bytes, options, options_size, nullptr), out);
}

PL_EXTERN int pl_record_set_check_json(const pl_engine* engine, const pl_record_set* set, const char* options_json, pl_buffer* out) {
  constexpr const char* fn = "pl_record_set_check_json";
  return check(fn, shape::json, engine, set, options_in(fn, shape::json, nullptr, 0, options_json), out);
}

PL_EXTERN int pl_record_set_report(const pl_engine* engine, const pl_record_set* set, const void* options, size_t options_size,
                                   pl_buffer* out) {
  constexpr const char* fn = "pl_record_set_report";
  return report(fn, shape::bytes, engine, set, options_in(fn, shape::bytes, options, options_size, nullptr), out);
}

PL_EXTERN int pl_record_set_report_json(const pl_engine* engine, const pl_record_set* set, const char* options_json, pl_buffer* out) {
  constexpr const char* fn = "pl_record_set_report_json";
  return report(fn, shape::json, engine, set, options_in(fn, shape::json, nullptr, 0, options_json), out);
}

PL_EXTERN int pl_record_set_report_html(const pl_engine* engine, const pl_record_set* set, const void* options,
                                        size_t options_size, int lang, pl_buffer* out) {
  constexpr const char* fn = "pl_record_set_report_html";
  return report_document(fn, shape::bytes, engine, set, options_in(fn, shape::bytes, options, options_size, nullptr), lang, out, report_html);
}

PL_EXTERN int pl_record_set_report_html_json(const pl_engine* engine, const pl_record_set* set, const char* options_json, int lang,
                                             pl_buffer* out) {
  constexpr const char* fn = "pl_record_set_report_html_json";
  return report_document(fn, shape::json, engine, set, options_in(fn, shape::json, nullptr, 0, options_json), lang, out, report_html);
}

PL_EXTERN int pl_record_set_report_xlsx(const pl_engine* engine, const pl_record_set* set, const void* options,
                                        size_t options_size, int lang, pl_buffer* out) {
  constexpr const char* fn = "pl_record_set_report_xlsx";
  return report_document(fn, shape::bytes, engine, set, options_in(fn, shape::bytes, options, options_size, nullptr), lang, out, report_xlsx);
}

PL_EXTERN int pl_record_set_report_xlsx_json(const pl_engine* engine, const pl_record_set* set, const char* options_json, int lang,
                                             pl_buffer* out) {
  constexpr const char* fn = "pl_record_set_report_xlsx_json";
  return report_document(fn, shape::json, engine, set, options_in(fn, shape::json, nullptr, 0, options_json), lang, out, report_xlsx);
}

}  // extern "C"
