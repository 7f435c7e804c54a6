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

/* The records of a file, read by the library into a ReadResponse message. */
static int read_file(const pl_engine *engine, const char *path, pl_buffer *records) {
  FILE *f = fopen(path, "rb");
  char *data = NULL;
  long size;
  int rc;
  if (f == NULL || fseek(f, 0, SEEK_END) != 0 || (size = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0) {
    fprintf(stderr, "%s: cannot be read\n", path);
    if (f != NULL) fclose(f);
    return 1;
  }
  data = malloc((size_t)size + 1);
  if (data == NULL || fread(data, 1, (size_t)size, f) != (size_t)size) {
    free(data);
    fclose(f);
    return 1;
  }
  fclose(f);
  rc = pl_read_records(engine, data, (size_t)size, path, PL_FORMAT_CSV, records);
  free(data);
  if (rc != PL_OK) return fail("pl_read_records", rc);
  return 0;
}

typedef int (*request_fn)(const pl_engine *, const void *, size_t, pl_buffer *);

/* Call `fn` (pl_check or pl_report) on the records plus the rest of a request given as JSON:
 * the bytes of a ReadResponse followed by those of a CheckRequest / ReportRequest without records
 * form one request (fields 1-2 have the same numbers). Prints the response as JSON. */
static int run_request(const pl_engine *engine, const pl_buffer *records, request_fn fn, const char *name,
                       const char *request_type, const char *request_json, const char *response_type) {
  pl_buffer tail = PL_BUFFER_INIT, response = PL_BUFFER_INIT;
  unsigned char *request;
  int rc = pl_message_from_json(request_type, request_json, &tail);
  if (rc != PL_OK) return fail("pl_message_from_json", rc);
  request = malloc(records->size + tail.size + 1);
  if (request == NULL) return 1;
  if (records->size > 0) memcpy(request, records->data, records->size);
  memcpy(request + records->size, tail.data, tail.size);
  rc = fn(engine, request, records->size + tail.size, &response);
  free(request);
  pl_buffer_free(&tail);
  if (rc != PL_OK) return fail(name, rc);
  rc = print_json(response_type, &response);
  pl_buffer_free(&response);
  return rc;
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

  /* 4. Check a small file (SPEC §6, §8) and report its placement table (SPEC §10): the library
   *    reads it; the bytes of the ReadResponse followed by those of a CheckRequest (ReportRequest)
   *    holding the reference date form one request. */
  if (argc > 1) {
    pl_buffer records = PL_BUFFER_INIT;
    if (read_file(engine, argv[1], &records) != 0) return 1;
    rc = run_request(engine, &records, pl_check, "pl_check", "CheckRequest", "{\"reference_date\": \"2025-06-30\"}",
                     "CheckResponse");
    if (rc == 0)
      rc = run_request(engine, &records, pl_report, "pl_report", "ReportRequest",
                       "{\"reference_date\": \"2025-06-30\", \"kind\": \"REPORT_KIND_PLACEMENT\"}", "ReportResponse");
    pl_buffer_free(&records);
    if (rc != 0) return 1;
  }

  pl_engine_free(engine);
  return 0;
}
