// SPDX-License-Identifier: Apache-2.0
package nl.participatieladder;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The options of a report (participatieladder.v1.ReportOptions, SPEC §10). The table names are
 * those of `pladder report --table`: placement, target, caseload, comparison, movement, kpi, budget.
 */
public final class ReportOptions {
  private String table;
  private String referenceDate = "";
  private String from = "";
  private String to = "";
  private String by;
  private Settings extensions;
  private Settings budget;

  /** The table (required for a table; the HTML and XLSX reports hold every table). */
  public ReportOptions table(String table) {
    this.table = table;
    return this;
  }

  public ReportOptions referenceDate(String date) {
    this.referenceDate = date == null ? "" : date;
    return this;
  }

  /** Movement: the first moment; kpi: the first year. */
  public ReportOptions from(String date) {
    this.from = date == null ? "" : date;
    return this;
  }

  /** Movement: the second moment; kpi: the last year. */
  public ReportOptions to(String date) {
    this.to = date == null ? "" : date;
    return this;
  }

  /** "caseworker", "team" or "department". */
  public ReportOptions by(String by) {
    this.by = by;
    return this;
  }

  public ReportOptions extensions(Settings extensions) {
    this.extensions = extensions;
    return this;
  }

  public ReportOptions budget(Settings budget) {
    this.budget = budget;
    return this;
  }

  /** The ReportOptions message in JSON (enum names as the schema spells them; the library reads them). */
  String toJson() throws ParticipatieladderException {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("reference_date", referenceDate);
    if (table != null) m.put("kind", "REPORT_KIND_" + table.toUpperCase(Locale.ROOT));
    m.put("from_date", from);
    m.put("to_date", to);
    if (by != null) m.put("group_by", "GROUP_BY_" + by.toUpperCase(Locale.ROOT));
    if (extensions != null) Settings.put(m, "extensions", extensions.extensionSet());
    if (budget != null) m.put("budget", budget.budget());
    return Json.write(m);
  }
}
