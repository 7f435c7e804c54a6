// SPDX-License-Identifier: Apache-2.0
package nl.participatieladder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A finding (SPEC §8; check "input" for a value or row that cannot be read): data, never an
 * exception. Messages never contain personal data (SPEC §11).
 */
public final class Finding {
  private final Map<String, Object> m;

  Finding(Map<String, Object> m) {
    this.m = m;
  }

  static List<Finding> list(Object findings) {
    List<Finding> out = new ArrayList<>();
    for (Object f : Json.list(findings)) out.add(new Finding(Json.object(f)));
    return out;
  }

  /** "PL001" ... or "input". */
  public String check() {
    return Json.string(m, "check");
  }

  /** "error", "warning" or "info". */
  public String severity() {
    String s = Json.string(m, "severity");
    return s.startsWith("SEVERITY_") ? s.substring(9).toLowerCase(java.util.Locale.ROOT) : s;
  }

  public String clientId() {
    return Json.string(m, "client_id");
  }

  public String file() {
    return Json.string(m, "file");
  }

  public long line() {
    return Json.number(m, "line");
  }

  /** The record's index in the set, or null when the finding is not about one record. */
  public Long recordIndex() {
    return m.containsKey("record_index") ? Json.number(m, "record_index") : null;
  }

  public String measuredOn() {
    return Json.string(m, "measured_on");
  }

  /** The SPEC §6 keys involved. */
  public List<String> fields() {
    List<String> out = new ArrayList<>();
    for (Object f : Json.list(m.get("fields"))) out.add(f.toString());
    return out;
  }

  public String message(Lang lang) {
    return Json.string(m, lang == Lang.NL ? "message_nl" : "message_en");
  }

  public String key() {
    return Json.string(m, "key");
  }

  public String value() {
    return Json.string(m, "value");
  }

  public String caseworker() {
    return Json.string(m, "caseworker");
  }

  public String team() {
    return Json.string(m, "team");
  }

  /** The participatieladder.v1.Finding as a JSON tree. */
  public Map<String, Object> json() {
    return m;
  }

  @Override
  public String toString() {
    return "Finding(" + check() + " " + severity() + " " + file() + ":" + line() + ": " + message(Lang.EN) + ")";
  }
}
