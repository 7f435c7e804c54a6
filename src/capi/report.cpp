// SPDX-License-Identifier: Apache-2.0
// Management information (SPEC §10) and extension sets (SPEC §9) at the C boundary: doors to the
// pipeline's report step (src/pipeline/report.hpp).
#include "c_boundary.hpp"
#include "engine.hpp"
#include "report_door.hpp"

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

}  // namespace

extern "C" {

PL_EXTERN int pl_read_extensions(const void* json, size_t size, const char* source_name, pl_buffer* out) {
  return guard([&]() -> pl::result<void> {
    PL_TRY(require(out, "pl_read_extensions", "out"));
    reset(out);
    PL_TRY(require(json, "pl_read_extensions", "json"));
    const std::string_view name = source_name ? source_name : "extensions";
    PL_TRY(set, pl::parse_extension_set_json(std::string_view(static_cast<const char*>(json), size), name));
    return write(pl::messages::to_message(set), out);
  });
}

PL_EXTERN int pl_report(const pl_engine* engine, const void* request, size_t size, pl_buffer* out) {
  return guard([&]() -> pl::result<void> {
    PL_TRY(require(out, "pl_report", "out"));
    reset(out);
    PL_TRY(require(engine, "pl_report", "engine"));
    v1::ReportRequest m;
    PL_TRY(pl::messages::decode(request, size, m, "request"));
    PL_TRY(response, run_report(engine, m));
    return write(response, out);
  });
}

PL_EXTERN int pl_report_json(const pl_engine* engine, const char* request_json, pl_buffer* out) {
  return guard([&]() -> pl::result<void> {
    PL_TRY(require(out, "pl_report_json", "out"));
    reset(out);
    PL_TRY(require(engine, "pl_report_json", "engine"));
    PL_TRY(require(request_json, "pl_report_json", "request_json"));
    v1::ReportRequest m;
    PL_TRY(pl::messages::from_json(request_json, m, "pl_report_json"));
    PL_TRY(response, run_report(engine, m));
    return write_json(response, out);
  });
}

PL_EXTERN int pl_report_file(const pl_engine* engine, const void* data, size_t size, const char* source_name, int format,
                             const void* options, size_t options_size, pl_buffer* out) {
  return guard([&]() -> pl::result<void> {
    PL_TRY(require(out, "pl_report_file", "out"));
    reset(out);
    PL_TRY(require(engine, "pl_report_file", "engine"));
    v1::ReportOptions o;
    PL_TRY(pl::messages::decode(options, options_size, o, "options"));
    PL_TRY(set, read_file_bytes("pl_report_file", data, size, source_name, format, o.read()));
    PL_TRY(response, report_table(*engine, set, o));
    return write(response, out);
  });
}

PL_EXTERN int pl_report_file_json(const pl_engine* engine, const void* data, size_t size, const char* source_name, int format,
                                  const char* options_json, pl_buffer* out) {
  return guard([&]() -> pl::result<void> {
    PL_TRY(require(out, "pl_report_file_json", "out"));
    reset(out);
    PL_TRY(require(engine, "pl_report_file_json", "engine"));
    v1::ReportOptions o;
    if (options_json != nullptr && *options_json != '\0') {
      PL_TRY(pl::messages::from_json(options_json, o, "pl_report_file_json: options_json"));
    }
    PL_TRY(set, read_file_bytes("pl_report_file_json", data, size, source_name, format, o.read()));
    PL_TRY(response, report_table(*engine, set, o));
    return write_json(response, out);
  });
}

PL_EXTERN int pl_report_html(const pl_engine* engine, const void* request, size_t size, int lang, pl_buffer* out) {
  return guard([&]() -> pl::result<void> {
    PL_TRY(require(out, "pl_report_html", "out"));
    reset(out);
    PL_TRY(require(engine, "pl_report_html", "engine"));
    PL_TRY(language, language_of("pl_report_html", lang));
    v1::ReportRequest m;
    PL_TRY(pl::messages::decode(request, size, m, "request"));
    PL_TRY(set, pl::messages::from_message(m.records()));
    PL_TRY(html, report_html(*engine, set, m.options(), language));
    return write(html, out);
  });
}

PL_EXTERN int pl_report_xlsx(const pl_engine* engine, const void* request, size_t size, int lang, pl_buffer* out) {
  return guard([&]() -> pl::result<void> {
    PL_TRY(require(out, "pl_report_xlsx", "out"));
    reset(out);
    PL_TRY(require(engine, "pl_report_xlsx", "engine"));
    PL_TRY(language, language_of("pl_report_xlsx", lang));
    v1::ReportRequest m;
    PL_TRY(pl::messages::decode(request, size, m, "request"));
    PL_TRY(set, pl::messages::from_message(m.records()));
    PL_TRY(book, report_xlsx(*engine, set, m.options(), language));
    return write(book, out);
  });
}

}  // extern "C"
