/* SPDX-License-Identifier: Apache-2.0 */
/*
 * participatieladder.h — the stable C ABI of the participatieladder library.
 *
 * This header is the reference documentation of the C interface. It is pure C99 and also
 * compiles as C++. Every binding (Python, C#, Java, Delphi, ...) goes through these functions, so
 * every binding gives exactly the answers of the C++ core (SPEC §4: "the same answers must always
 * give the same step in every binding").
 *
 * CONVENTIONS
 *
 * Return codes. Every function that can fail returns an int status: PL_OK (0) on success, a
 * negative PL_E_* code on failure. Codes are never renumbered or reused (new ones are only
 * added); pl_status_str() names any code. Findings — an incomplete questionnaire, a failed
 * consistency check, a value in a file that cannot be read — are data in the output, never a
 * status.
 *
 * Last error. When a function fails, a message naming where (field, index, value) and why is kept
 * per thread; pl_last_error() returns it. Messages never contain personal data (SPEC §11).
 *
 * NULL and garbage. Every entry point catches everything: no exception and no crash crosses this
 * interface. A NULL pointer argument gives PL_E_INVALID_ARGUMENT; bytes that are not the expected
 * message give PL_E_DECODE. Protobuf input is strict: a field this library does not know (bytes
 * of another message, or of a newer schema than this library's) is PL_E_DECODE.
 *
 * Messages. Structured input and output are protocol buffers of the schema
 * proto/participatieladder/v1/ (package participatieladder.v1), passed as serialized bytes. The
 * schema only ever grows (fields are added, never changed). pl_message_to_json() and
 * pl_message_from_json() convert any of its messages, so a caller without a protobuf library can
 * work with JSON (field names are the SPEC §6 keys).
 *
 * Ownership. Output bytes are written to a caller-provided pl_buffer whose memory the library
 * allocates; release it with pl_buffer_free(). Handles are created by pl_*_new() and released
 * by the matching pl_*_free(), which accepts NULL. Strings returned as `const char *` are owned
 * by the library: static ones live as long as the library, pl_last_error()'s until the next failing
 * call (or pl_clear_error()) on the same thread.
 *
 * Out-parameters and failure. Every out-parameter is written on success and on failure alike,
 * so a caller never reads what it did not initialise: on failure a pl_buffer *out is empty
 * ({NULL, 0}) — except for the `_json` entries, which put the error object there — a handle
 * **out is NULL, and scalar outputs (*step, *next_question, *question) are 0. The exceptions are
 * named at the function (pl_determine_bits_batch writes the results before a bad pair;
 * pl_session_current leaves *answered). A NULL out-parameter is
 * PL_E_INVALID_ARGUMENT, except where a function says it may be NULL.
 *
 * JSON entries. Every function that takes or writes a message has a twin ending in `_json` that
 * takes each message argument as NUL-terminated JSON and writes each message result as
 * NUL-terminated JSON — the one v1 JSON mapping (field names as in the schema, every field
 * written, the same bytes as pl_message_to_json() and `pladder --format json`), so a caller needs
 * no protobuf library. Text and file outputs (HTML, CSV, .xlsx) are the same bytes as the twin's.
 * On failure a `_json` entry returns the status as every function does and also writes the error
 * into its output buffer (into `error` for the constructors pl_engine_new_json() and
 * pl_record_set_read_json(), whose output is a handle):
 *   {"error":{"code":"PL_E_PARSE","status":-2,"message":"..."}}
 * `code` is the status's name in this header, `status` its value, `message` the text
 * pl_last_error() gives on the same thread. A caller that checks the status and then parses the
 * buffer needs no per-thread state. docs/c-abi.md lists every entry with its JSON messages.
 *
 * Handles. pl_engine, pl_session and pl_record_set carry their kind from construction: a handle of
 * one kind passed where another is expected (through a cast, or an untyped pointer of another
 * language) is PL_E_INVALID_ARGUMENT naming the kind found, and a pl_*_free() given another kind
 * frees nothing (it sets the last error). Using a freed handle is undefined.
 *
 * Threading. A pl_engine and a pl_record_set are immutable after creation and may be shared by
 * any number of threads without locking. A pl_session is not synchronised: use it from one thread
 * at a time. The last error is per thread. All other functions are reentrant.
 *
 * Versioning. PL_VERSION_* (compile time) and pl_version_number()/pl_version_string() (run
 * time). The shared library's SONAME is libparticipatieladder.so.MAJOR and the CMake package
 * accepts a request only within the same major version; within one major version the ABI only
 * grows (new functions; behaviour changes arrive as new _v2 functions). An incompatible change
 * raises the major version, and with it the SONAME (docs/c-abi.md "Versions").
 */
#ifndef PARTICIPATIELADDER_H
#define PARTICIPATIELADDER_H

#include <stddef.h>
#include <stdint.h>

#include "participatieladder/version.h"

/* PL_EXTERN marks every exported function; everything else in the library is hidden. */
#if defined(_WIN32) || defined(__CYGWIN__)
#  if defined(PL_BUILDING_LIBRARY)
#    define PL_EXTERN __declspec(dllexport)
#  else
#    define PL_EXTERN __declspec(dllimport)
#  endif
#elif defined(__GNUC__) || defined(__clang__)
#  define PL_EXTERN __attribute__((visibility("default")))
#else
#  define PL_EXTERN
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* ---- status codes -------------------------------------------------------------------------- */

