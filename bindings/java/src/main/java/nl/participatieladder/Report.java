// SPDX-License-Identifier: Apache-2.0
package nl.participatieladder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One management-information table (SPEC §10) as computed by the library
 * (participatieladder.v1.ReportResponse). Cells are a {@code Long} (a whole number), a
 * {@code Double}, a {@code String} (a key such as "not_filled", a caseworker) or null (empty).
 */
public final class Report {
  private final String json;
  private final Map<String, Object> m;
  private final Map<String, Object> table;

  Report(String json) {
    this.json = json;
    this.m = Json.object(Json.parse(json));
    this.table = Json.object(m.get("table"));
  }

  /** The ReportResponse in protobuf's JSON mapping, as the library wrote it. */
  public String json() {
    return json;
  }

  /** "placement", "target", ... */
  public String name() {
    return Json.string(table, "name");
  }

  /** The stable column keys (the CSV header). */
  public List<String> columns() {
    List<String> out = new ArrayList<>();
    for (Object c : Json.list(table.get("columns"))) out.add(Json.string(Json.object(c), "key"));
    return out;
  }

  /** The label of each column. */
  public List<String> columnLabels(Lang lang) {
    List<String> out = new ArrayList<>();
    for (Object c : Json.list(table.get("columns"))) out.add(Determination.text(Json.object(c).get("label"), lang));
    return out;
  }

  /** The rows: column key → cell value. */
  public List<Map<String, Object>> rows() {
    List<String> keys = columns();
    List<Map<String, Object>> out = new ArrayList<>();
    for (Object r : Json.list(table.get("rows"))) {
      Map<String, Object> row = new LinkedHashMap<>();
      List<Object> cells = Json.list(Json.object(r).get("cells"));
      for (int i = 0; i < cells.size() && i < keys.size(); i++) row.put(keys.get(i), cell(cells.get(i)));
      out.add(row);
    }
    return out;
  }

  /** Figures outside the grid, e.g. "intake" → 1. */
  public Map<String, Object> summary() {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Object s : Json.list(table.get("summary"))) {
      Map<String, Object> item = Json.object(s);
      out.put(Json.string(item, "key"), cell(item.get("value")));
    }
    return out;
  }

  /** The table as CSV, exactly as `pladder report --format csv` writes it. */
  public String csv() {
    return Json.string(table, "csv");
  }

  /** The input findings: values that could not be read (they count as not filled). */
  public List<Finding> findings() {
    return Finding.list(m.get("findings"));
  }

  /** What the table rests on (DataQuality) as a JSON tree. */
  public Map<String, Object> quality() {
    return Json.object(m.get("quality"));
  }

  public String referenceDate() {
    return Json.string(m, "reference_date");
  }

  private static Object cell(Object c) {
    Map<String, Object> cell = Json.object(c);
    if (cell.containsKey("number")) {
      Object n = cell.get("number");
      if (n instanceof Double && (Double) n == Math.rint((Double) n)) return ((Double) n).longValue();
      return n;
    }
    return cell.containsKey("text") ? cell.get("text") : null;
  }
}
