/* SPDX-License-Identifier: Apache-2.0 */
/* The caseload store of a record set seen in place (issue 25, participatieladder.h
 * pl_record_set_store_layout / pl_record_set_store_array), from strict C99 as a caller without a
 * struct of its own would read it: every field through the offset the layout names. A small file
 * with an exit_date, a record without a step, a unit and a client read back field by field; the
 * leaving row after the records; the arrays stable while the set lives; errors (NULL arguments, an
 * unknown array name) with their status and message. Wrong handle kinds: handle_kinds_test.c. */
#include <participatieladder.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "c_check.h"

/* Three records of two clients; K2's second record has no step and carries the client's leaving. */
static const char csv[] =
    "client_id;measured_on;step;caseworker;team;start_qualification;exit_date;exit_reason\n"
    "K2;2025-03-01;4;Jansen;Noord;ja;;\n"
    "K1;2025-01-15;3;;;;;\n"
    "K2;2025-05-01;;Jansen;Noord;nee;2025-06-01;werk\n";

/* The number after `"key":` in `json` from `from` on; -1 when absent. */
static long number_after(const char *from, const char *key) {
  char pattern[64];
  const char *at;
  snprintf(pattern, sizeof pattern, "\"%s\":", key);
  at = strstr(from, pattern);
  return at == NULL ? -1 : strtol(at + strlen(pattern), NULL, 10);
}

/* The field object of `name` in the layout (its `"name":"..."` onward), or NULL. */
static const char *field(const char *layout, const char *name) {
  char pattern[80];
  const char *fields = strstr(layout, "\"fields\":[");
  snprintf(pattern, sizeof pattern, "{\"name\":\"%s\",", name);
  return fields == NULL ? NULL : strstr(fields, pattern);
}

/* One byte / a 32-bit value at the offset of field `name` in row `row`. */
static unsigned byte_of(const unsigned char *rows, long row_size, size_t row, long offset) {
  return rows[row * (size_t)row_size + (size_t)offset];
}
static long int32_of(const unsigned char *rows, long row_size, size_t row, long offset) {
  int32_t v;
  memcpy(&v, rows + row * (size_t)row_size + (size_t)offset, sizeof v);
  return (long)v;
}

