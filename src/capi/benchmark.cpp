// SPDX-License-Identifier: Apache-2.0
// The benchmark exchange (SPEC §9, §11, §12) at the C boundary: doors to the pipeline's benchmark
// step (src/pipeline/benchmark.hpp) and the coordinator's merge (benchmark/merge.hpp).
#include "c_boundary.hpp"
#include "engine.hpp"

#include "messages/benchmark_message.hpp"
#include "messages/decode.hpp"
#include "pipeline/benchmark.hpp"

#include <participatieladder/benchmark/render.hpp>

#include <optional>
#include <string_view>

using namespace pl::capi;
namespace v1 = participatieladder::v1;

namespace {

struct settings_holder {
  pl::pipeline::benchmark_settings settings;
  std::optional<pl::benchmark::srg_mapping> srg;
};

pl::result<void> settings_of(const char* fn, const pl_engine* engine, const v1::BenchmarkOptions& o, settings_holder& h) {
  auto& s = h.settings;
  s.reference_date = o.reference_date();
  s.municipality = o.municipality();
  s.extensions = engine->extension_set();
  if (o.rounding_base() != 0) s.protect.table.base = o.rounding_base();
  if (o.has_min_clients()) s.protect.min_clients = static_cast<std::size_t>(o.min_clients());
  if (o.has_min_pct_valid()) {
    if (o.min_pct_valid() > 100) return pl::fail(pl::errc::invalid_argument, std::string(fn) + ": min_pct_valid " + std::to_string(o.min_pct_valid()) + " is above 100");
    s.thresholds.min_pct_valid = static_cast<int>(o.min_pct_valid());
  }
  if (!o.srg_mapping().empty()) {
    PL_TRY(m, pl::benchmark::parse_srg_mapping(o.srg_mapping(), "srg_mapping"));
    h.srg = std::move(m);
    s.srg = &*h.srg;
  }
  return pl::success();
}

/// The checks of an entry point with no arguments of its own.
pl::result<void> no_own_checks() { return pl::success(); }

/// A pipeline result as its v1 message (messages/benchmark_message.hpp).
constexpr auto as_message = [](const auto& x) { return pl::messages::to_message(x); };

/// The benchmark entry points over one file (function `fn`), apart from what differs: check `out`
/// and the engine, run `own_checks` (the entry point's own arguments, before the options are
/// read), decode the options, read the file, run the pipeline `step` over the record set and
/// settings, and write what `render` makes of its result (a message, serialized, or text) into
/// `out`.
template <class OwnChecks, class Step, class Render>
int on_file(const char* fn, shape sh, const pl_engine* engine, const void* data, size_t size, const char* source_name, int format,
            const message_in& options, pl_buffer* out, OwnChecks&& own_checks, Step&& step, Render&& render) {
  return door(fn, sh, out, [&]() -> pl::result<void> {
    PL_TRY(require(engine, fn, "engine"));
    PL_TRY(own_checks());
    v1::BenchmarkOptions o;
    PL_TRY(read(options, o));
    settings_holder h;
    PL_TRY(settings_of(fn, engine, o, h));
    PL_TRY(set, read_file_bytes(fn, data, size, source_name, format, o.read()));
    PL_TRY(made, step(set, h.settings));
    return give(render(made), sh, out);
  });
}

/// A BenchmarkOptions argument of entry `fn` in shape `s`.
message_in options_in(const char* fn, shape s, const void* options, size_t options_size, const char* options_json) {
  return s == shape::json ? message_in::text(options_json, std::string(fn) + ": options_json", true)
                          : message_in::bytes(options, options_size, "options");
}

int conformance_file(const char* fn, shape s, const pl_engine* engine, const void* data, size_t size, const char* source_name, int format,
                     const message_in& options, pl_buffer* out) {
  return on_file(fn, s, engine, data, size, source_name, format, options, out, no_own_checks, pl::pipeline::conform, as_message);
}

/// The key argument of a keyed entry point: required and strong (benchmark/pseudonym.hpp).
auto key_checker(const char* fn, const void* key, size_t key_size, std::optional<pl::benchmark::pseudonym_key>& k) {
  return [=, &k]() -> pl::result<void> {
    if (key == nullptr || key_size == 0)
      return pl::fail(pl::errc::invalid_argument, std::string(fn) + ": no key (SPEC §11: no key, no export; there is no default key)");
    PL_TRY(parsed, pl::benchmark::pseudonym_key::from_bytes(std::string(static_cast<const char*>(key), key_size), "key"));
    k = std::move(parsed);
    return pl::success();
  };
}

int publication_file(const char* fn, shape s, const pl_engine* engine, const void* data, size_t size, const char* source_name, int format,
                     const void* key, size_t key_size, const message_in& options, pl_buffer* out) {
  std::optional<pl::benchmark::pseudonym_key> k;
  return on_file(
      fn, s, engine, data, size, source_name, format, options, out, key_checker(fn, key, key_size, k),
      [&](const pl::pipeline::record_set& set, const pl::pipeline::benchmark_settings& st) { return pl::pipeline::publish(set, *k, st); },
      as_message);
}

int record_export_file(const char* fn, shape s, const pl_engine* engine, const void* data, size_t size, const char* source_name, int format,
                       const void* key, size_t key_size, const message_in& options, pl_buffer* out) {
  std::optional<pl::benchmark::pseudonym_key> k;
  const auto key_check = key_checker(fn, key, key_size, k);
  return on_file(
      fn, s, engine, data, size, source_name, format, options, out, key_check,
      [&](const pl::pipeline::record_set& set, const pl::pipeline::benchmark_settings& st) { return pl::pipeline::export_records(set, *k, st); },
      [](const pl::benchmark::record_export& e) { return pl::benchmark::to_csv(e); });
}

/// pl_benchmark_merge and its _json twin: `publication(i)` is the i-th publication argument.
template <class Publication>
int merge(const char* fn, shape s, size_t count, Publication&& publication, int output, int lang, unsigned int policy_base,
          unsigned int policy_min_clients, pl_buffer* out) {
  return door(fn, s, out, [&]() -> pl::result<void> {
    if (output < PL_BENCHMARK_TEXT || output > PL_BENCHMARK_HTML)
      return pl::fail(pl::errc::invalid_argument, std::string(fn) + ": output " + std::to_string(output) + " is not PL_BENCHMARK_TEXT, _CSV or _HTML");
    if (lang != PL_LANG_NL && lang != PL_LANG_EN) return pl::fail(pl::errc::invalid_argument, std::string(fn) + ": lang " + std::to_string(lang) + " is not PL_LANG_NL or PL_LANG_EN");
    pl::benchmark::merge_policy policy;
    if (policy_base != 0) {
      if (policy_base < 5) return pl::fail(pl::errc::invalid_argument, std::string(fn) + ": policy_base " + std::to_string(policy_base) + " is below 5");
      policy.min_base = policy_base;
    }
    if (policy_min_clients != 0) policy.min_clients = policy_min_clients;
    std::vector<pl::benchmark::municipality_entry> entries;
    for (size_t i = 0; i < count; ++i) {
      v1::BenchmarkPublication m;
      PL_TRY(read(publication(i), m));
      PL_TRY(e, pl::messages::from_message(m, "publications[" + std::to_string(i) + "]"));
      if (const auto why = pl::benchmark::policy_refusal(e, policy)) return pl::fail(pl::errc::invalid_argument, std::string(fn) + ": refused: " + why->second);
      entries.push_back(std::move(e));
    }
    const auto c = pl::benchmark::merge(std::move(entries), policy);
    const pl::lang l = lang == PL_LANG_EN ? pl::lang::en : pl::lang::nl;
    return write(output == PL_BENCHMARK_CSV ? pl::benchmark::to_csv(c) : output == PL_BENCHMARK_HTML ? pl::benchmark::to_html(c, l) : pl::benchmark::to_text(c, l), out);
  });
}

}  // namespace