/** Status codes. The values are fixed forever: the C++ pl::errc values, negated. */
typedef enum pl_status {
  PL_OK = 0,
  PL_E_INVALID_ARGUMENT = -1, /**< a NULL pointer, an unknown option, a value outside its domain */
  PL_E_PARSE = -2,            /**< text that cannot be read (answer notation, date, JSON) */
  PL_E_IO = -3,               /**< a file cannot be opened or read */
  PL_E_FORMAT = -4,           /**< input is not of the expected kind (not CSV, required column missing) */
  PL_E_CONFIG = -5,           /**< an invalid configuration (unknown check id, bad interval) */
  PL_E_STATE = -6,            /**< not allowed now (answering a complete session, back at question 1) */
  PL_E_DECODE = -7,           /**< bytes that are not the expected protobuf message */
  PL_E_VERSION = -8,          /**< reserved; no function returns it (compare pl_version_number() with
                                   PL_VERSION_NUMBER to detect a header/library mismatch) */
  PL_E_INTERNAL = -9,         /**< an unexpected failure inside the library (a bug: please report) */
  PL_E_NO_MEMORY = -10        /**< allocation failed */
} pl_status;

/** Short English name of a status code ("OK", "parse error", ...); "unknown status" for a value
 *  that is not a status. Never NULL; static storage. */
PL_EXTERN const char *pl_status_str(int status);

/** The message of the last failed call on this thread: where and why. "" when no call on this
 *  thread has failed since the last pl_clear_error(). Successful calls neither clear nor change it.
 *  Never NULL. The text is owned by the library and stays valid and unchanged until the next
 *  failing call on this thread, or pl_clear_error() on this thread, or the thread's end —
 *  whichever comes first (a successful call leaves it as it is). Copy it before such a call. A
 *  caller whose runtime may move it between OS threads (Java, .NET) reads the error from the
 *  failing call's own output instead: every `_json` entry writes it there ("JSON entries"). */
PL_EXTERN const char *pl_last_error(void);

/** Forget the last error of this thread. */
PL_EXTERN void pl_clear_error(void);

/* ---- version ------------------------------------------------------------------------------- */

/** The library's version as PL_VERSION_NUMBER (MAJOR * 10000 + MINOR * 100 + PATCH). Compare it
 *  with PL_VERSION_NUMBER to detect a header/library mismatch. */
PL_EXTERN unsigned int pl_version_number(void);

/** The library's version, e.g. "0.1.0". Static storage. */
PL_EXTERN const char *pl_version_string(void);

/* ---- output buffers ------------------------------------------------------------------------ */

/** Bytes allocated by the library. Declare with PL_BUFFER_INIT; release with pl_buffer_free(). A
 *  function that writes a buffer overwrites *out without releasing what it held (release earlier
 *  results first); on failure *out is left empty ({NULL, 0}). */
typedef struct pl_buffer {
  unsigned char *data; /**< the bytes; NULL when empty (text outputs are also NUL-terminated) */
  size_t size;         /**< number of bytes, without any terminating NUL */
} pl_buffer;

#define PL_BUFFER_INIT {NULL, 0}

/** Release the bytes of *buf and reset it to empty. Accepts NULL and an empty buffer. */
PL_EXTERN void pl_buffer_free(pl_buffer *buf);

/** A participatieladder.v1.VersionInfo message into *out. */
PL_EXTERN int pl_version_info(pl_buffer *out);

/** pl_version_info() as JSON (a VersionInfo); on failure *out holds the error object. */
PL_EXTERN int pl_version_info_json(pl_buffer *out);

/* ---- JSON conversion ----------------------------------------------------------------------- */

/** Convert serialized message `type_name` (e.g. "participatieladder.v1.CheckResponse"; the
 *  "participatieladder.v1." prefix may be left out) to JSON, field names as in the schema (the
 *  SPEC §6 keys), UTF-8, NUL-terminated. */
PL_EXTERN int pl_message_to_json(const char *type_name, const void *data, size_t size, pl_buffer *out);

/** Parse JSON (NUL-terminated UTF-8) as message `type_name` and write the serialized message. */
PL_EXTERN int pl_message_from_json(const char *type_name, const char *json, pl_buffer *out);

/* ---- engine -------------------------------------------------------------------------------- */

/** An engine: the rules plus a municipality's configuration. Immutable; safe to share between
 *  threads. */
typedef struct pl_engine pl_engine;

/** Create an engine from a serialized participatieladder.v1.Configuration (`config`, `size`
 *  bytes): check settings (SPEC §7, §8) and the municipality's extension set (SPEC §9, used by PL014
 *  and the reports). config == NULL with size == 0 gives the defaults. An invalid configuration
 *  gives PL_E_CONFIG. On success *out holds a new engine, owned by the caller, for
 *  pl_engine_free(); on failure *out is NULL. */
PL_EXTERN int pl_engine_new(const void *config, size_t size, pl_engine **out);

/** pl_engine_new() with the Configuration as JSON (`config_json`, NUL-terminated; NULL or "" for
 *  the defaults). On failure *out is NULL and, when `error` is not NULL, *error holds the error
 *  object (see "JSON entries"); on success *error is left empty. */
PL_EXTERN int pl_engine_new_json(const char *config_json, pl_engine **out, pl_buffer *error);

/** Release an engine. Accepts NULL. No other thread may still be using it, nor a session made from
 *  it. Given another kind of handle it frees nothing and sets the last error. */
PL_EXTERN void pl_engine_free(pl_engine *engine);

/* ---- determination (SPEC §4) --------------------------------------------------------------- */

/** Determine the step from a serialized participatieladder.v1.AnswerSet; writes a
 *  participatieladder.v1.DeterminationResult (step, path, notes, delimitation; or the next
 *  question when incomplete — incomplete is a result, not an error). A question outside 1-21 or
 *  answered twice is PL_E_INVALID_ARGUMENT. */
PL_EXTERN int pl_determine(const pl_engine *engine, const void *answer_set, size_t size, pl_buffer *out);

/** pl_determine() with the AnswerSet as JSON (NUL-terminated) and the DeterminationResult as JSON;
 *  on failure *out holds the error object. */
