/* SPDX-License-Identifier: Apache-2.0 */
/* The C ABI from plain C99, compiled with -std=c99 -Wall -Wextra -pedantic -Werror: the header is
 * valid strict C and the entry points behave as participatieladder.h documents (SPEC §2, §4). */
#include <participatieladder.h>

#include <stdio.h>
#include <string.h>

#include "c_check.h"

/* Walk every path of the questionnaire with the scalar entry point, depth first (SPEC §4). */
static void walk(const pl_engine *engine, uint32_t answered, uint32_t yes, int counts[10], int *longest) {
  int step = -1, next = -1, depth = 0, q;
  CHECK(pl_determine_bits(engine, answered, yes, &step, &next) == PL_OK);
  if (step != 0) {
    CHECK(next == 0 && step >= 1 && step <= 6);
    counts[step]++;
    for (q = 1; q <= 21; ++q) depth += (answered >> q) & 1u;
    if (depth > *longest) *longest = depth;
    return;
  }
  CHECK(next >= 1 && next <= 21);
  walk(engine, answered | (1u << next), yes | (1u << next), counts, longest);
  walk(engine, answered | (1u << next), yes, counts, longest);
}

static void test_status_and_version(void) {
  pl_buffer json = PL_BUFFER_INIT;
  pl_buffer bytes = PL_BUFFER_INIT;
  CHECK(strcmp(pl_status_str(PL_OK), "OK") == 0);
  CHECK(strcmp(pl_status_str(PL_E_PARSE), "parse error") == 0);
  CHECK(strcmp(pl_status_str(PL_E_NO_MEMORY), "out of memory") == 0);
  CHECK(strcmp(pl_status_str(-11), "unknown status") == 0);
  CHECK(strcmp(pl_status_str(7), "unknown status") == 0);
  CHECK(pl_version_number() == PL_VERSION_NUMBER);
  CHECK(strcmp(pl_version_string(), PL_VERSION_STRING) == 0);
  CHECK(pl_version_info(&bytes) == PL_OK && bytes.size > 0);
  CHECK(pl_message_to_json("VersionInfo", bytes.data, bytes.size, &json) == PL_OK);
  CHECK(json.data != NULL && strstr((const char *)json.data, "\"version\":\"" PL_VERSION_STRING "\"") != NULL);
  pl_buffer_free(&json);
  pl_buffer_free(&bytes);
  CHECK(bytes.data == NULL && bytes.size == 0);
  pl_buffer_free(NULL);
}

static void test_determine(const pl_engine *engine) {
  int counts[10] = {0};
  int longest = 0, step = -1, next = -1;
  pl_buffer out = PL_BUFFER_INIT, json = PL_BUFFER_INIT;
  /* SPEC §4 example: unpaid work, weekly, weekly contact. */
  CHECK(pl_determine_bits(engine, (1u << 1) | (1u << 2) | (1u << 10) | (1u << 12) | (1u << 13),
                          (1u << 10) | (1u << 12) | (1u << 13), &step, &next) == PL_OK);
  CHECK(step == 4 && next == 0);
  CHECK(pl_determine_bits(engine, 0, 0, &step, &next) == PL_OK && step == 0 && next == 1);
  /* Bits outside 1..21 and yes without answered are errors, with a message. */
  pl_clear_error();
  CHECK(pl_determine_bits(engine, 1u, 0, &step, &next) == PL_E_INVALID_ARGUMENT && strlen(pl_last_error()) > 0);
  CHECK(pl_determine_bits(engine, 1u << 22, 0, &step, &next) == PL_E_INVALID_ARGUMENT);
  CHECK(pl_determine_bits(engine, 1u << 3, 1u << 4, &step, &next) == PL_E_INVALID_ARGUMENT);
  CHECK(pl_determine_bits(engine, 0, 0, NULL, &next) == PL_E_INVALID_ARGUMENT);
  CHECK(pl_determine_bits(NULL, 0, 0, &step, &next) == PL_E_INVALID_ARGUMENT);
  /* SPEC §4: 308 paths (1: 100, 2: 150, 3: 40, 4: 4, 5: 12, 6: 2), the longest 15 answers. */
  walk(engine, 0, 0, counts, &longest);
  CHECK(counts[1] == 100 && counts[2] == 150 && counts[3] == 40 && counts[4] == 4 && counts[5] == 12 && counts[6] == 2);
  CHECK(longest == 15);
  /* The notation entry point gives a DeterminationResult; JSON makes it readable without protobuf. */
  CHECK(pl_determine_notation(engine, "1:N 2:N 10:J 12:J 13:J", &out) == PL_OK);
  CHECK(pl_message_to_json("participatieladder.v1.DeterminationResult", out.data, out.size, &json) == PL_OK);
  CHECK(strstr((const char *)json.data, "\"step\":4") != NULL);
  CHECK(strstr((const char *)json.data, "Onbetaald werk") != NULL);
  pl_buffer_free(&json);
  pl_buffer_free(&out);
  CHECK(pl_determine_notation(engine, "1:X", &out) == PL_E_PARSE && out.data == NULL);
  CHECK(strstr(pl_last_error(), "1:X") != NULL);
  CHECK(pl_determine_notation(engine, NULL, &out) == PL_E_INVALID_ARGUMENT);
  CHECK(pl_determine_notation(engine, "1:J", NULL) == PL_E_INVALID_ARGUMENT);
  /* Static texts. */
  CHECK(strcmp(pl_step_label(4, PL_LANG_NL), "Onbetaald werk") == 0);
  CHECK(strcmp(pl_step_label(4, PL_LANG_EN), "Unpaid work") == 0);
  CHECK(pl_step_label(7, PL_LANG_NL) == NULL && pl_step_label(4, 2) == NULL);
  CHECK(strcmp(pl_question_text(2, PL_LANG_NL), "Loopt u stage?") == 0);
  CHECK(pl_question_text(0, PL_LANG_NL) == NULL && pl_question_text(22, PL_LANG_EN) == NULL);
}

