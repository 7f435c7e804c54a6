// SPDX-License-Identifier: Apache-2.0
package nl.participatieladder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** tests/vectors/checks.json (SPEC §8) and reports.json (SPEC §10) through Java, compared as pytest does. */
class VectorsTest {
  static Engine engine;

  @BeforeAll
  static void open() throws Exception {
    engine = new Engine();
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  @TestFactory
  Stream<DynamicTest> checkVectors() throws Exception {
    Map<String, Object> doc = Vectors.load("checks.json");
    Map<String, Object> base = Json.object(doc.get("base_record"));
    return Vectors.cases(doc).stream().map(c -> DynamicTest.dynamicTest(Json.string(c, "name"), () -> {
      List<Map<String, String>> records = new ArrayList<>();
      for (Object r : Json.list(c.get("records"))) records.add(Vectors.record(base, Json.object(r)));
      CheckOptions options = new CheckOptions().referenceDate(Json.string(c, "reference_date"))
          .config(Vectors.settings(c, "config")).extensions(Vectors.settings(c, "extensions"));
      List<Finding> findings = engine.check(records, "vector", options).findings();
      List<String> got = new ArrayList<>(), want = new ArrayList<>();
      for (Finding f : findings) {
        assertFalse(f.check().equals("input"), "every vector value is readable: " + f);
        got.add(f.check() + " " + f.clientId() + " " + f.severity());
        assertFalse(f.message(Lang.NL).isEmpty());
      }
      List<Object> expected = Json.list(c.get("expected"));
      for (Object e : expected) {
        Map<String, Object> x = Json.object(e);
        want.add(Json.string(x, "check") + " " + Json.string(x, "client_id") + " " + Json.string(x, "severity"));
      }
      assertEquals(want, got);
      for (int i = 0; i < expected.size(); i++) {
        Map<String, Object> x = Json.object(expected.get(i));
        if (x.containsKey("fields")) assertEquals(Json.list(x.get("fields")), new ArrayList<Object>(findings.get(i).fields()));
        if (x.containsKey("record")) assertEquals(Json.number(x, "record"), (long) findings.get(i).recordIndex());
      }
    }));
  }

  @TestFactory
  Stream<DynamicTest> reportVectors() throws Exception {
    return Vectors.cases(Vectors.load("reports.json")).stream().map(c -> DynamicTest.dynamicTest(Json.string(c, "name"), () -> {
      List<Map<String, String>> records = new ArrayList<>();
      for (Object r : Json.list(c.get("records"))) records.add(Vectors.record(Map.of(), Json.object(r)));
      ReportOptions options = new ReportOptions().table(Json.string(c, "table"))
          .referenceDate(Json.string(c, "reference_date")).from(Json.string(c, "from")).to(Json.string(c, "to"))
          .extensions(Vectors.settings(c, "extensions")).budget(Vectors.settings(c, "budget"));
      if (c.containsKey("by")) options.by(Json.string(c, "by"));
      Report report = engine.report(records, "vector", options);
      assertEquals(Json.string(c, "table"), report.name());
      assertTrue(report.findings().isEmpty(), "every vector value is readable");
      if (c.containsKey("expected_csv")) assertEquals(Json.string(c, "expected_csv"), report.csv());
      for (Object e : Json.list(c.get("expected_rows"))) {
        Map<String, Object> exp = Json.object(e);
        List<Object> key = Json.list(exp.get("key"));
        Map<String, Object> row = null;
        for (Map<String, Object> r : report.rows()) {
          List<Object> cells = new ArrayList<>(r.values());
          boolean match = cells.size() >= key.size();
          for (int i = 0; match && i < key.size(); i++) match = Vectors.text(cells.get(i)).equals(key.get(i).toString());
          if (match) {
            row = r;
            break;
          }
        }
        assertNotNull(row, "row " + key);
        for (Map.Entry<String, Object> x : exp.entrySet()) {
          if (x.getKey().equals("key")) continue;
          assertTrue(row.containsKey(x.getKey()), x.getKey());
          assertEquals(Vectors.text(x.getValue()), Vectors.text(row.get(x.getKey())), "row " + key + " column " + x.getKey());
        }
      }
      for (Map.Entry<String, Object> s : Json.object(c.get("expected_summary")).entrySet()) {
        assertTrue(report.summary().containsKey(s.getKey()), s.getKey());
        assertEquals(Vectors.text(s.getValue()), Vectors.text(report.summary().get(s.getKey())), s.getKey());
      }
    }));
  }
}