PL_EXTERN int pl_determine_json(const pl_engine *engine, const char *answer_set_json, pl_buffer *out);

/** The same from the answer notation of SPEC §6 (`"1:N 2:N 10:J 12:J 13:J"`, NUL-terminated);
 *  unreadable notation is PL_E_PARSE. */
PL_EXTERN int pl_determine_notation(const pl_engine *engine, const char *notation, pl_buffer *out);

/** pl_determine_notation() writing the DeterminationResult as JSON; on failure *out holds the error object. */
PL_EXTERN int pl_determine_notation_json(const pl_engine *engine, const char *notation, pl_buffer *out);

/** Fast scalar determination for bulk use; no allocation. Answers are two bitmasks: bit q
 *  (1 << q, q = 1..21) of `answered` is set when question q was answered, the same bit of `yes`
 *  when the answer was yes. On success either *step is the step 1-6 and *next_question is 0
 *  (complete), or *step is 0 and *next_question is the question to ask (incomplete). Bits outside
 *  1..21, or yes-bits without their answered-bit, are PL_E_INVALID_ARGUMENT. On failure *step and
 *  *next_question are 0 (when not NULL). */
PL_EXTERN int pl_determine_bits(const pl_engine *engine, uint32_t answered, uint32_t yes, int *step,
                                int *next_question);

/** pl_determine_bits for `count` answer sets in one call (issue 13: scoring a whole caseload's
 *  questionnaires, e.g. from Python's buffer protocol); no allocation. `answered[i]` and `yes[i]`
 *  as for pl_determine_bits; writes step[i] (1-6, or 0 when incomplete) and next_question[i] (0
 *  when complete, else the question to ask). An invalid pair stops the call with
 *  PL_E_INVALID_ARGUMENT naming its index; the results before it are written. With count 0 the
 *  array pointers may be NULL. */
PL_EXTERN int pl_determine_bits_batch(const pl_engine *engine, const uint32_t *answered, const uint32_t *yes, size_t count,
                                      uint8_t *step, uint8_t *next_question);

/** Every complete path through the questionnaire (SPEC §4: 308) as a
 *  participatieladder.v1.QuestionnairePaths message: a conformance suite for other systems. */
PL_EXTERN int pl_paths(const pl_engine *engine, pl_buffer *out);

/** pl_paths() as JSON (QuestionnairePaths); on failure *out holds the error object. */
PL_EXTERN int pl_paths_json(const pl_engine *engine, pl_buffer *out);

/** Languages of the static texts below. */
#define PL_LANG_NL 0
#define PL_LANG_EN 1

/** The text of question 1-21 (SPEC §4) in PL_LANG_NL (canonical) or PL_LANG_EN, UTF-8, static
 *  storage; NULL for another number or language. */
PL_EXTERN const char *pl_question_text(int question, int lang);

/** The label of step code 0-6 or 9 (SPEC §2), UTF-8, static storage; NULL for another code. */
PL_EXTERN const char *pl_step_label(int step, int lang);

/* ---- interactive session (SPEC §4) --------------------------------------------------------- */

/** A questionnaire session for input modules: the current question, answer it, go back. Not
 *  synchronised: one thread at a time. The engine must outlive the session. */
typedef struct pl_session pl_session;

/** Start a session at question 1. On success *out holds a new session, owned by the caller, for
 *  pl_session_free(); on failure *out is NULL. */
PL_EXTERN int pl_session_new(const pl_engine *engine, pl_session **out);

/** Release a session. Accepts NULL. Given another kind of handle it frees nothing and sets the last
 *  error. */
PL_EXTERN void pl_session_free(pl_session *session);

/** Where the session is: *question is the question to ask (1-21) and *step 0 while incomplete;
 *  *question is 0 and *step the step 1-6 when complete. `answered` (may be NULL) receives the
 *  number of answers given. On failure *question and *step are 0 (when not NULL); *answered is
 *  not written. */
PL_EXTERN int pl_session_current(const pl_session *session, int *question, int *step, size_t *answered);

/** Answer the current question: yes != 0 for yes. PL_E_STATE when the session is complete. */
PL_EXTERN int pl_session_answer(pl_session *session, int yes);

/** Answer the current question with the answer as written (`"ja"`, `"nee"`, `"J"`, `"n"`, `"true"`,
 *  `"0"`, ..., any case; NUL-terminated UTF-8), read with the SPEC §6 yes/no table — the same table
 *  as files and the answer notation. Anything else is PL_E_INVALID_ARGUMENT (never a guess);
 *  PL_E_STATE when the session is complete. */
PL_EXTERN int pl_session_answer_text(pl_session *session, const char *answer);

/** Withdraw the last answer. PL_E_STATE when no answer was given. */
PL_EXTERN int pl_session_back(pl_session *session);

/** The participatieladder.v1.DeterminationResult for the answers so far. */
PL_EXTERN int pl_session_result(const pl_session *session, pl_buffer *out);

/** pl_session_result() as JSON (DeterminationResult); on failure *out holds the error object. */
PL_EXTERN int pl_session_result_json(const pl_session *session, pl_buffer *out);

/* ---- records and consistency checks (SPEC §6, §8) ------------------------------------------ */

