// SPDX-License-Identifier: Apache-2.0
// Reading records (SPEC §6), consistency checks and their catalogue (SPEC §8), and the configuration
// file at the C boundary. Every function is a door to the pipeline (src/pipeline): decode, call,
// encode — no rule, no ordering of its own.
#include "c_boundary.hpp"
#include "engine.hpp"

#include "messages/check_message.hpp"
#include "messages/config_message.hpp"
#include "messages/decode.hpp"
#include "messages/json.hpp"
#include "messages/read_options_message.hpp"
#include "messages/record_message.hpp"

#include <participatieladder/config/check_config_json.hpp>

#include <string_view>

using namespace pl::capi;
namespace v1 = participatieladder::v1;

extern "C" {

PL_EXTERN int pl_read_records(const pl_engine* engine, const void* data, size_t size, const char* source_name, int format,
                              pl_buffer* out) {
  return guard([&]() -> pl::result<void> {
    PL_TRY(require(out, "pl_read_records", "out"));
    reset(out);
    PL_TRY(require(engine, "pl_read_records", "engine"));
    PL_TRY(set, read_file_bytes("pl_read_records", data, size, source_name, format, v1::ReadOptions()));
    return write(pl::messages::to_message(set), out);
  });
}

PL_EXTERN int pl_read_records_v2(const pl_engine* engine, const void* data, size_t size, const char* source_name, int format,
                                 const void* read_options, size_t read_options_size, pl_buffer* out) {
  return guard([&]() -> pl::result<void> {
    PL_TRY(require(out, "pl_read_records_v2", "out"));
    reset(out);
    PL_TRY(require(engine, "pl_read_records_v2", "engine"));
    v1::ReadOptions o;
    PL_TRY(pl::messages::decode(read_options, read_options_size, o, "read_options"));
    PL_TRY(set, read_file_bytes("pl_read_records_v2", data, size, source_name, format, o));
    return write(pl::messages::to_message(set), out);
  });
}

PL_EXTERN int pl_read_column_mapping(const void* json, size_t size, const char* source_name, pl_buffer* out) {
  return guard([&]() -> pl::result<void> {
    PL_TRY(require(out, "pl_read_column_mapping", "out"));
    reset(out);
    PL_TRY(require(json, "pl_read_column_mapping", "json"));
    const std::string_view name = source_name ? source_name : "column mapping";
    const std::string_view text(static_cast<const char*>(json), size);
    v1::ReadOptions m;
    PL_TRY(pl::messages::from_json(text, m, name));
    PL_TRY(valid, pl::messages::from_message(m, name));  // validated: the same rules as every door
    (void)valid;
    return write(m, out);
  });
}

PL_EXTERN int pl_record_sets_concat(const void* first, size_t first_size, const void* second, size_t second_size, pl_buffer* out) {
  return guard([&]() -> pl::result<void> {
    PL_TRY(require(out, "pl_record_sets_concat", "out"));
    reset(out);
    v1::RecordSet a, b;
    PL_TRY(pl::messages::decode(first, first_size, a, "first"));
    PL_TRY(pl::messages::decode(second, second_size, b, "second"));
    PL_TRY(set, pl::messages::from_message(a));
    PL_TRY(more, pl::messages::from_message(b));
    pl::pipeline::append(set, std::move(more));
    return write(pl::messages::to_message(set), out);
  });
}

PL_EXTERN int pl_check(const pl_engine* engine, const void* request, size_t size, pl_buffer* out) {
  return guard([&]() -> pl::result<void> {
    PL_TRY(require(out, "pl_check", "out"));
    reset(out);
    PL_TRY(require(engine, "pl_check", "engine"));
    v1::CheckRequest m;
    PL_TRY(pl::messages::decode(request, size, m, "request"));
    PL_TRY(response, pl::messages::run(m, engine->config));
    return write(response, out);
  });
}

PL_EXTERN int pl_check_json(const pl_engine* engine, const char* request_json, pl_buffer* out) {
  return guard([&]() -> pl::result<void> {
    PL_TRY(require(out, "pl_check_json", "out"));
    reset(out);
    PL_TRY(require(engine, "pl_check_json", "engine"));
    PL_TRY(require(request_json, "pl_check_json", "request_json"));
    v1::CheckRequest m;
    PL_TRY(pl::messages::from_json(request_json, m, "pl_check_json"));
    PL_TRY(response, pl::messages::run(m, engine->config));
    return write_json(response, out);
  });
}

PL_EXTERN int pl_check_file(const pl_engine* engine, const void* data, size_t size, const char* source_name, int format,
                            const void* options, size_t options_size, pl_buffer* out) {
  return guard([&]() -> pl::result<void> {
    PL_TRY(require(out, "pl_check_file", "out"));
    reset(out);
    PL_TRY(require(engine, "pl_check_file", "engine"));
    v1::CheckOptions o;
    PL_TRY(pl::messages::decode(options, options_size, o, "options"));
    PL_TRY(set, read_file_bytes("pl_check_file", data, size, source_name, format, o.read()));
    PL_TRY(response, pl::messages::check(set, o, engine->config));
    return write(response, out);
  });
}

PL_EXTERN int pl_check_file_json(const pl_engine* engine, const void* data, size_t size, const char* source_name, int format,
                                 const char* options_json, pl_buffer* out) {
  return guard([&]() -> pl::result<void> {
    PL_TRY(require(out, "pl_check_file_json", "out"));
    reset(out);
    PL_TRY(require(engine, "pl_check_file_json", "engine"));
    v1::CheckOptions o;
    if (options_json != nullptr && *options_json != '\0') {
      PL_TRY(pl::messages::from_json(options_json, o, "pl_check_file_json: options_json"));
    }
    PL_TRY(set, read_file_bytes("pl_check_file_json", data, size, source_name, format, o.read()));
    PL_TRY(response, pl::messages::check(set, o, engine->config));
    return write_json(response, out);
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

PL_EXTERN int pl_read_config(const void* json, size_t size, const char* source_name, pl_buffer* out) {
  return guard([&]() -> pl::result<void> {
    PL_TRY(require(out, "pl_read_config", "out"));
    reset(out);
    PL_TRY(require(json, "pl_read_config", "json"));
    const std::string_view name = source_name ? source_name : "configuration";
    PL_TRY(config, pl::parse_check_config(std::string_view(static_cast<const char*>(json), size), name));
    v1::Configuration m;
    *m.mutable_checks() = pl::messages::to_message(config);
    return write(m, out);
  });
}

}  // extern "C"
