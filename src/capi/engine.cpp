// SPDX-License-Identifier: Apache-2.0
// pl_engine_new / pl_engine_free: an engine from a participatieladder.v1.Configuration (check settings
// and extension set).
#include "c_boundary.hpp"
#include "engine.hpp"

#include "messages/config_message.hpp"
#include "messages/decode.hpp"
#include "messages/extensions_message.hpp"

using namespace pl::capi;

extern "C" {

PL_EXTERN int pl_engine_new(const void* config, size_t size, pl_engine** out) {
  return guard([&]() -> pl::result<void> {
    PL_TRY(require(out, "pl_engine_new", "out"));
    *out = nullptr;
    participatieladder::v1::Configuration c;
    PL_TRY(pl::messages::decode(config, size, c, "config"));
    PL_TRY(settings, pl::messages::from_message(c.checks(), "Configuration.checks"));
    std::optional<pl::extension_set> extensions;
    if (c.has_extensions()) {
      PL_TRY(set, pl::messages::from_message(c.extensions(), "Configuration.extensions"));
      extensions = std::move(set);
    }
    *out = new pl_engine(std::move(settings), std::move(extensions));
    return pl::success();
  });
}

PL_EXTERN void pl_engine_free(pl_engine* engine) { delete engine; }

}  // extern "C"
