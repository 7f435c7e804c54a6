/* SPDX-License-Identifier: Apache-2.0
 *
 * Reference conformance adapter in plain C99 over the C ABI (docs/conformance.md, SPEC §11).
 *
 *   pladder conform --adapter ./conformance_adapter
 *
 * Protocol (proto/participatieladder/v1/conformance.proto): on standard input, requests framed as a
 * 4-byte little-endian length followed by a serialized ConformanceRequest; for each, one
 * ConformanceResponse framed the same way on standard output; end at end of input. The first request
 * asks what the adapter implements (`capabilities`); it answers with every feature. A vendor whose
 * system has no §4.1 notes, say, leaves "notes" out: those cases are then skipped, not failed.
 *
 * No protobuf library is needed: the request's payload is the very message the C ABI takes
 * (AnswerSet for pl_determine, CheckRequest for pl_check, ReportRequest for pl_report), so the
 * adapter only finds the field in the wire format and passes the bytes on; the library's output
 * bytes become the response's field. A vendor's adapter does the same with its own system. */
#include <participatieladder.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Field numbers of conformance.proto. */
enum {
  REQ_DETERMINE = 81, REQ_CHECK = 82, REQ_REPORT = 83, REQ_CHECK_FILE = 84, REQ_CAPABILITIES = 85,
  FILE_SOURCE_NAME = 1, FILE_CONTENT = 2, FILE_OPTIONS = 3,
  RESP_DETERMINATION = 90, RESP_CHECK = 91, RESP_REPORT = 92, RESP_ERROR = 94, RESP_CAPABILITIES = 95,
  CAPABILITIES_FEATURES = 1,
  ERROR_STATUS = 1, ERROR_MESSAGE = 2
};

/* What this adapter implements: every kind of case (docs/conformance.md, "Capabilities"). */
static const char *const features[] = {"determine", "answer_text", "notes", "check", "report", "check_file"};

/* A length-delimited field found in a message: its bytes (not owned). */
typedef struct field { const unsigned char *data; size_t size; int found; } field;

static int read_varint(const unsigned char **p, const unsigned char *end, uint64_t *out) {
  uint64_t v = 0;
  int shift = 0;
  while (*p < end && shift < 64) {
    const unsigned char b = *(*p)++;
    v |= (uint64_t)(b & 0x7f) << shift;
    if ((b & 0x80) == 0) { *out = v; return 1; }
    shift += 7;
  }
  return 0;
}

/* Walks the wire format of one message; fills fields[n] for length-delimited field n (< 128). */
static int scan(const unsigned char *data, size_t size, field fields[128]) {
  const unsigned char *p = data, *end = data + size;
  memset(fields, 0, 128 * sizeof(field));
  while (p < end) {
    uint64_t key, value;
    if (!read_varint(&p, end, &key)) return 0;
    switch (key & 7) {
      case 0: if (!read_varint(&p, end, &value)) return 0; break;
      case 1: if ((size_t)(end - p) < 8) return 0; p += 8; break;
      case 5: if ((size_t)(end - p) < 4) return 0; p += 4; break;
      case 2:
        if (!read_varint(&p, end, &value) || value > (uint64_t)(end - p)) return 0;
        if ((key >> 3) < 128) {
          fields[key >> 3].data = p;
          fields[key >> 3].size = (size_t)value;
          fields[key >> 3].found = 1;
        }
        p += value;
        break;
      default: return 0;
    }
  }
  return 1;
}

static size_t put_varint(unsigned char *out, uint64_t v) {
  size_t n = 0;
  do {
    out[n++] = (unsigned char)((v & 0x7f) | (v > 0x7f ? 0x80 : 0));
    v >>= 7;
  } while (v != 0);
  return n;
}

/* Appends field `number` (length-delimited) with `size` bytes to buf. */
static unsigned char *put_bytes(unsigned char *buf, size_t *len, int number, const void *data, size_t size) {
  unsigned char head[20];
  size_t h = put_varint(head, (uint64_t)number << 3 | 2);
  h += put_varint(head + h, size);
  buf = realloc(buf, *len + h + size);
  if (buf == NULL) { fputs("adapter: out of memory\n", stderr); exit(1); }
  memcpy(buf + *len, head, h);
  if (size) memcpy(buf + *len + h, data, size);
  *len += h + size;
  return buf;
}

static int read_exact(void *out, size_t size) { return fread(out, 1, size, stdin) == size; }