/*
 * One pipeline. Reading, checking and reporting are the same library code whichever door is used
 * (pladder, these functions, every binding): read file bytes into a participatieladder.v1.RecordSet
 * (records + an `input` finding per value that cannot be read), then check or report it. Three ways
 * in, one result:
 *   - file bytes + an options message in one call: pl_check_file(), pl_report_file();
 *   - the same with options and result as JSON, for callers without a protobuf library:
 *     pl_check_file_json(), pl_report_file_json();
 *   - a request message (a RecordSet plus options), e.g. for records a vendor holds itself:
 *     pl_check(), pl_report(), pl_report_html(), or as JSON pl_check_json(), pl_report_json().
 * Several files: read each with pl_read_records() and join the sets with pl_record_sets_concat()
 * (each finding keeps its own file and line).
 *
 * The reference date ("today", YYYY-MM-DD) is an option; when empty it is the latest measured_on
 * of the records (never the system clock), and the response says which date was used.
 *
 * JSON output uses the schema's field names; counts and line numbers are JSON numbers; fields with
 * default values (0, "", false) are written too.
 */

/** File formats of pl_read_records() and the *_file functions. */
#define PL_FORMAT_CSV 0   /**< CSV: `;` or `,`, UTF-8 with or without BOM, §6 keys or Dutch headers */
#define PL_FORMAT_JSONL 1 /**< JSON Lines: one object per line, §6 keys or Dutch headers */
#define PL_FORMAT_AUTO 2  /**< by the source name: `.jsonl` / `.ndjson` is JSON Lines, else CSV (as pladder) */

/** Read the bytes of a CSV or JSON Lines file (SPEC §6) into a participatieladder.v1.RecordSet:
 *  the records, an `input` finding for every value or row that cannot be read (findings, not
 *  errors), and the source name. `source_name` (may be NULL: "input") names the file in findings
 *  and messages. A file that is not of the format at all (empty, binary, a required column
 *  missing) is PL_E_FORMAT. No binding parses files itself: they all read through this function. */
PL_EXTERN int pl_read_records(const pl_engine *engine, const void *data, size_t size, const char *source_name, int format,
                              pl_buffer *out);

/** pl_read_records() with a serialized participatieladder.v1.ReadOptions (`read_options`,
 *  `read_options_size` bytes; NULL/0 for the defaults): the encoding (`auto`: UTF-8 when the bytes
 *  are valid UTF-8, else Windows-1252; `utf-8`; `windows-1252`) and a municipality's column mapping
 *  (header -> §6 key). The RecordSet says the encoding read per source. An invalid option is
 *  PL_E_CONFIG. (The CheckOptions / ReportOptions of the *_file functions carry the same `read`.) */
PL_EXTERN int pl_read_records_v2(const pl_engine *engine, const void *data, size_t size, const char *source_name, int format,
                                 const void *read_options, size_t read_options_size, pl_buffer *out);

/** pl_read_records_v2() with the ReadOptions as JSON (NULL or "" for the defaults) and the
 *  RecordSet as JSON; on failure *out holds the error object. */
PL_EXTERN int pl_read_records_json(const pl_engine *engine, const void *data, size_t size, const char *source_name, int format,
                                   const char *read_options_json, pl_buffer *out);

/** Read a column-mapping file (JSON of participatieladder.v1.ReadOptions, e.g.
 *  `{"encoding": "windows-1252", "columns": {"Datum meting": "measured_on"}}`) into a validated
 *  ReadOptions message: the same reader as `pladder --columns` and Python. Not JSON (or an unknown
 *  key) is PL_E_PARSE; a column mapped to something that is not a §6 key, or an unknown encoding,
 *  PL_E_CONFIG. `source_name` (may be NULL) names the file in messages. */
PL_EXTERN int pl_read_column_mapping(const void *json, size_t size, const char *source_name, pl_buffer *out);

/** pl_read_column_mapping() writing the ReadOptions as JSON; on failure *out holds the error object. */
PL_EXTERN int pl_read_column_mapping_json(const void *json, size_t size, const char *source_name, pl_buffer *out);

/** Join two serialized participatieladder.v1.RecordSet messages into one (`second` after `first`):
 *  sources appended, every record's source and every finding's record_index renumbered, so each
 *  finding keeps its own file, line and record. Either may be empty (size 0). */
PL_EXTERN int pl_record_sets_concat(const void *first, size_t first_size, const void *second, size_t second_size,
                                    pl_buffer *out);

/** pl_record_sets_concat() over two RecordSets as JSON, writing the joined RecordSet as JSON; on
 *  failure *out holds the error object. */
PL_EXTERN int pl_record_sets_concat_json(const char *first_json, const char *second_json, pl_buffer *out);

/** Run the consistency checks (SPEC §8) on a serialized participatieladder.v1.CheckRequest (a
 *  RecordSet and CheckOptions: reference date, optionally check settings and an extension set
 *  replacing the engine's) and write a participatieladder.v1.CheckResponse: every finding — each
 *  unreadable value once (SPEC §6), then what the checks found — ordered by source and line, with
 *  counts per severity and the reference date used. An unreadable reference date is PL_E_PARSE;
 *  invalid settings PL_E_CONFIG; bytes of another message PL_E_DECODE. */
PL_EXTERN int pl_check(const pl_engine *engine, const void *request, size_t size, pl_buffer *out);

/** Read file bytes and check them in one call: pl_read_records() then pl_check() with the
 *  serialized participatieladder.v1.CheckOptions `options` (`options_size` bytes; NULL/0 for the
 *  defaults). Writes a CheckResponse. Errors as those two functions. */
PL_EXTERN int pl_check_file(const pl_engine *engine, const void *data, size_t size, const char *source_name, int format,
                            const void *options, size_t options_size, pl_buffer *out);

/** pl_check() with the request as JSON (the CheckRequest in protobuf's JSON mapping, NUL-terminated
 *  UTF-8) and the CheckResponse as JSON (NUL-terminated). JSON that is not a CheckRequest is
 *  PL_E_PARSE. */
PL_EXTERN int pl_check_json(const pl_engine *engine, const char *request_json, pl_buffer *out);

