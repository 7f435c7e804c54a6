/* SPDX-License-Identifier: Apache-2.0 */
/* The C ABI alone (find_package(participatieladder COMPONENTS c), no Boost): SPEC §4 through libparticipatieladder.so. */
#include <participatieladder.h>

#include <stdio.h>

int main(void) {
  pl_engine *engine = NULL;
  int step = 0, question = 0;
  if (pl_engine_new(NULL, 0, &engine) != PL_OK) return 1;
  /* 1:N 2:N 10:J 12:J 13:J (bit q = question q) is step 4 (SPEC §4). */
  if (pl_determine_bits(engine, (1u << 1) | (1u << 2) | (1u << 10) | (1u << 12) | (1u << 13),
                        (1u << 10) | (1u << 12) | (1u << 13), &step, &question) != PL_OK) return 1;
  pl_engine_free(engine);
  printf("step %d\n", step);
  return step == 4 ? 0 : 1;
}
