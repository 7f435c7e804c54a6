// SPDX-License-Identifier: Apache-2.0
package nl.participatieladder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The whole participatieladder.v1.CheckResponse: findings, counts, the reference date used. */
public final class CheckResult {
  private final String json;
  private final Map<String, Object> m;

  CheckResult(String json) {
    this.json = json;
    this.m = Json.object(Json.parse(json));
  }

  /** The CheckResponse in protobuf's JSON mapping, as the library wrote it. */
  public String json() {
    return json;
  }

  /** Every finding, ordered by source and line; each unreadable value once. */
  public List<Finding> findings() {
    return Finding.list(m.get("findings"));
  }

  public long errors() {
    return Json.number(m, "errors");
  }

  public long warnings() {
    return Json.number(m, "warnings");
  }

  public long infos() {
    return Json.number(m, "infos");
  }

  public long records() {
    return Json.number(m, "records");
  }

  /** The reference date used (given, or the latest measured_on of the records). */
  public String referenceDate() {
    return Json.string(m, "reference_date");
  }

  public boolean referenceDateFromData() {
    return Boolean.TRUE.equals(m.get("reference_date_from_data"));
  }

  public List<String> sources() {
    List<String> out = new ArrayList<>();
    for (Object s : Json.list(m.get("sources"))) out.add(s.toString());
    return out;
  }
}
