// SPDX-License-Identifier: Apache-2.0
package nl.participatieladder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Records read once and kept in the library (pl_record_set): checks and reports send only their
 * options across. Immutable: any number of threads may check and report on one set at once; close
 * it when no thread uses it any more. Results equal those of the same file through
 * {@link Engine#check(java.nio.file.Path, CheckOptions)} and {@link Engine#report}.
 */
public final class RecordSet extends NativeHandle {
  private final Engine engine;
  private final Map<String, Object> info;

  RecordSet(com.sun.jna.Pointer handle, Engine engine) throws ParticipatieladderException {
    super(handle, Native::recordSetFree, "record set");
    this.engine = engine;
    this.info = Json.object(Json.parse(Native.recordSetInfo(handle)));
  }

  /** The number of records. */
  public long size() {
    return Json.number(info, "records");
  }

  /** The input findings of reading (values that cannot be read, rows skipped, local columns). */
  public List<Finding> findings() {
    return Finding.list(info.get("findings"));
  }

  public List<String> sources() {
    List<String> out = new ArrayList<>();
    for (Object s : Json.list(info.get("sources"))) out.add(s.toString());
    return out;
  }

  /** Per source, "utf-8" or "windows-1252". */
  public List<String> encodings() {
    List<String> out = new ArrayList<>();
    for (Object s : Json.list(info.get("encodings"))) out.add(s.toString());
    return out;
  }

  /** A new set: this one's records, then {@code other}'s; both stay as they are. */
  public RecordSet concat(RecordSet other) throws ParticipatieladderException {
    return new RecordSet(Native.recordSetConcat(pointer(), other.pointer()), engine);
  }

  /** The whole set as a participatieladder.v1.RecordSet in JSON. */
  public String messageJson() throws ParticipatieladderException {
    return Native.recordSetMessage(pointer());
  }

  public CheckResult check(CheckOptions options) throws ParticipatieladderException {
    return new CheckResult(Native.recordSetCheck(engine.pointer(), pointer(), Engine.opts(options)));
  }

  public Report report(ReportOptions options) throws ParticipatieladderException {
    return new Report(Native.recordSetReport(engine.pointer(), pointer(), options.toJson()));
  }

  public String reportHtml(ReportOptions options, Lang lang) throws ParticipatieladderException {
    return Native.recordSetReportHtml(engine.pointer(), pointer(), options == null ? null : options.toJson(), lang);
  }

  public byte[] reportXlsx(ReportOptions options, Lang lang) throws ParticipatieladderException {
    return Native.recordSetReportXlsx(engine.pointer(), pointer(), options == null ? null : options.toJson(), lang);
  }
}
