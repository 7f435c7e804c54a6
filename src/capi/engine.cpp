// SPDX-License-Identifier: Apache-2.0
// pl_engine_new / pl_engine_free: an engine from a participatieladder.v1.Configuration (check settings
// and extension set).
#include "c_boundary.hpp"
#include "engine.hpp"

#include "messages/config_message.hpp"
#include "messages/decode.hpp"
#include "messages/extensions_message.hpp"

using namespace pl::capi;

namespace {
/// pl_engine_new and pl_engine_new_json: *out is NULL on every failure.
pl::result<void> engine_new(const char* fn, const message_in& config, pl_engine** out) {
  PL_TRY(require(out, fn, "out"));
  *out = nullptr;
  participatieladder::v1::Configuration c;
  PL_TRY(read(config, c));
  PL_TRY(settings, pl::messages::from_message(c.checks(), "Configuration.checks"));
  std::optional<pl::extension_set> extensions;
  if (c.has_extensions()) {
    PL_TRY(set, pl::messages::from_message(c.extensions(), "Configuration.extensions"));
    extensions = std::move(set);
  }
  *out = new pl_engine(std::move(settings), std::move(extensions));
  return pl::success();
}
}  // namespace

extern "C" {

PL_EXTERN int pl_engine_new(const void* config, size_t size, pl_engine** out) {
  return guard([&] { return engine_new("pl_engine_new", message_in::bytes(config, size, "config"), out); });
}

PL_EXTERN int pl_engine_new_json(const char* config_json, pl_engine** out, pl_buffer* error) {
  return door_with_error(error, [&] {
    return engine_new("pl_engine_new_json", message_in::text(config_json, "pl_engine_new_json: config_json", true), out);
  });
}

PL_EXTERN void pl_engine_free(pl_engine* engine) {
  if (engine == nullptr) return;
  if (auto ok = require(engine, "pl_engine_free", "engine"); !ok) {
    set_error(ok.error());  // another kind of handle: not freed (freeing it as an engine would corrupt it)
    return;
  }
  mark_freed(*engine);
  delete engine;
}

}  // extern "C"
