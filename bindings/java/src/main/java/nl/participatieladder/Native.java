// SPDX-License-Identifier: Apache-2.0
package nl.participatieladder;

import com.sun.jna.IntegerType;
import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The one place where Java calls the C ABI (participatieladder.h) — the JNA interface and every
 * call the binding makes, in JSON terms: JSON in, JSON out. A failed status becomes a
 * {@link ParticipatieladderException} here, with {@code pl_last_error()} read on the same thread
 * right after the call. Today the structured entries take protobuf bytes, so this class converts
 * with {@code pl_message_from_json}/{@code pl_message_to_json}; when the library has a JSON door
 * for every entry, only this file changes. No rule is decided here.
 *
 * <p>The library is loaded from the system property {@code participatieladder.library} or the
 * environment variable {@code PARTICIPATIELADDER_LIBRARY} (a full path), else by name through
 * JNA's search ({@code jna.library.path}, the system loader): {@code libparticipatieladder.so},
 * {@code participatieladder.dll} on Windows, {@code libparticipatieladder.dylib} on macOS.
 */
final class Native {
  private Native() {}

  /** size_t. */
  public static final class SizeT extends IntegerType {
    private static final long serialVersionUID = 1L;

    public SizeT() {
      this(0);
    }

    public SizeT(long value) {
      super(com.sun.jna.Native.SIZE_T_SIZE, value, true);
    }
  }

  /** pl_buffer: bytes owned by the library, released with pl_buffer_free. */
  @Structure.FieldOrder({"data", "size"})
  public static final class Buffer extends Structure {
    public Pointer data;
    public SizeT size;

    byte[] bytes() {
      read();
      return data == null ? new byte[0] : data.getByteArray(0, (int) size.longValue());
    }
  }

  /** The C functions, as declared in participatieladder.h. */
  interface Lib extends Library {
    String pl_status_str(int status);
    String pl_last_error();
    void pl_clear_error();
    int pl_version_number();
    String pl_version_string();
    void pl_buffer_free(Buffer buf);
    int pl_version_info(Buffer out);
    int pl_message_to_json(String type, byte[] data, SizeT size, Buffer out);
    int pl_message_from_json(String type, String json, Buffer out);
    int pl_engine_new(byte[] config, SizeT size, PointerByReference out);
    void pl_engine_free(Pointer engine);
    int pl_determine(Pointer engine, byte[] answers, SizeT size, Buffer out);
    int pl_determine_notation(Pointer engine, String notation, Buffer out);
    int pl_determine_bits(Pointer engine, int answered, int yes, IntByReference step, IntByReference next);
    int pl_determine_bits_batch(Pointer engine, int[] answered, int[] yes, SizeT count, byte[] step, byte[] next);
    int pl_paths(Pointer engine, Buffer out);
    String pl_question_text(int question, int lang);
    String pl_step_label(int step, int lang);
    int pl_session_new(Pointer engine, PointerByReference out);
    void pl_session_free(Pointer session);
    int pl_session_current(Pointer session, IntByReference question, IntByReference step, Pointer answered);
    int pl_session_answer(Pointer session, int yes);
    int pl_session_answer_text(Pointer session, String answer);
    int pl_session_back(Pointer session);
    int pl_session_result(Pointer session, Buffer out);
    int pl_read_config(byte[] json, SizeT size, String name, Buffer out);
    int pl_read_extensions(byte[] json, SizeT size, String name, Buffer out);
    int pl_read_column_mapping(byte[] json, SizeT size, String name, Buffer out);
    int pl_catalogue(Pointer engine, Buffer out);
    int pl_check_json(Pointer engine, String request, Buffer out);
    int pl_check_file_json(Pointer engine, byte[] data, SizeT size, String name, int format, String options, Buffer out);
    int pl_report_json(Pointer engine, String request, Buffer out);
    int pl_report_file_json(Pointer engine, byte[] data, SizeT size, String name, int format, String options, Buffer out);
    int pl_report_html(Pointer engine, byte[] request, SizeT size, int lang, Buffer out);
    int pl_report_xlsx(Pointer engine, byte[] request, SizeT size, int lang, Buffer out);
    int pl_record_set_read(Pointer engine, byte[] data, SizeT size, String name, int format, byte[] options,
        SizeT optionsSize, PointerByReference out);
    int pl_record_set_concat(Pointer first, Pointer second, PointerByReference out);
    void pl_record_set_free(Pointer set);
    int pl_record_set_info(Pointer set, Buffer out);
    int pl_record_set_message(Pointer set, Buffer out);
    int pl_record_set_check(Pointer engine, Pointer set, byte[] options, SizeT size, Buffer out);
    int pl_record_set_report(Pointer engine, Pointer set, byte[] options, SizeT size, Buffer out);
    int pl_record_set_report_html(Pointer engine, Pointer set, byte[] options, SizeT size, int lang, Buffer out);
    int pl_record_set_report_xlsx(Pointer engine, Pointer set, byte[] options, SizeT size, int lang, Buffer out);
    int pl_benchmark_conformance_file(Pointer engine, byte[] data, SizeT size, String name, int format, byte[] options,
        SizeT optionsSize, Buffer out);
    int pl_benchmark_publication_file(Pointer engine, byte[] data, SizeT size, String name, int format, byte[] key,
        SizeT keySize, byte[] options, SizeT optionsSize, Buffer out);
    int pl_benchmark_record_export_file(Pointer engine, byte[] data, SizeT size, String name, int format, byte[] key,
        SizeT keySize, byte[] options, SizeT optionsSize, Buffer out);
    int pl_benchmark_merge(Pointer[] publications, Pointer sizes, SizeT count, int output, int lang, int policyBase,
        int policyMinClients, Buffer out);
  }