static void write_frame(const unsigned char *data, size_t size) {
  const unsigned char head[4] = {(unsigned char)size, (unsigned char)(size >> 8), (unsigned char)(size >> 16),
                                 (unsigned char)(size >> 24)};
  fwrite(head, 1, 4, stdout);
  fwrite(data, 1, size, stdout);
  fflush(stdout);
}

/* The response to one request: the library's output in the matching field, or its error. */
static unsigned char *answer(const pl_engine *engine, const unsigned char *request, size_t size, size_t *len) {
  field req[128], file[128];
  pl_buffer out = PL_BUFFER_INIT;
  int status = PL_E_DECODE, response_field = RESP_ERROR;
  unsigned char *response = NULL;
  *len = 0;
  pl_clear_error();
  if (!scan(request, size, req)) {
    /* status stays PL_E_DECODE */
  } else if (req[REQ_CAPABILITIES].found) {
    /* Capabilities { repeated string features = 1; } */
    unsigned char *inner = NULL;
    size_t inner_len = 0, i;
    for (i = 0; i < sizeof features / sizeof features[0]; i++)
      inner = put_bytes(inner, &inner_len, CAPABILITIES_FEATURES, features[i], strlen(features[i]));
    response = put_bytes(response, len, RESP_CAPABILITIES, inner, inner_len);
    free(inner);
    return response;
  } else if (req[REQ_DETERMINE].found) {
    status = pl_determine(engine, req[REQ_DETERMINE].data, req[REQ_DETERMINE].size, &out);
    response_field = RESP_DETERMINATION;
  } else if (req[REQ_CHECK].found) {
    status = pl_check(engine, req[REQ_CHECK].data, req[REQ_CHECK].size, &out);
    response_field = RESP_CHECK;
  } else if (req[REQ_REPORT].found) {
    status = pl_report(engine, req[REQ_REPORT].data, req[REQ_REPORT].size, &out);
    response_field = RESP_REPORT;
  } else if (req[REQ_CHECK_FILE].found && scan(req[REQ_CHECK_FILE].data, req[REQ_CHECK_FILE].size, file)) {
    char *name = calloc(1, file[FILE_SOURCE_NAME].size + 1);
    if (name == NULL) { fputs("adapter: out of memory\n", stderr); exit(1); }
    if (file[FILE_SOURCE_NAME].size) memcpy(name, file[FILE_SOURCE_NAME].data, file[FILE_SOURCE_NAME].size);
    status = pl_check_file(engine, file[FILE_CONTENT].data, file[FILE_CONTENT].size, name, PL_FORMAT_AUTO,
                           file[FILE_OPTIONS].data, file[FILE_OPTIONS].size, &out);
    response_field = RESP_CHECK;
    free(name);
  }
  if (status == PL_OK) {
    response = put_bytes(response, len, response_field, out.data, out.size);
  } else {
    /* ConformanceError { int32 status = 1; string message = 2; }: a negative int32 is a 10-byte varint. */
    unsigned char err[16];
    size_t n = put_varint(err, (uint64_t)ERROR_STATUS << 3);
    unsigned char *inner = malloc(n + 10);
    size_t inner_len;
    const char *message = pl_last_error();
    if (inner == NULL) { fputs("adapter: out of memory\n", stderr); exit(1); }
    memcpy(inner, err, n);
    inner_len = n + put_varint(inner + n, (uint64_t)(int64_t)status);
    inner = put_bytes(inner, &inner_len, ERROR_MESSAGE, message, strlen(message));
    response = put_bytes(response, len, RESP_ERROR, inner, inner_len);
    free(inner);
  }
  pl_buffer_free(&out);
  return response;
}

int main(void) {
  pl_engine *engine = NULL;
  unsigned char head[4];
  if (pl_engine_new(NULL, 0, &engine) != PL_OK) {
    fprintf(stderr, "adapter: %s\n", pl_last_error());
    return 1;
  }
  while (read_exact(head, 4)) {
    const size_t size = (size_t)head[0] | (size_t)head[1] << 8 | (size_t)head[2] << 16 | (size_t)head[3] << 24;
    unsigned char *request = malloc(size ? size : 1);
    size_t len;
    unsigned char *response;
    if (request == NULL || !read_exact(request, size)) {
      fputs("adapter: truncated request\n", stderr);
      free(request);
      pl_engine_free(engine);
      return 1;
    }
    response = answer(engine, request, size, &len);
    write_frame(response, len);
    free(response);
    free(request);
  }
  pl_engine_free(engine);
  return 0;
}