/** pl_check_file() with the options as JSON (a CheckOptions, e.g. `{"reference_date":"2025-06-30"}`;
 *  NULL or "" for the defaults) and the CheckResponse as JSON: file bytes in, findings out, no
 *  protobuf library needed (docs/c-abi.md). */
PL_EXTERN int pl_check_file_json(const pl_engine *engine, const void *data, size_t size, const char *source_name,
                                 int format, const char *options_json, pl_buffer *out);

/** The catalogue of checks (SPEC §8) with the engine's effective severities and enabled flags, as
 *  a participatieladder.v1.Catalogue. */
PL_EXTERN int pl_catalogue(const pl_engine *engine, pl_buffer *out);

/** pl_catalogue() as JSON (Catalogue); on failure *out holds the error object. */
PL_EXTERN int pl_catalogue_json(const pl_engine *engine, pl_buffer *out);

/** Read a municipality's configuration file (JSON: `disabled_checks`, `severity`,
 *  `reassessment_months`, `intake_months`; docs/checks.md) into a participatieladder.v1.Configuration
 *  for pl_engine_new() (or its `checks` for CheckOptions.config). The one reader of that file for
 *  every door: text that is not JSON is PL_E_PARSE; an unknown key or an invalid value PL_E_CONFIG
 *  naming the key and value. `source_name` (may be NULL: "configuration") names the file. */
PL_EXTERN int pl_read_config(const void *json, size_t size, const char *source_name, pl_buffer *out);

/** pl_read_config() writing the Configuration as JSON (for pl_engine_new_json()); on failure *out
 *  holds the error object. */
PL_EXTERN int pl_read_config_json(const void *json, size_t size, const char *source_name, pl_buffer *out);

/* ---- local extensions and management information (SPEC §9, §10) --------------------------- */

/** Read an extension set file (SPEC §9: JSON, `size` bytes, UTF-8; format in docs/reports.md) into
 *  a participatieladder.v1.ExtensionSet, validated: every sub-step under a ladder step 1-6, a Dutch
 *  label, each code once. `source_name` (may be NULL: "extensions") names the file in messages.
 *  Text that is not JSON is PL_E_PARSE; an invalid set PL_E_CONFIG naming the key and value. Put
 *  the result in Configuration.extensions (engine-wide) or in CheckOptions / ReportOptions. */
PL_EXTERN int pl_read_extensions(const void *json, size_t size, const char *source_name, pl_buffer *out);

/** pl_read_extensions() writing the ExtensionSet as JSON; on failure *out holds the error object. */
PL_EXTERN int pl_read_extensions_json(const void *json, size_t size, const char *source_name, pl_buffer *out);

/** Read a budget file (SPEC §10 budget table: per step and income situation the budgets, share and
 *  cost per client-year; JSON, `size` bytes, UTF-8, a BOM skipped; format in docs/reports.md) into a
 *  participatieladder.v1.BudgetConfig, validated — the one reader of that file for every door
 *  (`pladder report --budget`, the bindings). `source_name` (may be NULL: "budget") names the file
 *  in messages. Text that is not such JSON (an unknown key included) is PL_E_PARSE; an invalid rule
 *  PL_E_CONFIG naming it. Put the result in ReportOptions.budget. */
PL_EXTERN int pl_read_budget(const void *json, size_t size, const char *source_name, pl_buffer *out);

/** pl_read_budget() writing the BudgetConfig as JSON; on failure *out holds the error object. */
PL_EXTERN int pl_read_budget_json(const void *json, size_t size, const char *source_name, pl_buffer *out);

/** Compute a management-information table (SPEC §10) from a serialized
 *  participatieladder.v1.ReportRequest (a RecordSet and ReportOptions: reference date, kind,
 *  optionally a period, a grouping and an extension set replacing the engine's) and write a
 *  participatieladder.v1.ReportResponse: the table (columns, rows, summary, labels in Dutch and
 *  English, and its CSV), every unreadable value as an `input` finding (such a value counts as not
 *  filled), the reference date used and the record count. As of the reference date each client
 *  counts once, at its latest measurement on or before it. An unreadable date is PL_E_PARSE; a
 *  kind not set or unknown, or a period that is not possible (from not before to, to after the
 *  reference date), is PL_E_INVALID_ARGUMENT; an invalid extension set PL_E_CONFIG; bytes of
 *  another message PL_E_DECODE. */
PL_EXTERN int pl_report(const pl_engine *engine, const void *request, size_t size, pl_buffer *out);

/** Read file bytes and report on them in one call: pl_read_records() then pl_report() with the
 *  serialized participatieladder.v1.ReportOptions `options`. Writes a ReportResponse. */
PL_EXTERN int pl_report_file(const pl_engine *engine, const void *data, size_t size, const char *source_name, int format,
                             const void *options, size_t options_size, pl_buffer *out);

/** pl_report() with request and response as JSON (see pl_check_json()). */
PL_EXTERN int pl_report_json(const pl_engine *engine, const char *request_json, pl_buffer *out);

/** pl_report_file() with the options as JSON (a ReportOptions, e.g.
 *  `{"kind":"REPORT_KIND_PLACEMENT"}`) and the ReportResponse as JSON. */
PL_EXTERN int pl_report_file_json(const pl_engine *engine, const void *data, size_t size, const char *source_name,
                                  int format, const char *options_json, pl_buffer *out);

/** The HTML report (SPEC §10) over a serialized participatieladder.v1.ReportRequest: one
 *  self-contained page (inline CSS and SVG, no scripts, no network resources) with every table and
 *  its charts, in PL_LANG_NL or PL_LANG_EN. ReportOptions.kind is ignored (the page holds every
 *  table; it may be unset); the period, grouping and extension set are used as by pl_report().
 *  Writes NUL-terminated UTF-8 HTML into *out (`size` excludes the NUL), byte-identical to
 *  `pladder report --html`. Errors as pl_report(). */
