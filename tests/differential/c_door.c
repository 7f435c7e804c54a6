/* SPDX-License-Identifier: Apache-2.0 */
/* The C door of the differential test (tests/differential/run.py): one call per file through the
 * JSON entries of the C ABI, the output printed as the library returns it.
 *   c_door check FILE OPTIONS_JSON     -> pl_check_file_json
 *   c_door report FILE OPTIONS_JSON    -> pl_report_file_json
 * Exit 0 and the JSON on stdout, or exit 2 and "status: message" on stderr. */
#include <participatieladder.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *file_bytes(const char *path, size_t *size) {
  FILE *f = fopen(path, "rb");
  char *data;
  long n;
  if (f == NULL) return NULL;
  if (fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0) {
    fclose(f);
    return NULL;
  }
  data = malloc((size_t)n + 1);
  if (data != NULL && fread(data, 1, (size_t)n, f) != (size_t)n) {
    free(data);
    data = NULL;
  }
  fclose(f);
  *size = (size_t)n;
  return data;
}

int main(int argc, char **argv) {
  pl_engine *engine = NULL;
  pl_buffer out = PL_BUFFER_INIT;
  size_t size = 0;
  char *data;
  int rc;
  if (argc != 4 || (strcmp(argv[1], "check") != 0 && strcmp(argv[1], "report") != 0)) {
    fprintf(stderr, "usage: c_door check|report FILE OPTIONS_JSON\n");
    return 3;
  }
  data = file_bytes(argv[2], &size);
  if (data == NULL) {
    fprintf(stderr, "%s: cannot read\n", argv[2]);
    return 3;
  }
  rc = pl_engine_new(NULL, 0, &engine);
  if (rc == PL_OK)
    rc = strcmp(argv[1], "check") == 0
             ? pl_check_file_json(engine, data, size, argv[2], PL_FORMAT_AUTO, argv[3], &out)
             : pl_report_file_json(engine, data, size, argv[2], PL_FORMAT_AUTO, argv[3], &out);
  free(data);
  if (rc != PL_OK) {
    fprintf(stderr, "%s: %s\n", pl_status_str(rc), pl_last_error());
    pl_engine_free(engine);
    return 2;
  }
  fwrite(out.data, 1, out.size, stdout);
  fputc('\n', stdout);
  pl_buffer_free(&out);
  pl_engine_free(engine);
  return 0;
}
