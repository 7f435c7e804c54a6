// SPDX-License-Identifier: Apache-2.0
// Fuzz target: an extension set file (SPEC §9, docs/reports.md) through pl_read_extensions.
// Input: the file. Properties: every error is valid UTF-8 and a PL_E_* code (never PL_E_INTERNAL);
// a set that reads is accepted by pl_engine_new as Configuration.extensions and by a report.
#include "capi_support.hpp"

#include <participatieladder/v1/config.pb.h>
#include <participatieladder/v1/extensions.pb.h>
#include <participatieladder/v1/report.pb.h>

#include <cstdint>
#include <string>

using pl::fuzz::fail;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  pl::fuzz::buffer out;
  const int rc = pl_read_extensions(data, size, "extensions.json", &out);
  participatieladder::v1::ExtensionSet set;
  pl::fuzz::require_utf8(pl::fuzz::outcome("pl_read_extensions", rc, out, &set));
  if (rc != PL_OK) return 0;

  participatieladder::v1::Configuration config;
  *config.mutable_extensions() = set;
  const std::string bytes = config.SerializeAsString();
  pl_engine* engine = nullptr;
  if (pl_engine_new(bytes.data(), bytes.size(), &engine) != PL_OK)
    fail(std::string("an extension set pl_read_extensions gives is refused by pl_engine_new: ") + pl_last_error());

  participatieladder::v1::ReportRequest request;
  auto* r = request.mutable_records()->add_records();
  r->set_client_id("K1");
  r->set_measured_on("2025-03-01");
  r->set_step("2");
  if (set.sub_steps_size() > 0) {
    r->set_sub_step(set.sub_steps(0).code());
    r->set_step(set.sub_steps(0).code().substr(0, 1));  // its base step
  }
  request.mutable_options()->set_kind(participatieladder::v1::REPORT_KIND_PLACEMENT);
  const std::string req = request.SerializeAsString();
  pl::fuzz::buffer report;
  const int rrc = pl_report(engine, req.data(), req.size(), &report);
  participatieladder::v1::ReportResponse response;
  pl::fuzz::require_utf8(pl::fuzz::outcome("pl_report", rrc, report, &response));
  if (rrc != PL_OK) fail(std::string("a report with a valid extension set fails: ") + pl_last_error());
  pl_engine_free(engine);
  return 0;
}
