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

namespace {

int read_records(const char* fn, shape s, const pl_engine* engine, const void* data, size_t size, const char* source_name, int format,
                 const message_in& read_options, pl_buffer* out) {
  return door(fn, s, out, [&]() -> pl::result<void> {
    PL_TRY(require(engine, fn, "engine"));
    v1::ReadOptions o;
    PL_TRY(read(read_options, o));
    PL_TRY(set, read_file_bytes(fn, data, size, source_name, format, o));
    return give(pl::messages::to_message(set), s, out);
  });
}

int read_column_mapping(const char* fn, shape s, const void* json, size_t size, const char* source_name, pl_buffer* out) {
  return door(fn, s, out, [&]() -> pl::result<void> {
    PL_TRY(require(json, fn, "json"));
    const std::string_view name = source_name ? source_name : "column mapping";
    const std::string_view text(static_cast<const char*>(json), size);
    v1::ReadOptions m;
    PL_TRY(pl::messages::from_json(text, m, name));
    PL_TRY(valid, pl::messages::from_message(m, name));  // validated: the same rules as every door
    (void)valid;
    return give(m, s, out);
  });
}

int record_sets_concat(const char* fn, shape s, const message_in& first, const message_in& second, pl_buffer* out) {
  return door(fn, s, out, [&]() -> pl::result<void> {
    v1::RecordSet a, b;
    PL_TRY(read(first, a));
    PL_TRY(read(second, b));
    PL_TRY(set, pl::messages::from_message(a));
    PL_TRY(more, pl::messages::from_message(b));
    pl::pipeline::append(set, std::move(more));
    return give(pl::messages::to_message(set), s, out);
  });
}

int check(const char* fn, shape s, const pl_engine* engine, const message_in& request, pl_buffer* out) {
  return door(fn, s, out, [&]() -> pl::result<void> {
    PL_TRY(require(engine, fn, "engine"));
    v1::CheckRequest m;
    PL_TRY(read(request, m));
    PL_TRY(response, pl::messages::run(m, engine->config));
    return give(response, s, out);
  });
}

int check_file(const char* fn, shape s, const pl_engine* engine, const void* data, size_t size, const char* source_name, int format,
               const message_in& options, pl_buffer* out) {
  return door(fn, s, out, [&]() -> pl::result<void> {
    PL_TRY(require(engine, fn, "engine"));
    v1::CheckOptions o;
    PL_TRY(read(options, o));
    PL_TRY(set, read_file_bytes(fn, data, size, source_name, format, o.read()));
    PL_TRY(response, pl::messages::check(set, o, engine->config));
    return give(response, s, out);
  });
}

int catalogue(const char* fn, shape s, const pl_engine* engine, pl_buffer* out) {
  return door(fn, s, out, [&]() -> pl::result<void> {
    PL_TRY(require(engine, fn, "engine"));
    return give(pl::messages::catalogue_message(engine->config), s, out);
  });
}

int read_config(const char* fn, shape s, const void* json, size_t size, const char* source_name, pl_buffer* out) {
  return door(fn, s, out, [&]() -> pl::result<void> {
    PL_TRY(require(json, fn, "json"));
    const std::string_view name = source_name ? source_name : "configuration";
    PL_TRY(config, pl::parse_check_config(std::string_view(static_cast<const char*>(json), size), name));
    v1::Configuration m;
    *m.mutable_checks() = pl::messages::to_message(config);
    return give(m, s, out);
  });
}

}  // namespace

extern "C" {

PL_EXTERN int pl_read_records(const pl_engine* engine, const void* data, size_t size, const char* source_name, int format,
                              pl_buffer* out) {
  return read_records("pl_read_records", shape::bytes, engine, data, size, source_name, format, message_in::bytes(nullptr, 0, "read_options"),
                      out);
}

PL_EXTERN int pl_read_records_v2(const pl_engine* engine, const void* data, size_t size, const char* source_name, int format,
                                 const void* read_options, size_t read_options_size, pl_buffer* out) {
  return read_records("pl_read_records_v2", shape::bytes, engine, data, size, source_name, format,
                      message_in::bytes(read_options, read_options_size, "read_options"), out);
}

PL_EXTERN int pl_read_records_json(const pl_engine* engine, const void* data, size_t size, const char* source_name, int format,
                                   const char* read_options_json, pl_buffer* out) {
  return read_records("pl_read_records_json", shape::json, engine, data, size, source_name, format,
                      message_in::text(read_options_json, "pl_read_records_json: read_options_json", true), out);
}

PL_EXTERN int pl_read_column_mapping(const void* json, size_t size, const char* source_name, pl_buffer* out) {
  return read_column_mapping("pl_read_column_mapping", shape::bytes, json, size, source_name, out);
}

PL_EXTERN int pl_read_column_mapping_json(const void* json, size_t size, const char* source_name, pl_buffer* out) {
  return read_column_mapping("pl_read_column_mapping_json", shape::json, json, size, source_name, out);
}

PL_EXTERN int pl_record_sets_concat(const void* first, size_t first_size, const void* second, size_t second_size, pl_buffer* out) {
  return record_sets_concat("pl_record_sets_concat", shape::bytes, message_in::bytes(first, first_size, "first"),
                            message_in::bytes(second, second_size, "second"), out);
}

PL_EXTERN int pl_record_sets_concat_json(const char* first_json, const char* second_json, pl_buffer* out) {
  return record_sets_concat("pl_record_sets_concat_json", shape::json, message_in::text(first_json, "pl_record_sets_concat_json: first_json", false),
                            message_in::text(second_json, "pl_record_sets_concat_json: second_json", false), out);
}

PL_EXTERN int pl_check(const pl_engine* engine, const void* request, size_t size, pl_buffer* out) {
  return check("pl_check", shape::bytes, engine, message_in::bytes(request, size, "request"), out);
}

PL_EXTERN int pl_check_json(const pl_engine* engine, const char* request_json, pl_buffer* out) {
  return check("pl_check_json", shape::json, engine, message_in::text(request_json, "pl_check_json: request_json", false), out);
}

PL_EXTERN int pl_check_file(const pl_engine* engine, const void* data, size_t size, const char* source_name, int format,
                            const void* options, size_t options_size, pl_buffer* out) {
  return check_file("pl_check_file", shape::bytes, engine, data, size, source_name, format, message_in::bytes(options, options_size, "options"),
                    out);
}

PL_EXTERN int pl_check_file_json(const pl_engine* engine, const void* data, size_t size, const char* source_name, int format,
                                 const char* options_json, pl_buffer* out) {
  return check_file("pl_check_file_json", shape::json, engine, data, size, source_name, format,
                    message_in::text(options_json, "pl_check_file_json: options_json", true), out);
}

PL_EXTERN int pl_catalogue(const pl_engine* engine, pl_buffer* out) { return catalogue("pl_catalogue", shape::bytes, engine, out); }

PL_EXTERN int pl_catalogue_json(const pl_engine* engine, pl_buffer* out) { return catalogue("pl_catalogue_json", shape::json, engine, out); }

PL_EXTERN int pl_read_config(const void* json, size_t size, const char* source_name, pl_buffer* out) {
  return read_config("pl_read_config", shape::bytes, json, size, source_name, out);
}

PL_EXTERN int pl_read_config_json(const void* json, size_t size, const char* source_name, pl_buffer* out) {
  return read_config("pl_read_config_json", shape::json, json, size, source_name, out);
}

}  // extern "C"
