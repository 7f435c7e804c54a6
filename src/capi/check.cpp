// SPDX-License-Identifier: Apache-2.0
// Reading records (SPEC §6), consistency checks and their catalogue (SPEC §8) at the C boundary.
#include "c_boundary.hpp"
#include "engine.hpp"

#include "messages/check_message.hpp"
#include "messages/decode.hpp"
#include "messages/finding_message.hpp"
#include "messages/record_message.hpp"

#include <participatieladder/io/csv_reader.hpp>
#include <participatieladder/io/jsonl_reader.hpp>
#include <participatieladder/v1/read.pb.h>

#include <string_view>

using namespace pl::capi;

extern "C" {

PL_EXTERN int pl_read_records(const pl_engine* engine, const void* data, size_t size, const char* source_name, int format,
                              pl_buffer* out) {
  return guard([&]() -> pl::result<void> {
    PL_TRY(require(out, "pl_read_records", "out"));
    reset(out);
    PL_TRY(require(engine, "pl_read_records", "engine"));
    if (data == nullptr && size != 0) return pl::fail(pl::errc::invalid_argument, "pl_read_records: data is NULL but size is " + std::to_string(size));
    if (format != PL_FORMAT_CSV && format != PL_FORMAT_JSONL)
      return pl::fail(pl::errc::invalid_argument, "pl_read_records: format = " + std::to_string(format) +
                                                      " is not PL_FORMAT_CSV (0) or PL_FORMAT_JSONL (1)");
    const std::string_view bytes(static_cast<const char*>(data), data ? size : 0);
    const std::string_view name = source_name ? source_name : "input";
    PL_TRY(read, format == PL_FORMAT_CSV ? pl::read_csv(bytes, name) : pl::read_jsonl(bytes, name));
    participatieladder::v1::ReadResponse m;
    for (const auto& r : read.records) *m.add_records() = pl::messages::to_message(r);
    for (const auto& f : read.findings) *m.add_findings() = pl::messages::to_message(f);
    return write(m, out);
  });
}

PL_EXTERN int pl_check(const pl_engine* engine, const void* request, size_t size, pl_buffer* out) {
  return guard([&]() -> pl::result<void> {
    PL_TRY(require(out, "pl_check", "out"));
    reset(out);
    PL_TRY(require(engine, "pl_check", "engine"));
    participatieladder::v1::CheckRequest m;
    PL_TRY(pl::messages::decode(request, size, m, "request"));
    PL_TRY(response, pl::messages::run(m, engine->config));
    return write(response, out);
  });
}

PL_EXTERN int pl_catalogue(const pl_engine* engine, pl_buffer* out) {
  return guard([&]() -> pl::result<void> {
    PL_TRY(require(out, "pl_catalogue", "out"));
    reset(out);
    PL_TRY(require(engine, "pl_catalogue", "engine"));
    return write(pl::messages::catalogue_message(engine->config), out);
  });
}

}  // extern "C"
