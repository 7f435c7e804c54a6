/* SPDX-License-Identifier: Apache-2.0 */
/* Wrong handle kinds (issue 20, docs/c-abi.md "Handles"): every entry that takes a handle, given a
 * handle of each other kind in its place (as a C cast, or an untyped pointer from Java, .NET or
 * Python, would pass it), returns PL_E_INVALID_ARGUMENT naming the kind it got, writes no output,
 * and frees nothing. CI runs this program under valgrind memcheck with --error-exitcode
 * (.ci/steps/65-valgrind.sh): the check reads only the kind the library wrote at the start of
 * every handle, never memory of another layout. handle_kinds_cover.sh checks that every function of
 * participatieladder.h with a handle parameter is called here. Strict C99. */
#include <participatieladder.h>

#include <stdio.h>
#include <string.h>

#include "c_check.h"

/* The last error names `found` as the kind given ("... is a pl_session, not a pl_engine"). */
static int names_kind(const char *found) {
  char want[64];
  snprintf(want, sizeof want, "is a %s, not a pl_", found);
  return strstr(pl_last_error(), want) != NULL;
}

/* `call` must fail with PL_E_INVALID_ARGUMENT and a last error naming `found` (the wrong kind). */
#define WRONG(call, found)                                                                                 \
  do {                                                                                                     \
    int rc_;                                                                                               \
    ++checks;                                                                                              \
    pl_clear_error();                                                                                      \
    rc_ = (call);                                                                                          \
    if (rc_ != PL_E_INVALID_ARGUMENT || !names_kind(found)) {                                             \
      ++failures;                                                                                          \
      fprintf(stderr, "%s:%d: %s gave %d (%s), want PL_E_INVALID_ARGUMENT naming %s\n", __FILE__, __LINE__, \
              #call, rc_, pl_last_error(), found);                                                          \
    }                                                                                                      \
  } while (0)

/* A free function given another kind: frees nothing and says so in the last error. */
#define WRONG_FREE(call, found)                                                                  \
  do {                                                                                           \
    ++checks;                                                                                    \
    pl_clear_error();                                                                            \
    call;                                                                                        \
    if (!names_kind(found)) {                                                                    \
      ++failures;                                                                                \
      fprintf(stderr, "%s:%d: %s: last error '%s', want one naming %s\n", __FILE__, __LINE__, #call, \
              pl_last_error(), found);                                                           \
    }                                                                                            \
  } while (0)

/* A JSON entry's output after a wrong kind: the error object (docs/c-abi.md "JSON entries"). */
static void json_error(pl_buffer *json) {
  CHECK(json->data != NULL && strncmp((const char *)json->data, "{\"error\":{\"code\":\"PL_E_INVALID_ARGUMENT\",\"status\":-1,", 50) == 0);
  pl_buffer_free(json);
}

static const char csv[] = "client_id;measured_on;step\nA1;2025-01-01;3\n";

/* Every entry taking an engine, given `h` (a handle of another kind, named `found`). */
static void engine_entries(const pl_engine *h, pl_engine *hm, const pl_record_set *set, const char *found) {
  pl_buffer out = PL_BUFFER_INIT, json = PL_BUFFER_INIT;
  int step = 0, next = 0;
  uint32_t answered = 2u, yes = 0u;
  uint8_t steps[1], nexts[1];
  pl_session *session = NULL;
  pl_record_set *made = NULL;
  static const char key[] = "0123456789abcdef0123";
  pl_buffer error = PL_BUFFER_INIT;
  WRONG(pl_determine(h, NULL, 0, &out), found);
  WRONG(pl_determine_json(h, "{}", &json), found);
  json_error(&json);
  WRONG(pl_determine_notation_json(h, "1:N", &json), found);
  json_error(&json);
  WRONG(pl_paths_json(h, &json), found);
  json_error(&json);
  WRONG(pl_read_records_json(h, csv, sizeof csv - 1, "a.csv", PL_FORMAT_CSV, NULL, &json), found);
  json_error(&json);
  WRONG(pl_catalogue_json(h, &json), found);
  json_error(&json);
  WRONG(pl_report_html_json(h, "{}", PL_LANG_NL, &json), found);
  json_error(&json);
  WRONG(pl_report_xlsx_json(h, "{}", PL_LANG_NL, &json), found);
  json_error(&json);
  WRONG(pl_record_set_read_json(h, csv, sizeof csv - 1, "a.csv", PL_FORMAT_CSV, NULL, &made, &error), found);
  CHECK(made == NULL);
  json_error(&error);
  WRONG(pl_record_set_check_json(h, set, NULL, &json), found);
  json_error(&json);
  WRONG(pl_record_set_report_json(h, set, NULL, &json), found);
  json_error(&json);
  WRONG(pl_record_set_report_html_json(h, set, NULL, PL_LANG_NL, &json), found);
  json_error(&json);
  WRONG(pl_record_set_report_xlsx_json(h, set, NULL, PL_LANG_NL, &json), found);
  json_error(&json);
  WRONG(pl_benchmark_conformance_file_json(h, csv, sizeof csv - 1, "a.csv", PL_FORMAT_CSV, NULL, &json), found);
  json_error(&json);
  WRONG(pl_benchmark_publication_file_json(h, csv, sizeof csv - 1, "a.csv", PL_FORMAT_CSV, key, sizeof key - 1, NULL, &json), found);
  json_error(&json);
  WRONG(pl_benchmark_record_export_file_json(h, csv, sizeof csv - 1, "a.csv", PL_FORMAT_CSV, key, sizeof key - 1, NULL, &json), found);
  json_error(&json);
  WRONG(pl_determine_notation(h, "1:N", &out), found);
  WRONG(pl_determine_bits(h, 2u, 0u, &step, &next), found);
  WRONG(pl_determine_bits_batch(h, &answered, &yes, 1, steps, nexts), found);
  WRONG(pl_paths(h, &out), found);
  WRONG(pl_session_new(h, &session), found);
  CHECK(session == NULL);
  WRONG(pl_read_records(h, csv, sizeof csv - 1, "a.csv", PL_FORMAT_CSV, &out), found);
  WRONG(pl_read_records_v2(h, csv, sizeof csv - 1, "a.csv", PL_FORMAT_CSV, NULL, 0, &out), found);
  WRONG(pl_check(h, NULL, 0, &out), found);
  WRONG(pl_check_file(h, csv, sizeof csv - 1, "a.csv", PL_FORMAT_CSV, NULL, 0, &out), found);
  WRONG(pl_check_json(h, "{}", &json), found);
  json_error(&json);
  WRONG(pl_check_file_json(h, csv, sizeof csv - 1, "a.csv", PL_FORMAT_CSV, NULL, &json), found);
  json_error(&json);
  WRONG(pl_catalogue(h, &out), found);
  WRONG(pl_report(h, NULL, 0, &out), found);
  WRONG(pl_report_file(h, csv, sizeof csv - 1, "a.csv", PL_FORMAT_CSV, NULL, 0, &out), found);
  WRONG(pl_report_json(h, "{}", &json), found);
  json_error(&json);
  WRONG(pl_report_file_json(h, csv, sizeof csv - 1, "a.csv", PL_FORMAT_CSV, NULL, &json), found);
  json_error(&json);
  WRONG(pl_report_html(h, NULL, 0, PL_LANG_NL, &out), found);
  WRONG(pl_report_xlsx(h, NULL, 0, PL_LANG_NL, &out), found);
  WRONG(pl_record_set_read(h, csv, sizeof csv - 1, "a.csv", PL_FORMAT_CSV, NULL, 0, &made), found);
  CHECK(made == NULL);
  WRONG(pl_record_set_check(h, set, NULL, 0, &out), found);
  WRONG(pl_record_set_report(h, set, NULL, 0, &out), found);
  WRONG(pl_record_set_report_html(h, set, NULL, 0, PL_LANG_NL, &out), found);
  WRONG(pl_record_set_report_xlsx(h, set, NULL, 0, PL_LANG_NL, &out), found);
  WRONG(pl_benchmark_conformance_file(h, csv, sizeof csv - 1, "a.csv", PL_FORMAT_CSV, NULL, 0, &out), found);
  WRONG(pl_benchmark_publication_file(h, csv, sizeof csv - 1, "a.csv", PL_FORMAT_CSV, key, sizeof key - 1, NULL, 0, &out), found);
  WRONG(pl_benchmark_record_export_file(h, csv, sizeof csv - 1, "a.csv", PL_FORMAT_CSV, key, sizeof key - 1, NULL, 0, &out),
        found);
  WRONG_FREE(pl_engine_free(hm), found);
  CHECK(out.data == NULL && out.size == 0);
}

/* Every entry taking a session, given `h`. */
static void session_entries(pl_session *h, const char *found) {
  pl_buffer out = PL_BUFFER_INIT, json = PL_BUFFER_INIT;
  int question = 0, step = 0;
  size_t answered = 0;
  WRONG(pl_session_current(h, &question, &step, &answered), found);
  CHECK(question == 0 && step == 0 && answered == 0); /* zeroed on failure; answered untouched */
  WRONG(pl_session_answer(h, 1), found);
  WRONG(pl_session_answer_text(h, "ja"), found);
  WRONG(pl_session_back(h), found);
  WRONG(pl_session_result(h, &out), found);
  WRONG(pl_session_result_json(h, &json), found);
  json_error(&json);
  WRONG_FREE(pl_session_free(h), found);
  CHECK(out.data == NULL && out.size == 0);
}

/* Every entry taking a record set, given `h`; `engine` and `set` are right. */
static void record_set_entries(pl_record_set *h, const pl_engine *engine, const pl_record_set *set, const char *found) {
  pl_buffer out = PL_BUFFER_INIT, json = PL_BUFFER_INIT;
  pl_record_set *made = NULL;
  const void *data = &out;
  size_t size = 1;
  WRONG(pl_record_set_concat(h, set, &made), found);
  WRONG(pl_record_set_concat(set, h, &made), found);
  CHECK(made == NULL);
  WRONG(pl_record_set_info(h, &out), found);
  WRONG(pl_record_set_message(h, &out), found);
  WRONG(pl_record_set_check(engine, h, NULL, 0, &out), found);
  WRONG(pl_record_set_report(engine, h, NULL, 0, &out), found);
  WRONG(pl_record_set_report_html(engine, h, NULL, 0, PL_LANG_NL, &out), found);
  WRONG(pl_record_set_report_xlsx(engine, h, NULL, 0, PL_LANG_NL, &out), found);
  WRONG(pl_record_set_info_json(h, &json), found);
  json_error(&json);
  WRONG(pl_record_set_message_json(h, &json), found);
  json_error(&json);
  WRONG(pl_record_set_check_json(engine, h, NULL, &json), found);
  json_error(&json);
  WRONG(pl_record_set_report_json(engine, h, NULL, &json), found);
  json_error(&json);
  WRONG(pl_record_set_report_html_json(engine, h, NULL, PL_LANG_NL, &json), found);
  json_error(&json);
  WRONG(pl_record_set_report_xlsx_json(engine, h, NULL, PL_LANG_NL, &json), found);
  json_error(&json);
  WRONG(pl_record_set_store_layout(h, &out), found);
  WRONG(pl_record_set_store_array(h, "rows", &data, &size), found);
  CHECK(data == NULL && size == 0); /* the store view (issue 25): nothing shown of another kind's memory */
  WRONG_FREE(pl_record_set_free(h), found);
  CHECK(out.data == NULL && out.size == 0);
}

int main(void) {
  pl_engine *engine = NULL;
  pl_session *session = NULL;
  pl_record_set *set = NULL;
  int question = 0, step = 0;
  CHECK(pl_engine_new(NULL, 0, &engine) == PL_OK);
  CHECK(pl_session_new(engine, &session) == PL_OK);
  CHECK(pl_record_set_read(engine, csv, sizeof csv - 1, "a.csv", PL_FORMAT_CSV, NULL, 0, &set) == PL_OK);
  if (engine == NULL || session == NULL || set == NULL) return 1;

  engine_entries((const pl_engine *)(void *)session, (pl_engine *)(void *)session, set, "pl_session");
  engine_entries((const pl_engine *)(void *)set, (pl_engine *)(void *)set, set, "pl_record_set");
  session_entries((pl_session *)(void *)engine, "pl_engine");
  session_entries((pl_session *)(void *)set, "pl_record_set");
  record_set_entries((pl_record_set *)(void *)engine, engine, set, "pl_engine");
  record_set_entries((pl_record_set *)(void *)session, engine, set, "pl_session");

  /* The right kinds still work after all that (nothing was freed or changed). */
  CHECK(pl_session_answer(session, 0) == PL_OK);
  CHECK(pl_session_current(session, &question, &step, NULL) == PL_OK && question == 2 && step == 0);

  pl_record_set_free(set);
  pl_session_free(session);
  pl_engine_free(engine);
  printf("%d checks, %d failures\n", checks, failures);
  return failures == 0 ? 0 : 1;
}
