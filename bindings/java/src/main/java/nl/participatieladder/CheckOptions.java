// SPDX-License-Identifier: Apache-2.0
package nl.participatieladder;

import java.util.LinkedHashMap;
import java.util.Map;

/** The options of a check (participatieladder.v1.CheckOptions). All optional. */
public final class CheckOptions {
  private String referenceDate = "";
  private Settings config;
  private Settings extensions;

  /** "Today" as YYYY-MM-DD (or another SPEC §6 spelling); default: the latest measured_on of the records. */
  public CheckOptions referenceDate(String date) {
    this.referenceDate = date == null ? "" : date;
    return this;
  }

  /** A configuration file replacing the engine's check settings for this call. */
  public CheckOptions config(Settings config) {
    this.config = config;
    return this;
  }

  /** A SPEC §9 extension set replacing the engine's (PL014). */
  public CheckOptions extensions(Settings extensions) {
    this.extensions = extensions;
    return this;
  }

  /** The CheckOptions message in JSON. */
  String toJson() throws ParticipatieladderException {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("reference_date", referenceDate);
    if (config != null) Settings.put(m, "config", config.checkConfig());
    if (extensions != null) Settings.put(m, "extensions", extensions.extensionSet());
    return Json.write(m);
  }
}
