/* SPDX-License-Identifier: Apache-2.0 */
/* The C door of the differential test (tests/differential/run.py): one call per file through the
 * JSON entries of the C ABI, the output printed as the library returns it.
 *   c_door check FILE OPTIONS_JSON [SETTINGS]     -> pl_check_file_json
 *   c_door report FILE OPTIONS_JSON [SETTINGS]    -> pl_report_file_json
 * SETTINGS, the files a vendor's system would hold, read by the library's own readers as the CLI's
 * options of the same names read them:
 *   --config FILE      pl_read_config -> the engine's Configuration (pl_engine_new)
 *   --extensions FILE  pl_read_extensions -> ExtensionSet, as JSON into the options' "extensions"
 *   --budget FILE      pl_read_budget -> BudgetConfig, as JSON into the options' "budget"
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

/* `options` (a JSON object) with `"key": value_json` added before its closing brace; malloc'ed. */
static char *with_member(char *options, const char *key, const char *value_json) {
  size_t n = strlen(options), extra = strlen(key) + strlen(value_json) + 8;
  char *out = malloc(n + extra);
  char *close = strrchr(options, '}');
  size_t head = close != NULL ? (size_t)(close - options) : n;
  int empty = 1;
  size_t i;
  if (out == NULL) exit(3);
  for (i = 1; i < head; i++)
    if (options[i] != ' ' && options[i] != '\n' && options[i] != '\t') empty = 0;
  memcpy(out, options, head);
  sprintf(out + head, "%s\"%s\":%s}", empty ? "" : ",", key, value_json);
  free(options);
  return out;
}

/* A settings file read by `reader` into message `type`, as JSON; NULL (message printed) on error. */
static char *settings_json(const char *path, const char *type,
                           int (*reader)(const void *, size_t, const char *, pl_buffer *)) {
  size_t size = 0;
  char *text = file_bytes(path, &size), *json = NULL;
  pl_buffer message = PL_BUFFER_INIT, converted = PL_BUFFER_INIT;
  int rc;
  if (text == NULL) {
    fprintf(stderr, "%s: cannot read\n", path);
    exit(3);
  }
  rc = reader(text, size, path, &message);
  if (rc == PL_OK) rc = pl_message_to_json(type, message.data, message.size, &converted);
  if (rc == PL_OK) {
    json = malloc(converted.size + 1);
    if (json == NULL) exit(3);
    memcpy(json, converted.data, converted.size);
    json[converted.size] = '\0';
  } else {
    fprintf(stderr, "%s: %s\n", pl_status_str(rc), pl_last_error());
  }
  free(text);
  pl_buffer_free(&message);
  pl_buffer_free(&converted);
  return json;
}

int main(int argc, char **argv) {
  pl_engine *engine = NULL;
  pl_buffer out = PL_BUFFER_INIT, config = PL_BUFFER_INIT;
  size_t size = 0;
  char *data, *options;
  int rc = PL_OK, i;
  if (argc < 4 || argc % 2 != 0 || (strcmp(argv[1], "check") != 0 && strcmp(argv[1], "report") != 0)) {
    fprintf(stderr, "usage: c_door check|report FILE OPTIONS_JSON [--config F] [--extensions F] [--budget F]\n");
    return 3;
  }
  options = malloc(strlen(argv[3]) + 1);
  if (options == NULL) return 3;
  strcpy(options, argv[3]);
  for (i = 4; i + 1 < argc && rc == PL_OK; i += 2) {
    if (strcmp(argv[i], "--config") == 0) {
      size_t n = 0;
      char *text = file_bytes(argv[i + 1], &n);
      if (text == NULL) return 3;
      rc = pl_read_config(text, n, argv[i + 1], &config);
      free(text);
    } else if (strcmp(argv[i], "--extensions") == 0 || strcmp(argv[i], "--budget") == 0) {
      int budget = strcmp(argv[i], "--budget") == 0;
      char *json = budget ? settings_json(argv[i + 1], "BudgetConfig", pl_read_budget)
                          : settings_json(argv[i + 1], "ExtensionSet", pl_read_extensions);
      if (json == NULL) return 2;
      options = with_member(options, budget ? "budget" : "extensions", json);
      free(json);
    } else {
      fprintf(stderr, "unknown setting %s\n", argv[i]);
      return 3;
    }
  }
  if (rc != PL_OK) {
    fprintf(stderr, "%s: %s\n", pl_status_str(rc), pl_last_error());
    return 2;
  }
  data = file_bytes(argv[2], &size);
  if (data == NULL) {
    fprintf(stderr, "%s: cannot read\n", argv[2]);
    return 3;
  }
  rc = pl_engine_new(config.data, config.size, &engine);
  pl_buffer_free(&config);
  if (rc == PL_OK)
    rc = strcmp(argv[1], "check") == 0
             ? pl_check_file_json(engine, data, size, argv[2], PL_FORMAT_AUTO, options, &out)
             : pl_report_file_json(engine, data, size, argv[2], PL_FORMAT_AUTO, options, &out);
  free(data);
  free(options);
  if (rc != PL_OK) {
    fprintf(stderr, "%s: %s\n", pl_status_str(rc), pl_last_error());
    pl_buffer_free(&out); /* the error object of the JSON entry */
    pl_engine_free(engine);
    return 2;
  }
  fwrite(out.data, 1, out.size, stdout);
  fputc('\n', stdout);
  pl_buffer_free(&out);
  pl_engine_free(engine);
  return 0;
}