extern "C" {

PL_EXTERN int pl_benchmark_conformance_file(const pl_engine* engine, const void* data, size_t size, const char* source_name, int format,
                                            const void* options, size_t options_size, pl_buffer* out) {
  constexpr const char* fn = "pl_benchmark_conformance_file";
  return conformance_file(fn, shape::bytes, engine, data, size, source_name, format, options_in(fn, shape::bytes, options, options_size, nullptr), out);
}

PL_EXTERN int pl_benchmark_conformance_file_json(const pl_engine* engine, const void* data, size_t size, const char* source_name, int format,
                                                 const char* options_json, pl_buffer* out) {
  constexpr const char* fn = "pl_benchmark_conformance_file_json";
  return conformance_file(fn, shape::json, engine, data, size, source_name, format, options_in(fn, shape::json, nullptr, 0, options_json), out);
}

PL_EXTERN int pl_benchmark_publication_file(const pl_engine* engine, const void* data, size_t size, const char* source_name, int format,
                                            const void* key, size_t key_size, const void* options, size_t options_size, pl_buffer* out) {
  constexpr const char* fn = "pl_benchmark_publication_file";
  return publication_file(fn, shape::bytes, engine, data, size, source_name, format, key, key_size,
                          options_in(fn, shape::bytes, options, options_size, nullptr), out);
}

PL_EXTERN int pl_benchmark_publication_file_json(const pl_engine* engine, const void* data, size_t size, const char* source_name, int format,
                                                 const void* key, size_t key_size, const char* options_json, pl_buffer* out) {
  constexpr const char* fn = "pl_benchmark_publication_file_json";
  return publication_file(fn, shape::json, engine, data, size, source_name, format, key, key_size,
                          options_in(fn, shape::json, nullptr, 0, options_json), out);
}

PL_EXTERN int pl_benchmark_record_export_file(const pl_engine* engine, const void* data, size_t size, const char* source_name, int format,
                                              const void* key, size_t key_size, const void* options, size_t options_size, pl_buffer* out) {
  constexpr const char* fn = "pl_benchmark_record_export_file";
  return record_export_file(fn, shape::bytes, engine, data, size, source_name, format, key, key_size,
                            options_in(fn, shape::bytes, options, options_size, nullptr), out);
}

PL_EXTERN int pl_benchmark_record_export_file_json(const pl_engine* engine, const void* data, size_t size, const char* source_name,
                                                   int format, const void* key, size_t key_size, const char* options_json, pl_buffer* out) {
  constexpr const char* fn = "pl_benchmark_record_export_file_json";
  return record_export_file(fn, shape::json, engine, data, size, source_name, format, key, key_size,
                            options_in(fn, shape::json, nullptr, 0, options_json), out);
}

PL_EXTERN int pl_benchmark_merge(const void* const* publications, const size_t* sizes, size_t count, int output, int lang, unsigned int policy_base,
                                 unsigned int policy_min_clients, pl_buffer* out) {
  constexpr const char* fn = "pl_benchmark_merge";
  if (count > 0 && (publications == nullptr || sizes == nullptr))
    return door(fn, shape::bytes, out, [&]() -> pl::result<void> {
      PL_TRY(require(publications, fn, "publications"));
      return require(sizes, fn, "sizes");
    });
  const auto publication = [&](size_t i) { return message_in::bytes(publications[i], sizes[i], "publications[" + std::to_string(i) + "]"); };
  return merge(fn, shape::bytes, count, publication, output, lang, policy_base, policy_min_clients, out);
}

PL_EXTERN int pl_benchmark_merge_json(const char* const* publications_json, size_t count, int output, int lang, unsigned int policy_base,
                                      unsigned int policy_min_clients, pl_buffer* out) {
  constexpr const char* fn = "pl_benchmark_merge_json";
  const auto publication = [&](size_t i) {
    return message_in::text(publications_json[i], std::string(fn) + ": publications_json[" + std::to_string(i) + "]", false);
  };
  if (count > 0 && publications_json == nullptr)
    return door(fn, shape::json, out, [&]() -> pl::result<void> { return pl::fail(pl::errc::invalid_argument, std::string(fn) + ": publications_json is NULL"); });
  return merge(fn, shape::json, count, publication, output, lang, policy_base, policy_min_clients, out);
}

}  // extern "C"