  static final Lib LIB = load();

  private static Lib load() {
    Map<String, Object> options = Collections.singletonMap(Library.OPTION_STRING_ENCODING, "UTF-8");
    String path = System.getProperty("participatieladder.library");
    if (path == null || path.isEmpty()) path = System.getenv("PARTICIPATIELADDER_LIBRARY");
    if (path == null || path.isEmpty()) path = "participatieladder";
    return com.sun.jna.Native.load(path, Lib.class, options);
  }

  // ---- status → exception, buffers -------------------------------------------------------------

  /** Throws the exception of a failed status; the message is this thread's pl_last_error(), read now. */
  static void check(int status) throws ParticipatieladderException {
    if (status != 0) {
      String message = LIB.pl_last_error();
      throw new ParticipatieladderException(status, message == null || message.isEmpty() ? "status " + status : message);
    }
  }

  interface BufferCall {
    int call(Buffer out);
  }

  /** The bytes of an entry that writes a pl_buffer; the buffer is released here. */
  static byte[] bytes(BufferCall call) throws ParticipatieladderException {
    Buffer out = new Buffer();
    try {
      check(call.call(out));
      return out.bytes();
    } finally {
      LIB.pl_buffer_free(out);
    }
  }

  static String text(BufferCall call) throws ParticipatieladderException {
    return new String(bytes(call), StandardCharsets.UTF_8);
  }

