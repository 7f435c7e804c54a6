/* SPDX-License-Identifier: Apache-2.0 */
/* participatieladder from plain C99 (docs/c-abi.md): determine a step (SPEC §4), run an
 * interactive questionnaire session, check a small caseload file (SPEC §6, §8) and report its
 * placement table (SPEC §10).
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

/* The bytes of a file (the caller owns them: free()). */
static char *file_bytes(const char *path, size_t *size) {
  FILE *f = fopen(path, "rb");
  char *data = NULL;
  long n;
  if (f == NULL || fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0) {
    fprintf(stderr, "%s: cannot be read\n", path);
    if (f != NULL) fclose(f);
    return NULL;
  }
  data = malloc((size_t)n + 1);
  if (data == NULL || fread(data, 1, (size_t)n, f) != (size_t)n) {
    fprintf(stderr, "%s: cannot be read\n", path);
    free(data);
    fclose(f);
    return NULL;
  }
  fclose(f);
  *size = (size_t)n;
  return data;
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

  /* 4. Check a file and report its placement table (SPEC §6, §8, §10), each in one call: the file's
   *    bytes plus the options as JSON in, the response as JSON out (no protobuf library needed; with
   *    one, pl_check_file / pl_report_file take a CheckOptions / ReportOptions message). */
  if (argc > 1) {
    size_t size = 0;
    char *data = file_bytes(argv[1], &size);
    pl_buffer response = PL_BUFFER_INIT;
    if (data == NULL) return 1;
    rc = pl_check_file_json(engine, data, size, argv[1], PL_FORMAT_AUTO, "{\"reference_date\": \"2025-06-30\"}", &response);
    if (rc != PL_OK) {
      free(data);
      return fail("pl_check_file_json", rc);
    }
    printf("%s\n", (const char *)response.data);
    pl_buffer_free(&response);
    rc = pl_report_file_json(engine, data, size, argv[1], PL_FORMAT_AUTO,
                             "{\"reference_date\": \"2025-06-30\", \"kind\": \"REPORT_KIND_PLACEMENT\"}", &response);
    free(data);
    if (rc != PL_OK) return fail("pl_report_file_json", rc);
    printf("%s\n", (const char *)response.data);
    pl_buffer_free(&response);
  }

  pl_engine_free(engine);
  return 0;
}