PL_EXTERN int pl_report_html(const pl_engine *engine, const void *request, size_t size, int lang, pl_buffer *out);

/** pl_report_html() with the ReportRequest as JSON; writes the same HTML; on failure *out holds the
 *  error object (JSON). */
PL_EXTERN int pl_report_html_json(const pl_engine *engine, const char *request_json, int lang, pl_buffer *out);

/** The Excel workbook (SPEC §10) over a serialized participatieladder.v1.ReportRequest, in PL_LANG_NL
 *  or PL_LANG_EN: a data-quality sheet, one sheet per table (numbers as numbers, percentages
 *  formatted as percentages), and a findings sheet (the engine's checks, with caseworker and team
 *  columns and a filter: worklists). Writes the bytes of the .xlsx file into *out, as
 *  `pladder report --xlsx`. ReportOptions.kind is ignored. Errors as pl_report(); PL_E_IO when no
 *  temporary file can be written. */
PL_EXTERN int pl_report_xlsx(const pl_engine *engine, const void *request, size_t size, int lang, pl_buffer *out);

/** pl_report_xlsx() with the ReportRequest as JSON; writes the same workbook bytes; on failure *out
 *  holds the error object (JSON). */
PL_EXTERN int pl_report_xlsx_json(const pl_engine *engine, const char *request_json, int lang, pl_buffer *out);

/* ---- a record set read once (issue 13) ----------------------------------------------------- */

/*
 * A record set that stays in the library between calls: read file bytes once, then check and
 * report on them any number of times without reading, decoding or encoding the records again
 * (the message functions above carry the whole RecordSet in and out of every call). Every
 * function below runs the same pipeline call as its message counterpart, so the results are
 * byte-identical: pl_record_set_read() reads as pl_read_records_v2(), pl_record_set_concat() joins
 * as pl_record_sets_concat(), pl_record_set_check() checks as pl_check_file(), the report
 * functions report as pl_report_file(), pl_report_html() and pl_report_xlsx().
 *
 * Ownership and threads. A pl_record_set is created by pl_record_set_read() or
 * pl_record_set_concat() and released by pl_record_set_free(). It is immutable: no function
 * changes it, so any number of threads may check and report on one set at the same time without
 * locking; it must not be freed while another thread uses it. A set does not refer to the engine
 * it was read with: any engine may check or report on it, and either may be freed first.
 *
 * Errors. A NULL set, or a pointer to another kind of handle (an engine) in its place, is
 * PL_E_INVALID_ARGUMENT; using a freed set is undefined, as for every handle. Other errors as the
 * message counterparts.
 */

/** A record set held by the library: records, `input` findings, sources, encodings. Immutable. */
typedef struct pl_record_set pl_record_set;

/** Read the bytes of a CSV or JSON Lines file into a new record set: arguments, records, findings
 *  and errors as pl_read_records_v2() (`read_options` a serialized participatieladder.v1.ReadOptions,
 *  NULL/0 for the defaults). The bytes are not kept: the caller may release them on return. On
 *  success *out holds a new set for pl_record_set_free(); on failure *out is NULL. */
PL_EXTERN int pl_record_set_read(const pl_engine *engine, const void *data, size_t size, const char *source_name, int format,
                                 const void *read_options, size_t read_options_size, pl_record_set **out);

/** pl_record_set_read() with the ReadOptions as JSON (NULL or "" for the defaults). On failure *out
 *  is NULL and, when `error` is not NULL, *error holds the error object; on success *error is left
 *  empty. */
PL_EXTERN int pl_record_set_read_json(const pl_engine *engine, const void *data, size_t size, const char *source_name, int format,
                                      const char *read_options_json, pl_record_set **out, pl_buffer *error);

/** A new record set holding `first` then `second`, joined as pl_record_sets_concat() (sources
 *  appended, record sources and finding record indexes renumbered). Both stay valid and
 *  unchanged; the caller frees all three. On failure *out is NULL. */
PL_EXTERN int pl_record_set_concat(const pl_record_set *first, const pl_record_set *second, pl_record_set **out);

/** Release a record set. Accepts NULL. No other thread may still be using it. Given another kind
 *  of handle it frees nothing and sets the last error. */
PL_EXTERN void pl_record_set_free(pl_record_set *set);

/** What the set holds, without its records: a participatieladder.v1.RecordSetInfo (record count,
 *  sources, encodings, local columns, headers and the `input` findings of reading). */
PL_EXTERN int pl_record_set_info(const pl_record_set *set, pl_buffer *out);

/** pl_record_set_info() as JSON (RecordSetInfo); on failure *out holds the error object. */
PL_EXTERN int pl_record_set_info_json(const pl_record_set *set, pl_buffer *out);

/** The whole set as a serialized participatieladder.v1.RecordSet, the bytes pl_read_records_v2()
 *  writes for the same file (e.g. to build a CheckRequest, or to store). */
PL_EXTERN int pl_record_set_message(const pl_record_set *set, pl_buffer *out);

/** pl_record_set_message() as JSON (RecordSet); on failure *out holds the error object. */
PL_EXTERN int pl_record_set_message_json(const pl_record_set *set, pl_buffer *out);

/** Check the set (SPEC §8) with the serialized participatieladder.v1.CheckOptions `options`
 *  (NULL/0 for the defaults) and write a CheckResponse, as pl_check_file() for the same file.
 *  CheckOptions.read set is PL_E_INVALID_ARGUMENT: the set is already read. */
PL_EXTERN int pl_record_set_check(const pl_engine *engine, const pl_record_set *set, const void *options, size_t options_size,
                                  pl_buffer *out);

/** pl_record_set_check() with the CheckOptions as JSON (NULL or "" for the defaults) and the
 *  CheckResponse as JSON; on failure *out holds the error object. */
