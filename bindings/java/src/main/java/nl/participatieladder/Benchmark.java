// SPDX-License-Identifier: Apache-2.0
package nl.participatieladder;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark exchange (SPEC §9, §11, §12; docs/benchmark-exchange.md): every figure and every
 * suppression is the library's (pl_benchmark_*); results are the messages in JSON.
 */
public final class Benchmark {
  private Benchmark() {}

  /** Output of {@link #merge}: aligned text, CSV, or a self-contained HTML page. */
  public enum Output { TEXT, CSV, HTML }

  /**
   * BenchmarkOptions in JSON from its parts (null or 0: the default): the publication's rounding
   * base (at least 5) and minimum size in clients (docs/privacy.md).
   */
  public static String options(String referenceDate, String municipality, int roundingBase, long minClients) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("reference_date", referenceDate == null ? "" : referenceDate);
    m.put("municipality", municipality == null ? "" : municipality);
    m.put("rounding_base", (long) roundingBase);
    if (minClients > 0) m.put("min_clients", Long.toString(minClients));
    return Json.write(m);
  }

  /** The conformance report of an export (`pladder conform --data`): a DataConformance in JSON. */
  public static String conformance(Engine engine, Path file, String optionsJson) throws ParticipatieladderException {
    return Native.benchmarkConformance(engine.pointer(), Engine.read(file), file.toString(), Engine.FORMAT_AUTO, optionsJson);
  }

  /**
   * The aggregated publication (`pladder benchmark export`), every count protected under the
   * municipality's {@code key} (docs/privacy.md; no key or a weak key: INVALID_ARGUMENT): a
   * BenchmarkPublication in JSON.
   */
  public static String publication(Engine engine, Path file, byte[] key, String optionsJson) throws ParticipatieladderException {
    return Native.benchmarkPublication(engine.pointer(), Engine.read(file), file.toString(), Engine.FORMAT_AUTO, key, optionsJson);
  }

  /** The record-level export (`pladder export --benchmark`) as CSV, pseudonyms under {@code key} (no key: INVALID_ARGUMENT). */
  public static String recordExport(Engine engine, Path file, byte[] key, String optionsJson)
      throws ParticipatieladderException {
    return Native.benchmarkRecordExport(engine.pointer(), Engine.read(file), file.toString(), Engine.FORMAT_AUTO, key,
        optionsJson);
  }

  /** The coordinator's comparison (`pladder benchmark merge`) of publications in JSON, under the default policy. */
  public static String merge(List<String> publications, Output output, Lang lang) throws ParticipatieladderException {
    return merge(publications, output, lang, 0, 0);
  }

  /**
   * The coordinator's comparison under a policy: a publication with a rounding base below
   * {@code policyBase} or a minimum size below {@code policyMinClients} is refused (0: the defaults 5 and 20).
   */
  public static String merge(List<String> publications, Output output, Lang lang, int policyBase, int policyMinClients)
      throws ParticipatieladderException {
    return Native.benchmarkMerge(publications, output.ordinal(), lang, policyBase, policyMinClients);
  }
}
