// SPDX-License-Identifier: Apache-2.0
// Management information (SPEC §10) and extension sets (SPEC §9) at the C boundary: doors to the
// pipeline's report step (src/pipeline/report.hpp).
#include "c_boundary.hpp"
#include "engine.hpp"
#include "report_door.hpp"

#include "messages/budget_message.hpp"
#include "messages/decode.hpp"
#include "messages/extensions_message.hpp"
#include "messages/json.hpp"
#include "messages/record_message.hpp"
#include "messages/report_message.hpp"

#include <participatieladder/extensions_file.hpp>

#include <string_view>

using namespace pl::capi;
namespace v1 = participatieladder::v1;

namespace pl::capi {

result<pl::lang> language_of(const char* fn, int lang) {
  if (lang == PL_LANG_NL) return pl::lang::nl;
  if (lang == PL_LANG_EN) return pl::lang::en;
  return fail(errc::invalid_argument, std::string(fn) + ": lang = " + std::to_string(lang) + " is not PL_LANG_NL (0) or PL_LANG_EN (1)");
}

result<v1::ReportResponse> report_table(const pl_engine& engine, const pipeline::record_set& set, const v1::ReportOptions& options) {
  return messages::report(set, options, engine.extension_set());
}

result<std::string> report_html(const pl_engine& engine, const pipeline::record_set& set, const v1::ReportOptions& options,
                                pl::lang language) {
  return messages::report_html(set, options, engine.extension_set(), language);
}

result<std::string> report_xlsx(const pl_engine& engine, const pipeline::record_set& set, const v1::ReportOptions& options,
                                pl::lang language) {
  return messages::report_xlsx(set, options, engine.extension_set(), engine.config, language);
}

}  // namespace pl::capi

namespace {

pl::result<v1::ReportResponse> run_report(const pl_engine* engine, const v1::ReportRequest& m) {
  PL_TRY(set, pl::messages::from_message(m.records()));
  return report_table(*engine, set, m.options());
}

int read_extensions(const char* fn, shape s, const void* json, size_t size, const char* source_name, pl_buffer* out) {
  return door(fn, s, out, [&]() -> pl::result<void> {
    PL_TRY(require(json, fn, "json"));
    const std::string_view name = source_name ? source_name : "extensions";
    PL_TRY(set, pl::parse_extension_set_json(std::string_view(static_cast<const char*>(json), size), name));
    return give(pl::messages::to_message(set), s, out);
  });
}

int read_budget(const char* fn, shape s, const void* json, size_t size, const char* source_name, pl_buffer* out) {
  return door(fn, s, out, [&]() -> pl::result<void> {
    PL_TRY(require(json, fn, "json"));
    const std::string_view name = source_name ? source_name : "budget";
    PL_TRY(m, pl::messages::parse_budget_config(std::string_view(static_cast<const char*>(json), size), name));
    return give(m, s, out);
  });
}

int report(const char* fn, shape s, const pl_engine* engine, const message_in& request, pl_buffer* out) {
  return door(fn, s, out, [&]() -> pl::result<void> {
    PL_TRY(require(engine, fn, "engine"));
    v1::ReportRequest m;
    PL_TRY(read(request, m));
    PL_TRY(response, run_report(engine, m));
    return give(response, s, out);
  });
}

int report_file(const char* fn, shape s, const pl_engine* engine, const void* data, size_t size, const char* source_name, int format,
                const message_in& options, pl_buffer* out) {
  return door(fn, s, out, [&]() -> pl::result<void> {
    PL_TRY(require(engine, fn, "engine"));
    v1::ReportOptions o;
    PL_TRY(read(options, o));
    PL_TRY(set, read_file_bytes(fn, data, size, source_name, format, o.read()));
    PL_TRY(response, report_table(*engine, set, o));
    return give(response, s, out);
  });
}

/// pl_report_html / pl_report_xlsx and their _json twins: `render` (report_door.hpp) over the request.
int report_document(const char* fn, shape s, const pl_engine* engine, const message_in& request, int lang, pl_buffer* out,
                    pl::result<std::string> (*render)(const pl_engine&, const pl::pipeline::record_set&, const v1::ReportOptions&, pl::lang)) {
  return door(fn, s, out, [&]() -> pl::result<void> {
    PL_TRY(require(engine, fn, "engine"));
    PL_TRY(language, language_of(fn, lang));
    v1::ReportRequest m;
    PL_TRY(read(request, m));
    PL_TRY(set, pl::messages::from_message(m.records()));
    PL_TRY(document, render(*engine, set, m.options(), language));
    return write(document, out);
  });
}

}  // namespace