PL_EXTERN int pl_record_set_check_json(const pl_engine *engine, const pl_record_set *set, const char *options_json, pl_buffer *out);

/** A management-information table (SPEC §10) over the set with the serialized
 *  participatieladder.v1.ReportOptions `options` (kind required), as pl_report_file(). Writes a
 *  ReportResponse. ReportOptions.read set is PL_E_INVALID_ARGUMENT. */
PL_EXTERN int pl_record_set_report(const pl_engine *engine, const pl_record_set *set, const void *options, size_t options_size,
                                   pl_buffer *out);

/** pl_record_set_report() with the ReportOptions as JSON and the ReportResponse as JSON; on failure
 *  *out holds the error object. */
PL_EXTERN int pl_record_set_report_json(const pl_engine *engine, const pl_record_set *set, const char *options_json, pl_buffer *out);

/** The HTML report over the set, as pl_report_html() with a ReportRequest of this set and `options`
 *  (NULL/0 for the defaults; kind ignored), in PL_LANG_NL or PL_LANG_EN. */
PL_EXTERN int pl_record_set_report_html(const pl_engine *engine, const pl_record_set *set, const void *options,
                                        size_t options_size, int lang, pl_buffer *out);

/** pl_record_set_report_html() with the ReportOptions as JSON; on failure *out holds the error object. */
PL_EXTERN int pl_record_set_report_html_json(const pl_engine *engine, const pl_record_set *set, const char *options_json, int lang,
                                             pl_buffer *out);

/** The Excel workbook over the set, as pl_report_xlsx() with a ReportRequest of this set and
 *  `options`, in PL_LANG_NL or PL_LANG_EN. */
PL_EXTERN int pl_record_set_report_xlsx(const pl_engine *engine, const pl_record_set *set, const void *options,
                                        size_t options_size, int lang, pl_buffer *out);

/** pl_record_set_report_xlsx() with the ReportOptions as JSON; on failure *out holds the error object. */
PL_EXTERN int pl_record_set_report_xlsx_json(const pl_engine *engine, const pl_record_set *set, const char *options_json, int lang,
                                             pl_buffer *out);

/* ---- the caseload store of a record set, in place (issue 25) -------------------------------- */

/*
 * Every pl_record_set holds its records as a caseload store (docs/caseload-store.md): one compact
 * row per record, then one "leaving" row per record with an exit_date, the client ids and the units
 * (caseworker, department, team) once each. The two functions below let a caller read that store
 * where it is, without a copy (Python's RecordSet.rows() and RecordSet.to_pandas() use them:
 * docs/python.md). The Java and .NET bindings do not use them (they have no zero-copy arrays to
 * give); they stay with pl_record_set_message_json.
 *
 * The layout is not part of this header. pl_record_set_store_layout() describes it — every array,
 * every field of a row with its byte offset, type, "not filled" value and codes — and a caller
 * reads the fields through that description, never through a struct of its own: the library may
 * add, move or widen fields (or keep them as columns) within one major version, and a caller that
 * follows the description keeps working. Only a change of a field's meaning raises "layout".
 *
 * Personal data (SPEC §11: names, BSN, address, birth date, free text) is not in the store and
 * not shown here.
 *
 * Ownership and threads. The arrays belong to the set: they stay valid and unchanged until
 * pl_record_set_free(set), and any number of threads may read them (and call these functions)
 * at the same time. Do not write to them. Errors: a NULL set, or another kind of handle in its
 * place, is PL_E_INVALID_ARGUMENT, as for every record-set function; pl_last_error() says why.
 */

/** The layout of the set's store as NUL-terminated UTF-8 JSON text (an object; not a protobuf
 *  message, so there is no `_json` twin; on failure *out is empty):
 *
 *    {"layout":1, "day_epoch":"1970-01-01", "records":R, "rows":N, "clients":C, "units":U,
 *     "row_size":S,
 *     "arrays":[{"name":"rows", "type":"row", "element_size":S, "count":N, "about":"..."}, ...],
 *     "fields":[{"name":"measured_on", "array":"rows", "offset":0, "type":"int32", "kind":"date",
 *                "none":-2147483648, "about":"..."}, ...]}
 *
 *  - rows [0, R) of array "rows" are the records, row i = record i of the set (the order of
 *    pl_record_set_message); rows [R, N) are the leaving rows: step 9 on a record's exit_date with
 *    its exit_reason, client and unit, in the order of their records; array "leaving_of" gives
 *    for leaving row k the record it stands for.
 *  - A field: `offset` bytes into a row of `array`, little- or big-endian as the machine,
 *    `type` one of "uint8", "int32", "uint32", "uint64"; a field with `none` holds that value when
 *    not filled (never 0 or "no" for not filled). `kind`: "date" (days since `day_epoch`, proleptic
 *    Gregorian), "step" (the SPEC §2 code itself: 0-6 or 9), "yes_no" (0 no, 1 yes), "code" (a
 *    code whose text, as files and the Record message write it, is in `codes`: {"0":"a",...}),
 *    "client" (an index into the client ids), "unit" (an index into the units), "source" (an
 *    index into the set's sources, pl_record_set_info), "number".
 *  - Field names are the SPEC §6 keys where the field holds that key (measured_on, step,
 *    growth_potential, ...), plus client_id (the client index), unit, source, sub_step_base and
 *    sub_step_number (SPEC §9: the highest sub-step).
 *  - Client c's id is array "client_id_text" from "client_id_offsets"[c] to [c + 1] (UTF-8; the
 *    ids sorted); unit u's caseworker, department and team are "unit_text" from
 *    "unit_offsets"[3u + k] to [3u + k + 1], k = 0, 1, 2 ("" when not given).
 *  A caller ignores names it does not know. */