int main(void) {
  pl_engine *engine = NULL;
  pl_record_set *set = NULL;
  pl_buffer layout = PL_BUFFER_INIT, none = PL_BUFFER_INIT;
  const void *data = NULL, *again = NULL;
  const unsigned char *rows;
  const char *ids, *units, *text;
  const uint64_t *id_offsets, *unit_offsets;
  const uint32_t *leaving_of;
  size_t size = 0, again_size = 0, id_size = 0, unit_size = 0, leaving_size = 0, u;
  long row_size, records, n, step_at, date_at, client_at, unit_at, sq_at, exit_at, step_none, date_none;
  unsigned long client_none;

  CHECK(pl_engine_new(NULL, 0, &engine) == PL_OK);
  CHECK(pl_record_set_read(engine, csv, sizeof csv - 1, "a.csv", PL_FORMAT_CSV, NULL, 0, &set) == PL_OK);
  if (engine == NULL || set == NULL) return 1;

  CHECK(pl_record_set_store_layout(set, &layout) == PL_OK && layout.data != NULL);
  if (layout.data == NULL) return 1;
  text = (const char *)layout.data;
  CHECK(strlen(text) == layout.size);
  CHECK(strstr(text, "\"day_epoch\":\"1970-01-01\"") != NULL);
  records = number_after(text, "records");
  n = number_after(text, "rows");
  row_size = number_after(text, "row_size");
  CHECK(records == 3 && n == 4 && row_size > 0); /* three records, then one leaving row */
  CHECK(number_after(text, "clients") == 2);
  CHECK(field(text, "step") && field(text, "measured_on") && field(text, "client_id") && field(text, "unit") &&
        field(text, "start_qualification") && field(text, "exit_reason"));
  if (!field(text, "step") || !field(text, "measured_on") || !field(text, "client_id") || !field(text, "unit") ||
      !field(text, "start_qualification") || !field(text, "exit_reason"))
    return 1;
  step_at = number_after(field(text, "step"), "offset");
  step_none = number_after(field(text, "step"), "none");
  date_at = number_after(field(text, "measured_on"), "offset");
  date_none = number_after(field(text, "measured_on"), "none");
  client_at = number_after(field(text, "client_id"), "offset");
  client_none = strtoul(strstr(field(text, "client_id"), "\"none\":") + 7, NULL, 10);
  unit_at = number_after(field(text, "unit"), "offset");
  sq_at = number_after(field(text, "start_qualification"), "offset");
  exit_at = number_after(field(text, "exit_reason"), "offset");
  CHECK(step_none == 255 && date_none == -2147483648L && client_none == 4294967295UL);
  CHECK(strstr(field(text, "exit_reason"), "\"codes\":{\"0\":\"work\"") != NULL);
  CHECK(strstr(field(text, "step"), "\"type\":\"uint8\",\"kind\":\"step\"") != NULL);

  CHECK(pl_record_set_store_array(set, "rows", &data, &size) == PL_OK);
  CHECK(data != NULL && size == (size_t)(n * row_size));
  rows = (const unsigned char *)data;
  /* record i is row i: steps 4, 3 and not filled (never 0); the leaving row is step 9 on the exit_date */
  CHECK(byte_of(rows, row_size, 0, step_at) == 4 && byte_of(rows, row_size, 1, step_at) == 3);
  CHECK(byte_of(rows, row_size, 2, step_at) == 255);
  CHECK(byte_of(rows, row_size, 3, step_at) == 9 && byte_of(rows, row_size, 3, exit_at) == 0); /* work */
  CHECK(int32_of(rows, row_size, 0, date_at) == 20148);                                        /* 2025-03-01 */
  CHECK(int32_of(rows, row_size, 3, date_at) == 20240);                                        /* 2025-06-01 */
  CHECK(byte_of(rows, row_size, 0, sq_at) == 1 && byte_of(rows, row_size, 2, sq_at) == 0 && byte_of(rows, row_size, 1, sq_at) == 255);

  /* client ids: sorted, so K1 is client 0 and K2 client 1 */
  CHECK(pl_record_set_store_array(set, "client_id_text", &data, &id_size) == PL_OK);
  ids = (const char *)data;
  CHECK(pl_record_set_store_array(set, "client_id_offsets", &data, &size) == PL_OK && size == 3 * sizeof(uint64_t));
  id_offsets = (const uint64_t *)data;
  CHECK(id_size == 4 && memcmp(ids, "K1K2", 4) == 0 && id_offsets[0] == 0 && id_offsets[1] == 2 && id_offsets[2] == 4);
  CHECK(int32_of(rows, row_size, 0, client_at) == 1 && int32_of(rows, row_size, 1, client_at) == 0);
  CHECK(int32_of(rows, row_size, 3, client_at) == 1);

  /* units: row 0's is (Jansen, "", Noord); row 1's is all empty */
  CHECK(pl_record_set_store_array(set, "unit_text", &data, &unit_size) == PL_OK);
  units = (const char *)data;
  CHECK(pl_record_set_store_array(set, "unit_offsets", &data, &size) == PL_OK);
  unit_offsets = (const uint64_t *)data;
  u = (size_t)int32_of(rows, row_size, 0, unit_at);
  CHECK(size == (size_t)(3 * number_after(text, "units") + 1) * sizeof(uint64_t));
  CHECK(unit_offsets[3 * u + 1] - unit_offsets[3 * u] == 6 && memcmp(units + unit_offsets[3 * u], "Jansen", 6) == 0);
  CHECK(unit_offsets[3 * u + 2] == unit_offsets[3 * u + 1]); /* no department */
  CHECK(unit_offsets[3 * u + 3] - unit_offsets[3 * u + 2] == 5 && memcmp(units + unit_offsets[3 * u + 2], "Noord", 5) == 0);
  u = (size_t)int32_of(rows, row_size, 1, unit_at);
  CHECK(unit_offsets[3 * u + 3] == unit_offsets[3 * u]);
  CHECK(unit_offsets[3 * (size_t)number_after(text, "units")] == unit_size);

  /* the leaving row stands for record 2 */
  CHECK(pl_record_set_store_array(set, "leaving_of", &data, &leaving_size) == PL_OK && leaving_size == sizeof(uint32_t));
  leaving_of = (const uint32_t *)data;
  CHECK(leaving_of != NULL && leaving_of[0] == 2);

  /* in place: the same memory every time */
  CHECK(pl_record_set_store_array(set, "rows", &again, &again_size) == PL_OK && again == (const void *)rows);

  /* errors: NULL arguments and an unknown name; the out-parameters are reset */
  data = rows;
  size = 7;
  CHECK(pl_record_set_store_array(set, "records", &data, &size) == PL_E_INVALID_ARGUMENT);
  CHECK(data == NULL && size == 0 && strstr(pl_last_error(), "\"records\" is no array of the store") != NULL);
  CHECK(strstr(pl_last_error(), "rows, client_id_text") != NULL);
  CHECK(pl_record_set_store_array(set, NULL, &data, &size) == PL_E_INVALID_ARGUMENT && strstr(pl_last_error(), "name is NULL"));
  CHECK(pl_record_set_store_array(NULL, "rows", &data, &size) == PL_E_INVALID_ARGUMENT && strstr(pl_last_error(), "set is NULL"));
  size = 7;
  CHECK(pl_record_set_store_array(set, "rows", NULL, &size) == PL_E_INVALID_ARGUMENT && size == 0);
  data = rows;
  CHECK(pl_record_set_store_array(set, "rows", &data, NULL) == PL_E_INVALID_ARGUMENT && data == NULL);
  CHECK(pl_record_set_store_layout(NULL, &none) == PL_E_INVALID_ARGUMENT && none.data == NULL && none.size == 0);
  CHECK(pl_record_set_store_layout(set, NULL) == PL_E_INVALID_ARGUMENT);

  pl_buffer_free(&layout);
  pl_record_set_free(set);
  pl_engine_free(engine);
  printf("%d checks, %d failures\n", checks, failures);
  return failures == 0 ? 0 : 1;
}
