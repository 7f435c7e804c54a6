// SPDX-License-Identifier: Apache-2.0
// Management information (SPEC §10) and extension sets (SPEC §9) at the C boundary.
#include "c_boundary.hpp"
#include "engine.hpp"

#include "messages/decode.hpp"
#include "messages/extensions_message.hpp"
#include "messages/report_message.hpp"

#include <participatieladder/extensions_file.hpp>

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

}  // extern "C"
