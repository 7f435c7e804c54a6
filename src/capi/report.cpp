// SPDX-License-Identifier: Apache-2.0
// Management information (SPEC §10) and extension sets (SPEC §9) at the C boundary.
#include "c_boundary.hpp"
#include "engine.hpp"

#include "messages/decode.hpp"
#include "messages/extensions_message.hpp"
#include "messages/report_message.hpp"

#include <participatieladder/extensions_file.hpp>
#include <participatieladder/report_html.hpp>

#include <string_view>

using namespace pl::capi;

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
    participatieladder::v1::ReportRequest m;
    PL_TRY(pl::messages::decode(request, size, m, "request"));
    PL_TRY(response, pl::messages::run(m, engine->extension_set()));
    return write(response, out);
  });
}

PL_EXTERN int pl_report_html(const pl_engine* engine, const void* request, size_t size, int lang, pl_buffer* out) {
  return guard([&]() -> pl::result<void> {
    PL_TRY(require(out, "pl_report_html", "out"));
    reset(out);
    PL_TRY(require(engine, "pl_report_html", "engine"));
    if (lang != PL_LANG_NL && lang != PL_LANG_EN)
      return pl::fail(pl::errc::invalid_argument,
                      "pl_report_html: lang = " + std::to_string(lang) + " is not PL_LANG_NL (0) or PL_LANG_EN (1)");
    participatieladder::v1::ReportRequest m;
    PL_TRY(pl::messages::decode(request, size, m, "request"));
    pl::messages::prepared_report p;
    PL_TRY(pl::messages::prepare(m, engine->extension_set(), false, p));
    p.options.language = lang == PL_LANG_EN ? pl::lang::en : pl::lang::nl;
    PL_TRY(html, pl::render_html_report(p.records, p.options));
    return write(html, out);
  });
}

}  // extern "C"