extern "C" {

PL_EXTERN int pl_read_extensions(const void* json, size_t size, const char* source_name, pl_buffer* out) {
  return read_extensions("pl_read_extensions", shape::bytes, json, size, source_name, out);
}

PL_EXTERN int pl_read_extensions_json(const void* json, size_t size, const char* source_name, pl_buffer* out) {
  return read_extensions("pl_read_extensions_json", shape::json, json, size, source_name, out);
}

PL_EXTERN int pl_read_budget(const void* json, size_t size, const char* source_name, pl_buffer* out) {
  return read_budget("pl_read_budget", shape::bytes, json, size, source_name, out);
}

PL_EXTERN int pl_read_budget_json(const void* json, size_t size, const char* source_name, pl_buffer* out) {
  return read_budget("pl_read_budget_json", shape::json, json, size, source_name, out);
}

PL_EXTERN int pl_report(const pl_engine* engine, const void* request, size_t size, pl_buffer* out) {
  return report("pl_report", shape::bytes, engine, message_in::bytes(request, size, "request"), out);
}

PL_EXTERN int pl_report_json(const pl_engine* engine, const char* request_json, pl_buffer* out) {
  return report("pl_report_json", shape::json, engine, message_in::text(request_json, "pl_report_json: request_json", false), out);
}

PL_EXTERN int pl_report_file(const pl_engine* engine, const void* data, size_t size, const char* source_name, int format,
                             const void* options, size_t options_size, pl_buffer* out) {
  return report_file("pl_report_file", shape::bytes, engine, data, size, source_name, format,
                     message_in::bytes(options, options_size, "options"), out);
}

PL_EXTERN int pl_report_file_json(const pl_engine* engine, const void* data, size_t size, const char* source_name, int format,
                                  const char* options_json, pl_buffer* out) {
  return report_file("pl_report_file_json", shape::json, engine, data, size, source_name, format,
                     message_in::text(options_json, "pl_report_file_json: options_json", true), out);
}

PL_EXTERN int pl_report_html(const pl_engine* engine, const void* request, size_t size, int lang, pl_buffer* out) {
  return report_document("pl_report_html", shape::bytes, engine, message_in::bytes(request, size, "request"), lang, out, report_html);
}

PL_EXTERN int pl_report_html_json(const pl_engine* engine, const char* request_json, int lang, pl_buffer* out) {
  return report_document("pl_report_html_json", shape::json, engine,
                         message_in::text(request_json, "pl_report_html_json: request_json", false), lang, out, report_html);
}

PL_EXTERN int pl_report_xlsx(const pl_engine* engine, const void* request, size_t size, int lang, pl_buffer* out) {
  return report_document("pl_report_xlsx", shape::bytes, engine, message_in::bytes(request, size, "request"), lang, out, report_xlsx);
}

PL_EXTERN int pl_report_xlsx_json(const pl_engine* engine, const char* request_json, int lang, pl_buffer* out) {
  return report_document("pl_report_xlsx_json", shape::json, engine,
                         message_in::text(request_json, "pl_report_xlsx_json: request_json", false), lang, out, report_xlsx);
}

}  // extern "C"
