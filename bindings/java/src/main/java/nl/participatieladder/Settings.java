// SPDX-License-Identifier: Apache-2.0
package nl.participatieladder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A municipality's settings file — configuration (docs/checks.md), extension set (SPEC §9), column
 * mapping (docs/input-files.md) or budget table (SPEC §10) — as a path or as JSON text. Every file
 * is read by the library's own reader when used, with the same errors as pladder.
 */
public final class Settings {
  final String name;
  final byte[] bytes;

  private Settings(String name, byte[] bytes) {
    this.name = name;
    this.bytes = bytes;
  }

  /** The file at {@code path}; IO exception when it cannot be read. */
  public static Settings file(Path path) throws ParticipatieladderException {
    try {
      return new Settings(path.toString(), Files.readAllBytes(path));
    } catch (IOException e) {
      throw new ParticipatieladderException(ParticipatieladderException.Status.IO.code(),
          path + ": cannot be read: " + e.getMessage());
    }
  }

  /** The file's JSON text, named {@code name} in messages. */
  public static Settings json(String name, String json) {
    return new Settings(name, Native.utf8(json));
  }

  /** participatieladder.v1.Configuration JSON (pl_read_config). */
  String configuration() throws ParticipatieladderException {
    return Native.readConfig(bytes, name);
  }

  /** Its CheckConfig (the `checks` member) as JSON. */
  String checkConfig() throws ParticipatieladderException {
    return Json.write(Json.object(Json.parse(configuration())).get("checks"));
  }

  String extensionSet() throws ParticipatieladderException {
    return Native.readExtensions(bytes, name);
  }

  String readOptions() throws ParticipatieladderException {
    return Native.readColumnMapping(bytes, name);
  }

  /** A budget file is a BudgetConfig in JSON: passed on as it is, the library reads it. */
  Object budget() {
    try {
      return Json.parse(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      return new String(bytes, java.nio.charset.StandardCharsets.UTF_8); // the library refuses it, naming why
    }
  }

  static void put(Map<String, Object> m, String key, String json) {
    m.put(key, Json.parse(json));
  }
}