PL_EXTERN int pl_record_set_store_layout(const pl_record_set *set, pl_buffer *out);

/** Array `name` of the set's store (a NUL-terminated name of pl_record_set_store_layout's
 *  "arrays": "rows", "client_id_text", "client_id_offsets", "unit_text", "unit_offsets",
 *  "leaving_of"), in place: *data points at its first byte (aligned for its type), *size is its
 *  length in bytes (count * element_size). The memory belongs to the set (see above); an empty
 *  array may give *data NULL. An unknown name is PL_E_INVALID_ARGUMENT naming the known ones. On
 *  failure *data is NULL and *size 0. */
PL_EXTERN int pl_record_set_store_array(const pl_record_set *set, const char *name, const void **data, size_t *size);

/* ---- Benchmark exchange (SPEC §9, §11, §12; docs/benchmark-exchange.md) ----------------------
 * Options are a serialized participatieladder.v1.BenchmarkOptions (NULL/0 = all defaults); the
 * engine's extension set gives the national steps (SPEC §9). The file arguments are those of
 * pl_report_file(). */

/** The conformance report of an export: writes a participatieladder.v1.DataConformance (valid
 *  share, filled share per key, code-list violations, comparability warnings, verdict). */
PL_EXTERN int pl_benchmark_conformance_file(const pl_engine *engine, const void *data, size_t size, const char *source_name,
                                            int format, const void *options, size_t options_size, pl_buffer *out);

/** pl_benchmark_conformance_file() with the BenchmarkOptions as JSON and the DataConformance as JSON;
 *  on failure *out holds the error object. */
PL_EXTERN int pl_benchmark_conformance_file_json(const pl_engine *engine, const void *data, size_t size, const char *source_name,
                                                 int format, const char *options_json, pl_buffer *out);

/** The aggregated publication, format 2 (issue 21, docs/privacy.md): writes a
 *  participatieladder.v1.BenchmarkPublication (placement, target and movement tables on national
 *  steps, every count protected by the cell-key method under `key` — the municipality's key, as
 *  pl_benchmark_record_export_file's, `key_size` bytes; below options.min_clients the verdict
 *  only). PL_E_INVALID_ARGUMENT without options.municipality, without a key (NULL or 0 bytes) or
 *  with a weak key: there is no default key. (1.0: the key is new; 0.x published small-cell
 *  suppression, which an attacker could undo.) */
PL_EXTERN int pl_benchmark_publication_file(const pl_engine *engine, const void *data, size_t size, const char *source_name,
                                            int format, const void *key, size_t key_size, const void *options,
                                            size_t options_size, pl_buffer *out);

/** pl_benchmark_publication_file() with the BenchmarkOptions as JSON and the BenchmarkPublication as
 *  JSON; on failure *out holds the error object. */
PL_EXTERN int pl_benchmark_publication_file_json(const pl_engine *engine, const void *data, size_t size, const char *source_name,
                                                 int format, const void *key, size_t key_size, const char *options_json,
                                                 pl_buffer *out);

/** The record-level export (SPEC §11) as NUL-terminated UTF-8 CSV, as `pladder export --benchmark`:
 *  fields 10-23 without staff names, dates by month, on national steps, the HMAC-SHA-256 pseudonym
 *  of the client id bound to options.municipality (required) under `key` (`key_size` bytes, a
 *  strong key: docs/privacy.md; one trailing line break ignored), birth year and four postal-code
 *  digits generalised to 5-anonymity; with options.srg_mapping the SRG position (SPEC §12). No key
 *  (NULL or 0 bytes) or a weak key → PL_E_INVALID_ARGUMENT: there is no default key. */
PL_EXTERN int pl_benchmark_record_export_file(const pl_engine *engine, const void *data, size_t size, const char *source_name,
                                              int format, const void *key, size_t key_size, const void *options,
                                              size_t options_size, pl_buffer *out);

/** pl_benchmark_record_export_file() with the BenchmarkOptions as JSON; writes the same CSV; on
 *  failure *out holds the error object (JSON). */
PL_EXTERN int pl_benchmark_record_export_file_json(const pl_engine *engine, const void *data, size_t size, const char *source_name,
                                                   int format, const void *key, size_t key_size, const char *options_json,
                                                   pl_buffer *out);

#define PL_BENCHMARK_TEXT 0 /**< pl_benchmark_merge output: aligned text */
#define PL_BENCHMARK_CSV 1  /**< one line per municipality and a totals line */
#define PL_BENCHMARK_HTML 2 /**< a self-contained page with charts */

/** The coordinator's comparison of `count` serialized BenchmarkPublication messages
 *  (`publications[i]`, `sizes[i]` bytes) under the coordinator's policy (`policy_base`: the least
 *  rounding base, 0 = 5; `policy_min_clients`: the least minimum size, 0 = 20): a publication in
 *  another format or weaker → PL_E_INVALID_ARGUMENT naming it. Totals over the comparable
 *  municipalities; NUL-terminated UTF-8 text, CSV or HTML in PL_LANG_NL or PL_LANG_EN, as
 *  `pladder benchmark merge`. */
PL_EXTERN int pl_benchmark_merge(const void *const *publications, const size_t *sizes, size_t count, int output, int lang,
                                 unsigned int policy_base, unsigned int policy_min_clients, pl_buffer *out);

/** pl_benchmark_merge() over `count` BenchmarkPublication messages as JSON (`publications_json[i]`,
 *  NUL-terminated); the same output; on failure *out holds the error object (JSON). */
PL_EXTERN int pl_benchmark_merge_json(const char *const *publications_json, size_t count, int output, int lang,
                                      unsigned int policy_base, unsigned int policy_min_clients, pl_buffer *out);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* PARTICIPATIELADDER_H */