  static SizeT size(byte[] data) {
    return new SizeT(data == null ? 0 : data.length);
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** JSON of message `type` → its serialized bytes (pl_message_from_json). */
  static byte[] message(String type, String json) throws ParticipatieladderException {
    return bytes(out -> LIB.pl_message_from_json(type, json, out));
  }

  /** Serialized message `type` → its JSON (pl_message_to_json). */
  static String json(String type, byte[] message) throws ParticipatieladderException {
    return text(out -> LIB.pl_message_to_json(type, message, size(message), out));
  }

  private static byte[] optional(String type, String json) throws ParticipatieladderException {
    return json == null || json.isEmpty() ? null : message(type, json);
  }

  // ---- the doors, in JSON terms ------------------------------------------------------------------

  static String versionString() {
    return LIB.pl_version_string();
  }

  static String versionInfo() throws ParticipatieladderException {
    return json("VersionInfo", bytes(LIB::pl_version_info));
  }

  static String statusName(int status) {
    return LIB.pl_status_str(status);
  }

  /** A new pl_engine from a Configuration in JSON (null: the defaults). */
  static Pointer engineNew(String configurationJson) throws ParticipatieladderException {
    byte[] config = optional("Configuration", configurationJson);
    PointerByReference out = new PointerByReference();
    check(LIB.pl_engine_new(config, size(config), out));
    return out.getValue();
  }

  static void engineFree(Pointer engine) {
    LIB.pl_engine_free(engine);
  }

  static String determine(Pointer engine, String answerSetJson) throws ParticipatieladderException {
    byte[] answers = message("AnswerSet", answerSetJson);
    return json("DeterminationResult", bytes(out -> LIB.pl_determine(engine, answers, size(answers), out)));
  }

  static String determineNotation(Pointer engine, String notation) throws ParticipatieladderException {
    return json("DeterminationResult", bytes(out -> LIB.pl_determine_notation(engine, notation, out)));
  }

  /** {step, next question}. */
  static int[] determineBits(Pointer engine, int answered, int yes) throws ParticipatieladderException {
    IntByReference step = new IntByReference(), next = new IntByReference();
    check(LIB.pl_determine_bits(engine, answered, yes, step, next));
    return new int[] {step.getValue(), next.getValue()};
  }

  static void determineBitsBatch(Pointer engine, int[] answered, int[] yes, byte[] steps, byte[] next)
      throws ParticipatieladderException {
    check(LIB.pl_determine_bits_batch(engine, answered, yes, new SizeT(answered.length), steps, next));
  }

  static String paths(Pointer engine) throws ParticipatieladderException {
    return json("QuestionnairePaths", bytes(out -> LIB.pl_paths(engine, out)));
  }

  static String catalogue(Pointer engine) throws ParticipatieladderException {
    return json("Catalogue", bytes(out -> LIB.pl_catalogue(engine, out)));
  }

  static String questionText(int question, Lang lang) {
    return LIB.pl_question_text(question, lang.code());
  }

  static String stepLabel(int step, Lang lang) {
    return LIB.pl_step_label(step, lang.code());
  }

  static Pointer sessionNew(Pointer engine) throws ParticipatieladderException {
    PointerByReference out = new PointerByReference();
    check(LIB.pl_session_new(engine, out));
    return out.getValue();
  }

  static void sessionFree(Pointer session) {
    LIB.pl_session_free(session);
  }

  /** {question, step, answered}. */
  static long[] sessionCurrent(Pointer session) throws ParticipatieladderException {
    IntByReference q = new IntByReference(), s = new IntByReference();
    Memory n = new Memory(com.sun.jna.Native.SIZE_T_SIZE);
    n.clear();
    check(LIB.pl_session_current(session, q, s, n));
    long answered = com.sun.jna.Native.SIZE_T_SIZE == 8 ? n.getLong(0) : n.getInt(0);
    return new long[] {q.getValue(), s.getValue(), answered};
  }

  static void sessionAnswer(Pointer session, boolean yes) throws ParticipatieladderException {
    check(LIB.pl_session_answer(session, yes ? 1 : 0));
  }

  static void sessionAnswerText(Pointer session, String answer) throws ParticipatieladderException {
    check(LIB.pl_session_answer_text(session, answer));
  }

  static void sessionBack(Pointer session) throws ParticipatieladderException {
    check(LIB.pl_session_back(session));
  }

  static String sessionResult(Pointer session) throws ParticipatieladderException {
    return json("DeterminationResult", bytes(out -> LIB.pl_session_result(session, out)));
  }

  /** A configuration file's text → Configuration JSON (the library's one reader). */
  static String readConfig(byte[] file, String name) throws ParticipatieladderException {
    return json("Configuration", bytes(out -> LIB.pl_read_config(file, size(file), name, out)));
  }

  static String readExtensions(byte[] file, String name) throws ParticipatieladderException {
    return json("ExtensionSet", bytes(out -> LIB.pl_read_extensions(file, size(file), name, out)));
  }

  static String readColumnMapping(byte[] file, String name) throws ParticipatieladderException {
    return json("ReadOptions", bytes(out -> LIB.pl_read_column_mapping(file, size(file), name, out)));
  }

  static String check(Pointer engine, String checkRequestJson) throws ParticipatieladderException {
    return text(out -> LIB.pl_check_json(engine, checkRequestJson, out));
  }

  static String checkFile(Pointer engine, byte[] data, String name, int format, String checkOptionsJson)
      throws ParticipatieladderException {
    return text(out -> LIB.pl_check_file_json(engine, data, size(data), name, format, checkOptionsJson, out));
  }

  static String report(Pointer engine, String reportRequestJson) throws ParticipatieladderException {
    return text(out -> LIB.pl_report_json(engine, reportRequestJson, out));
  }

  static String reportFile(Pointer engine, byte[] data, String name, int format, String reportOptionsJson)
      throws ParticipatieladderException {
    return text(out -> LIB.pl_report_file_json(engine, data, size(data), name, format, reportOptionsJson, out));
  }

  static String reportHtml(Pointer engine, String reportRequestJson, Lang lang) throws ParticipatieladderException {
    byte[] request = message("ReportRequest", reportRequestJson);
    return text(out -> LIB.pl_report_html(engine, request, size(request), lang.code(), out));
  }

  static byte[] reportXlsx(Pointer engine, String reportRequestJson, Lang lang) throws ParticipatieladderException {
    byte[] request = message("ReportRequest", reportRequestJson);
    return bytes(out -> LIB.pl_report_xlsx(engine, request, size(request), lang.code(), out));
  }

  static Pointer recordSetRead(Pointer engine, byte[] data, String name, int format, String readOptionsJson)
      throws ParticipatieladderException {
    byte[] options = optional("ReadOptions", readOptionsJson);
    PointerByReference out = new PointerByReference();
    check(LIB.pl_record_set_read(engine, data, size(data), name, format, options, size(options), out));
    return out.getValue();
  }

  static Pointer recordSetConcat(Pointer first, Pointer second) throws ParticipatieladderException {
    PointerByReference out = new PointerByReference();
    check(LIB.pl_record_set_concat(first, second, out));
    return out.getValue();
  }

  static void recordSetFree(Pointer set) {
    LIB.pl_record_set_free(set);
  }

  static String recordSetInfo(Pointer set) throws ParticipatieladderException {
    return json("RecordSetInfo", bytes(out -> LIB.pl_record_set_info(set, out)));
  }

  static String recordSetMessage(Pointer set) throws ParticipatieladderException {
    return json("RecordSet", bytes(out -> LIB.pl_record_set_message(set, out)));
  }

  static String recordSetCheck(Pointer engine, Pointer set, String checkOptionsJson) throws ParticipatieladderException {
    byte[] options = optional("CheckOptions", checkOptionsJson);
    return json("CheckResponse", bytes(out -> LIB.pl_record_set_check(engine, set, options, size(options), out)));
  }

  static String recordSetReport(Pointer engine, Pointer set, String reportOptionsJson) throws ParticipatieladderException {
    byte[] options = optional("ReportOptions", reportOptionsJson);
    return json("ReportResponse", bytes(out -> LIB.pl_record_set_report(engine, set, options, size(options), out)));
  }

  static String recordSetReportHtml(Pointer engine, Pointer set, String reportOptionsJson, Lang lang)
      throws ParticipatieladderException {
    byte[] options = optional("ReportOptions", reportOptionsJson);
    return text(out -> LIB.pl_record_set_report_html(engine, set, options, size(options), lang.code(), out));
  }

  static byte[] recordSetReportXlsx(Pointer engine, Pointer set, String reportOptionsJson, Lang lang)
      throws ParticipatieladderException {
    byte[] options = optional("ReportOptions", reportOptionsJson);
    return bytes(out -> LIB.pl_record_set_report_xlsx(engine, set, options, size(options), lang.code(), out));
  }

  static String benchmarkConformance(Pointer engine, byte[] data, String name, int format, String optionsJson)
      throws ParticipatieladderException {
    byte[] options = optional("BenchmarkOptions", optionsJson);
    return json("DataConformance", bytes(out ->
        LIB.pl_benchmark_conformance_file(engine, data, size(data), name, format, options, size(options), out)));
  }

  static String benchmarkPublication(Pointer engine, byte[] data, String name, int format, byte[] key, String optionsJson)
      throws ParticipatieladderException {
    byte[] options = optional("BenchmarkOptions", optionsJson);
    return json("BenchmarkPublication", bytes(out ->
        LIB.pl_benchmark_publication_file(engine, data, size(data), name, format, key, size(key), options, size(options), out)));
  }

  static String benchmarkRecordExport(Pointer engine, byte[] data, String name, int format, byte[] key,
      String optionsJson) throws ParticipatieladderException {
    byte[] options = optional("BenchmarkOptions", optionsJson);
    return text(out -> LIB.pl_benchmark_record_export_file(engine, data, size(data), name, format, key, size(key),
        options, size(options), out));
  }

  static String benchmarkMerge(List<String> publicationJsons, int output, Lang lang, int min, int max)
      throws ParticipatieladderException {
    int n = publicationJsons.size();
    Pointer[] blobs = new Pointer[Math.max(n, 1)];
    Memory sizes = new Memory((long) com.sun.jna.Native.SIZE_T_SIZE * Math.max(n, 1));
    for (int i = 0; i < n; i++) {
      byte[] m = message("BenchmarkPublication", publicationJsons.get(i));
      Memory blob = new Memory(Math.max(m.length, 1));
      blob.write(0, m, 0, m.length);
      blobs[i] = blob;
      if (com.sun.jna.Native.SIZE_T_SIZE == 8) sizes.setLong(8L * i, m.length);
      else sizes.setInt(4L * i, m.length);
    }
    return text(out -> LIB.pl_benchmark_merge(blobs, sizes, new SizeT(n), output, lang.code(), min, max, out));
  }
}
