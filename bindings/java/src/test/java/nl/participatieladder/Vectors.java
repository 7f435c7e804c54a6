// SPDX-License-Identifier: Apache-2.0
package nl.participatieladder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The shared vector files (tests/vectors, tests/bad_input): the same files Catch2 and pytest run. */
final class Vectors {
  private Vectors() {}

  static Path source() {
    String dir = System.getProperty("pl.source.dir", System.getenv("PL_SOURCE_DIR"));
    if (dir == null) throw new IllegalStateException("set -Dpl.source.dir or PL_SOURCE_DIR to the source tree");
    return Paths.get(dir);
  }

  static Map<String, Object> load(String name) throws IOException {
    Path p = source().resolve("tests/vectors").resolve(name);
    return Json.object(Json.parse(new String(Files.readAllBytes(p), StandardCharsets.UTF_8)));
  }

  static List<Map<String, Object>> cases(Map<String, Object> doc) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Object c : Json.list(doc.get("cases"))) out.add(Json.object(c));
    return out;
  }

  /** A record object of the vectors as SPEC §6 key → text. */
  static Map<String, String> record(Map<String, Object> base, Map<String, Object> overlay) {
    Map<String, String> r = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : base.entrySet()) r.put(e.getKey(), String.valueOf(e.getValue()));
    for (Map.Entry<String, Object> e : overlay.entrySet()) r.put(e.getKey(), String.valueOf(e.getValue()));
    return r;
  }

  /** A settings object of a case (config, extensions, budget) as the file a municipality would hold. */
  static Settings settings(Map<String, Object> c, String key) {
    return c.containsKey(key) ? Settings.json(key, Json.write(c.get(key))) : null;
  }

  /** The text a vector expects in a cell: numbers as whole numbers, null as empty. */
  static String text(Object v) {
    if (v == null) return "";
    if (v instanceof Number) return Long.toString(((Number) v).longValue());
    return v.toString();
  }
}
