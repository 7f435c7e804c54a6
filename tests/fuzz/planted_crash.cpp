// SPDX-License-Identifier: Apache-2.0
// The fuzz step's self-test (.ci/steps/80-fuzz.sh): a target with a planted heap-buffer-overflow,
// reached when the CSV reader skips a row for its number of fields — a mutation or two away from
// the seed, so the fuzzer finds it within seconds. A step that could never fail would prove nothing.
// Built only in the PL_FUZZ build, only when asked for by name; never in the corpus runs.
#include "capi_support.hpp"

#include <participatieladder/v1/read.pb.h>

#include <cstdint>
#include <cstring>
#include <memory>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  pl::fuzz::buffer out;
  if (pl_read_records(pl::fuzz::engine(), data, size, "planted.csv", PL_FORMAT_CSV, &out) != PL_OK) return 0;
  participatieladder::v1::RecordSet set;
  if (!set.ParseFromArray(out.b.data, static_cast<int>(out.b.size))) return 0;
  for (const auto& f : set.findings())
    if (f.message_en().find(" fields, the header ") != std::string::npos) {
      auto bytes = std::make_unique<char[]>(4);
      std::memcpy(bytes.get(), f.message_en().data(), 5 + f.line() % 2);  // the planted bug: 5 or 6 bytes into 4
      return bytes[0];
    }
  return 0;
}
