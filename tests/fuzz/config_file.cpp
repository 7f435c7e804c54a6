// SPDX-License-Identifier: Apache-2.0
// Fuzz target: a municipality's configuration file (docs/checks.md) through pl_read_config, the one
// reader of every door. Input: the file. Properties: every error is valid UTF-8 and a PL_E_* code
// (never PL_E_INTERNAL); what reads is a Configuration an engine accepts; its checks written as JSON
// (pl_message_to_json) read back as the same Configuration.
#include "capi_support.hpp"

#include <participatieladder/v1/config.pb.h>

#include <cstdint>
#include <string>

using pl::fuzz::fail;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  pl::fuzz::buffer out;
  const int rc = pl_read_config(data, size, "config.json", &out);
  participatieladder::v1::Configuration config;
  pl::fuzz::require_utf8(pl::fuzz::outcome("pl_read_config", rc, out, &config));
  if (rc != PL_OK) return 0;

  pl_engine* engine = nullptr;
  if (pl_engine_new(out.b.data, out.b.size, &engine) != PL_OK)
    fail(std::string("a configuration pl_read_config gives is refused by pl_engine_new: ") + pl_last_error());
  pl::fuzz::buffer catalogue;
  if (pl_catalogue(engine, &catalogue) != PL_OK) fail(std::string("pl_catalogue: ") + pl_last_error());
  pl_engine_free(engine);

  const std::string checks = config.checks().SerializeAsString();
  pl::fuzz::buffer json, back;
  if (pl_message_to_json("CheckConfig", checks.data(), checks.size(), &json) != PL_OK)
    fail(std::string("pl_message_to_json(CheckConfig): ") + pl_last_error());
  if (pl_read_config(json.b.data, json.b.size, "config.json", &back) != PL_OK)
    fail(std::string("the configuration written as JSON does not read back: ") + pl_last_error() + ": " +
         pl::fuzz::shown(json.bytes()));
  participatieladder::v1::Configuration again;
  if (!again.ParseFromArray(back.b.data, static_cast<int>(back.b.size)) ||
      !pl::fuzz::same(again, config))
    fail("configuration -> JSON -> configuration is not the same: " + pl::fuzz::shown(json.bytes()));
  return 0;
}
