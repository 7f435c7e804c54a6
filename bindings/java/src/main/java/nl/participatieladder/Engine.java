// SPDX-License-Identifier: Apache-2.0
package nl.participatieladder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The engine (pl_engine): the rules plus a municipality's configuration. Immutable: create once,
 * share between any number of threads, {@link #close()} when done (after the sessions made from it).
 */
public final class Engine extends NativeHandle {
  static final int FORMAT_CSV = 0, FORMAT_JSONL = 1, FORMAT_AUTO = 2;

  /** An engine with the library's defaults. */
  public Engine() throws ParticipatieladderException {
    this(null, null);
  }

  /**
   * An engine with a municipality's configuration file (docs/checks.md) and extension set (SPEC §9);
   * either may be null. CONFIG when invalid (the message names the key and value).
   */
  public Engine(Settings config, Settings extensions) throws ParticipatieladderException {
    super(Native.engineNew(configuration(config, extensions)), Native::engineFree, "engine");
  }

  private static String configuration(Settings config, Settings extensions) throws ParticipatieladderException {
    if (config == null && extensions == null) return null;
    Map<String, Object> m = config == null ? new LinkedHashMap<>() : Json.object(Json.parse(config.configuration()));
    if (extensions != null) Settings.put(m, "extensions", extensions.extensionSet());
    return Json.write(m);
  }

  // ---- SPEC §4 ---------------------------------------------------------------------------------

  /** The step from the answer notation of SPEC §6 ("1:N 2:N 10:J 12:J 13:J"); PARSE when unreadable. */
  public Determination determine(String notation) throws ParticipatieladderException {
    return new Determination(Native.determineNotation(pointer(), notation));
  }

  /**
   * The step from answers: question → Boolean, or the answer as written ("ja", "nee", "J", "true",
   * ...), which the library reads with the SPEC §6 yes/no table.
   */
  public Determination determine(Map<Integer, ?> answers) throws ParticipatieladderException {
    List<Object> list = new ArrayList<>();
    for (Map.Entry<Integer, ?> e : answers.entrySet()) {
      Map<String, Object> a = new LinkedHashMap<>();
      a.put("question", (long) e.getKey());
      if (e.getValue() instanceof Boolean) a.put("yes", e.getValue());
      else a.put("text", String.valueOf(e.getValue()));
      list.add(a);
    }
    Map<String, Object> set = new LinkedHashMap<>();
    set.put("answers", list);
    return determineJson(Json.write(set));
  }

  /** The step from an AnswerSet in JSON (as a conformance adapter receives it). */
  public Determination determineJson(String answerSetJson) throws ParticipatieladderException {
    return new Determination(Native.determine(pointer(), answerSetJson));
  }

  /**
   * Fast scalar determination: bit q of {@code answered} set when question q was answered, the same
   * bit of {@code yes} for yes. Returns {step, next question}: {1..6, 0} or {0, 1..21}.
   */
  public int[] determineBits(int answered, int yes) throws ParticipatieladderException {
    return Native.determineBits(pointer(), answered, yes);
  }

  /** Many answer sets in one call: per set the step (or 0) in [0] and the next question (or 0) in [1]. */
  public byte[][] determineBitsBatch(int[] answered, int[] yes) throws ParticipatieladderException {
    if (answered.length != yes.length)
      throw new ParticipatieladderException(-1, "determineBitsBatch: answered has " + answered.length
          + " answer sets, yes " + yes.length);
    byte[] steps = new byte[answered.length], next = new byte[answered.length];
    if (answered.length > 0) Native.determineBitsBatch(pointer(), answered, yes, steps, next);
    return new byte[][] {steps, next};
  }

  /** Every complete path through the questionnaire (SPEC §4: 308), from the library. */
  public List<QuestionnairePath> paths() throws ParticipatieladderException {
    List<QuestionnairePath> out = new ArrayList<>();
    for (Object p : Json.list(Json.object(Json.parse(Native.paths(pointer()))).get("paths"))) {
      Map<String, Object> path = Json.object(p);
      List<Answer> answers = new ArrayList<>();
      for (Object a : Json.list(path.get("path"))) {
        Map<String, Object> answer = Json.object(a);
        answers.add(new Answer((int) Json.number(answer, "question"), Boolean.TRUE.equals(answer.get("yes"))));
      }
      out.add(new QuestionnairePath(answers, (int) Json.number(path, "step")));
    }
    return out;
  }

  /** A new interactive questionnaire session on this engine. */
  public Session session() throws ParticipatieladderException {
    return new Session(this);
  }

  /** The catalogue of checks (SPEC §8) under this engine's configuration, as a JSON tree (Catalogue). */
  public Map<String, Object> catalogue() throws ParticipatieladderException {
    return Json.object(Json.parse(Native.catalogue(pointer())));
  }

  // ---- SPEC §6, §8: checks ---------------------------------------------------------------------

  /** Reads and checks a file (CSV, or JSON Lines by the .jsonl/.ndjson extension). */
  public CheckResult check(Path file, CheckOptions options) throws ParticipatieladderException {
    return check(read(file), file.toString(), options);
  }

  /** Reads and checks a file's bytes; {@code sourceName} names it (and its extension gives the format). */
  public CheckResult check(byte[] data, String sourceName, CheckOptions options) throws ParticipatieladderException {
    return new CheckResult(Native.checkFile(pointer(), data, sourceName, FORMAT_AUTO, opts(options)));
  }

  /** Reads and checks a file's bytes with the options as a CheckOptions in JSON (conformance adapters). */
  public CheckResult checkJson(byte[] data, String sourceName, String checkOptionsJson) throws ParticipatieladderException {
    return new CheckResult(Native.checkFile(pointer(), data, sourceName, FORMAT_AUTO, checkOptionsJson));
  }

  /**
   * Checks records a system holds itself: each a map of SPEC §6 keys to their text ("2025-01-15",
   * "2+", "ja"), read by the library's JSON Lines reader as a file named {@code sourceName} would be.
   */
  public CheckResult check(List<Map<String, String>> records, String sourceName, CheckOptions options)
      throws ParticipatieladderException {
    return new CheckResult(Native.checkFile(pointer(), jsonLines(records), sourceName, FORMAT_JSONL, opts(options)));
  }

  /** A CheckRequest in JSON through pl_check_json: the CheckResponse JSON (conformance adapters). */
  public String checkRequestJson(String checkRequestJson) throws ParticipatieladderException {
    return Native.check(pointer(), checkRequestJson);
  }

  // ---- SPEC §10: reports -----------------------------------------------------------------------

  public Report report(Path file, ReportOptions options) throws ParticipatieladderException {
    return report(read(file), file.toString(), options);
  }

  public Report report(byte[] data, String sourceName, ReportOptions options) throws ParticipatieladderException {
    return new Report(Native.reportFile(pointer(), data, sourceName, FORMAT_AUTO, options.toJson()));
  }

  /** A report over records of SPEC §6 keys (see {@link #check(List, String, CheckOptions)}). */
  public Report report(List<Map<String, String>> records, String sourceName, ReportOptions options)
      throws ParticipatieladderException {
    return new Report(Native.reportFile(pointer(), jsonLines(records), sourceName, FORMAT_JSONL, options.toJson()));
  }

  /** A ReportRequest in JSON through pl_report_json: the ReportResponse JSON (conformance adapters). */
  public String reportRequestJson(String reportRequestJson) throws ParticipatieladderException {
    return Native.report(pointer(), reportRequestJson);
  }

  /** The HTML report (every table with its charts), byte-identical to `pladder report --html`. */
  public String reportHtml(Path file, ReportOptions options, Lang lang) throws ParticipatieladderException {
    try (RecordSet set = load(file)) {
      return set.reportHtml(options, lang);
    }
  }

  /** The Excel workbook, as `pladder report --xlsx`. */
  public byte[] reportXlsx(Path file, ReportOptions options, Lang lang) throws ParticipatieladderException {
    try (RecordSet set = load(file)) {
      return set.reportXlsx(options, lang);
    }
  }

  // ---- a record set read once -------------------------------------------------------------------

  /** Reads files into one record set kept in the library (each finding keeps its own file and line). */
  public RecordSet load(Path... files) throws ParticipatieladderException {
    return load(null, files);
  }

  /** As {@link #load(Path...)} with a column mapping file (docs/input-files.md; may be null). */
  public RecordSet load(Settings columns, Path... files) throws ParticipatieladderException {
    if (files.length == 0) throw new ParticipatieladderException(-1, "load: give at least one file");
    RecordSet out = null;
    for (Path f : files) {
      RecordSet one = load(read(f), f.toString(), columns);
      if (out == null) {
        out = one;
      } else {
        try (RecordSet a = out; RecordSet b = one) {
          out = a.concat(b);
        }
      }
    }
    return out;
  }

  /** Reads a file's bytes into a record set; {@code columns} a column mapping or null. */
  public RecordSet load(byte[] data, String sourceName, Settings columns) throws ParticipatieladderException {
    String options = columns == null ? null : columns.readOptions();
    return new RecordSet(Native.recordSetRead(pointer(), data, sourceName, FORMAT_AUTO, options), this);
  }

  // ---- helpers ---------------------------------------------------------------------------------

  static String opts(CheckOptions options) throws ParticipatieladderException {
    return options == null ? null : options.toJson();
  }

  static byte[] read(Path file) throws ParticipatieladderException {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ParticipatieladderException(ParticipatieladderException.Status.IO.code(),
          file + ": cannot be opened: " + e.getMessage());
    }
  }

  static byte[] jsonLines(List<Map<String, String>> records) {
    StringBuilder out = new StringBuilder();
    for (Map<String, String> r : records) out.append(Json.write(r)).append('\n');
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }
}
