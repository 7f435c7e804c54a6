// SPDX-License-Identifier: Apache-2.0
// Fuzz target: the CSV reader (SPEC §6) through pl_read_records. Input: the bytes of a file.
#include "reader_target.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  pl::fuzz::fuzz_reader(data, size, PL_FORMAT_CSV);
  return 0;
}
