/* SPDX-License-Identifier: Apache-2.0 */
/* CHECK for the C tests of the ABI (strict C99; c_api_test.c, store_view_test.c,
 * handle_kinds_test.c): counts the checks and the failures, and writes a failed check with its file,
 * line, condition and pl_last_error() to standard error. Included once, by the test's one file. */
#ifndef PL_TESTS_ABI_C_CHECK_H
#define PL_TESTS_ABI_C_CHECK_H

#include <participatieladder.h>

#include <stdio.h>

static int failures = 0;
static int checks = 0;

#define CHECK(cond)                                                                                            \
  do {                                                                                                         \
    ++checks;                                                                                                  \
    if (!(cond)) {                                                                                             \
      ++failures;                                                                                              \
      fprintf(stderr, "%s:%d: CHECK failed: %s (last error: %s)\n", __FILE__, __LINE__, #cond, pl_last_error()); \
    }                                                                                                          \
  } while (0)

#endif