static void test_session(const pl_engine *engine) {
  pl_session *s = NULL;
  int question = -1, step = -1, i;
  size_t answered = 99;
  pl_buffer out = PL_BUFFER_INIT;
  const int answers[] = {0, 0, 1, 1, 1}; /* 1:N 2:N 10:J 12:J 13:J */
  CHECK(pl_session_new(engine, &s) == PL_OK && s != NULL);
  CHECK(pl_session_back(s) == PL_E_STATE && strlen(pl_last_error()) > 0);
  CHECK(pl_session_current(s, &question, &step, &answered) == PL_OK && question == 1 && step == 0 && answered == 0);
  for (i = 0; i < 5; ++i) CHECK(pl_session_answer(s, answers[i]) == PL_OK);
  CHECK(pl_session_current(s, &question, &step, NULL) == PL_OK && question == 0 && step == 4);
  CHECK(pl_session_answer(s, 1) == PL_E_STATE);
  CHECK(pl_session_back(s) == PL_OK);
  CHECK(pl_session_current(s, &question, &step, &answered) == PL_OK && question == 13 && step == 0 && answered == 4);
  CHECK(pl_session_answer(s, 0) == PL_OK); /* 13:N -> question 14 */
  CHECK(pl_session_current(s, &question, &step, NULL) == PL_OK && question == 14);
  CHECK(pl_session_result(s, &out) == PL_OK && out.size > 0);
  pl_buffer_free(&out);
  CHECK(pl_session_current(NULL, &question, &step, NULL) == PL_E_INVALID_ARGUMENT);
  CHECK(pl_session_answer(NULL, 1) == PL_E_INVALID_ARGUMENT);
  pl_session_free(s);
  s = NULL;
  CHECK(pl_session_new(NULL, &s) == PL_E_INVALID_ARGUMENT && s == NULL);
  pl_session_free(NULL);
}

static void test_engine(void) {
  pl_engine *engine = NULL;
  pl_buffer config = PL_BUFFER_INIT;
  const unsigned char garbage[] = {0xff, 0xff, 0xff};
  CHECK(pl_engine_new(NULL, 0, NULL) == PL_E_INVALID_ARGUMENT);
  CHECK(pl_engine_new(garbage, sizeof garbage, &engine) == PL_E_DECODE && engine == NULL);
  CHECK(pl_engine_new(NULL, 3, &engine) == PL_E_INVALID_ARGUMENT);
  CHECK(pl_message_from_json("Configuration", "{\"checks\":{\"reassessment_months\":0}}", &config) == PL_OK);
  CHECK(pl_engine_new(config.data, config.size, &engine) == PL_E_CONFIG && engine == NULL);
  CHECK(strstr(pl_last_error(), "reassessment_months") != NULL);
  pl_buffer_free(&config);
  CHECK(pl_message_from_json("Configuration", "{\"checks\":{\"severity\":{\"PL099\":\"error\"}}}", &config) == PL_OK);
  CHECK(pl_engine_new(config.data, config.size, &engine) == PL_E_CONFIG && engine == NULL);
  CHECK(strstr(pl_last_error(), "PL099") != NULL);
  pl_buffer_free(&config);
  CHECK(pl_message_from_json("Configuration",
                             "{\"checks\":{\"reassessment_months\":6,\"disabled_checks\":[\"PL018\"],\"severity\":{\"PL005\":\"error\"}}}",
                             &config) == PL_OK);
  CHECK(pl_engine_new(config.data, config.size, &engine) == PL_OK && engine != NULL);
  pl_engine_free(engine);
  pl_buffer_free(&config);
  CHECK(pl_message_from_json("NoSuchMessage", "{}", &config) == PL_E_INVALID_ARGUMENT);
  CHECK(pl_message_from_json("Configuration", "{not json", &config) == PL_E_PARSE);
  pl_engine_free(NULL);
}

int main(void) {
  pl_engine *engine = NULL;
  test_status_and_version();
  test_engine();
  if (pl_engine_new(NULL, 0, &engine) != PL_OK) {
    fprintf(stderr, "cannot create engine: %s\n", pl_last_error());
    return 1;
  }
  test_determine(engine);
  test_session(engine);
  pl_engine_free(engine);
  printf("%d passed, %d failed\n", checks - failures, failures);
  return failures == 0 ? 0 : 1;
}
