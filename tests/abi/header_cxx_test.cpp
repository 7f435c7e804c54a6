// SPDX-License-Identifier: Apache-2.0
// The C header compiled as C++ (-pedantic -Werror): extern "C" linkage and RAII over the handles.
#include <participatieladder.h>

#include <cstdio>
#include <cstring>
#include <memory>

int main() {
  pl_engine* raw = nullptr;
  if (pl_engine_new(nullptr, 0, &raw) != PL_OK) return 1;
  const std::unique_ptr<pl_engine, decltype(&pl_engine_free)> engine(raw, &pl_engine_free);
  pl_buffer out = PL_BUFFER_INIT;
  int rc = pl_determine_notation(engine.get(), "1:J 4:J", &out);
  pl_buffer json = PL_BUFFER_INIT;
  if (rc == PL_OK) rc = pl_message_to_json("DeterminationResult", out.data, out.size, &json);
  const bool ok = rc == PL_OK && std::strstr(reinterpret_cast<const char*>(json.data), "\"step\":5") != nullptr;
  pl_buffer_free(&out);
  pl_buffer_free(&json);
  std::printf("%s\n", ok ? "1 passed, 0 failed" : "0 passed, 1 failed");
  return ok ? 0 : 1;
}
