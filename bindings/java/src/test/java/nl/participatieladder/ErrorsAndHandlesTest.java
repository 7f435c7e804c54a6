// SPDX-License-Identifier: Apache-2.0
package nl.participatieladder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Errors as exceptions with the PL_E_* code; sessions; record sets; one engine on several threads. */
class ErrorsAndHandlesTest {
  static final Path SMALL = Vectors.source().resolve("examples/records/small_caseload.csv");

  @Test
  void aBadFileIsAnExceptionWithTheCodeAndTheLibrarysMessage() throws Exception {
    Path empty = Vectors.source().resolve("tests/bad_input/empty.csv");
    Path notCsv = Vectors.source().resolve("tests/bad_input/not_csv.csv");
    try (Engine engine = new Engine()) {
      ParticipatieladderException e = assertThrows(ParticipatieladderException.class,
          () -> engine.check(empty, new CheckOptions()));
      assertEquals(ParticipatieladderException.Status.FORMAT, e.status());
      assertEquals(-4, e.code());
      assertEquals("PL_E_FORMAT", e.status().cName());
      assertTrue(e.getMessage().contains("empty.csv"), e.getMessage());
      e = assertThrows(ParticipatieladderException.class, () -> engine.load(notCsv));
      assertEquals(-4, e.code());
      assertTrue(e.getMessage().contains("not a CSV"), e.getMessage());
      e = assertThrows(ParticipatieladderException.class, () -> engine.check(Path.of("/nonexistent/x.csv"), null));
      assertEquals(ParticipatieladderException.Status.IO, e.status());
      e = assertThrows(ParticipatieladderException.class, () -> engine.check(SMALL, new CheckOptions().referenceDate("morgen")));
      assertEquals(ParticipatieladderException.Status.PARSE, e.status());
    }
    ParticipatieladderException e = assertThrows(ParticipatieladderException.class,
        () -> new Engine(Settings.json("gemeente.json", "{\"disabled_checks\": [\"PL999\"]}"), null));
    assertEquals(ParticipatieladderException.Status.CONFIG, e.status());
    assertTrue(e.getMessage().contains("PL999"), e.getMessage());
  }

  @Test
  void aSessionWithBack() throws Exception {
    try (Engine engine = new Engine(); Session s = engine.session()) {
      assertEquals(1, s.question());
      ParticipatieladderException e = assertThrows(ParticipatieladderException.class, s::back);
      assertEquals(ParticipatieladderException.Status.STATE, e.status());
      s.answer(false).answer("nee").answer(true);
      assertEquals(3, s.answered());
      assertEquals(12, s.question());
      s.back();
      assertEquals(10, s.question());
      s.answer("J").answer("ja").answer(true);
      assertTrue(s.complete());
      assertEquals(4, s.step());
      assertEquals("1:N 2:N 10:J 12:J 13:J", s.result().notation());
      assertEquals(ParticipatieladderException.Status.STATE,
          assertThrows(ParticipatieladderException.class, () -> s.answer(true)).status());
      Session other = engine.session();
      assertEquals(ParticipatieladderException.Status.INVALID_ARGUMENT,
          assertThrows(ParticipatieladderException.class, () -> other.answer("misschien")).status());
      other.close();
      other.close(); // a second close does nothing
      assertThrows(IllegalStateException.class, other::question);
    }
  }

  @Test
  void aRecordSetGivesWhatTheFileGives() throws Exception {
    try (Engine engine = new Engine(); RecordSet set = engine.load(SMALL)) {
      assertTrue(set.size() > 0);
      assertEquals(List.of(SMALL.toString()), set.sources());
      CheckResult direct = engine.check(SMALL, new CheckOptions());
      assertEquals(direct.json(), set.check(new CheckOptions()).json());
      ReportOptions placement = new ReportOptions().table("placement");
      assertEquals(engine.report(SMALL, placement).csv(), set.report(placement).csv());
      try (RecordSet twice = set.concat(set)) {
        assertEquals(2 * set.size(), twice.size());
      }
      String html = set.reportHtml(null, Lang.EN);
      assertTrue(html.startsWith("<!DOCTYPE html>"), html.substring(0, 40));
      assertEquals(html, engine.reportHtml(SMALL, null, Lang.EN));
      byte[] xlsx = set.reportXlsx(null, Lang.NL);
      assertArrayEquals("PK".getBytes(StandardCharsets.US_ASCII), java.util.Arrays.copyOf(xlsx, 2));
    }
  }

  @Test
  void oneEngineSharedByFourThreads() throws Exception {
    try (Engine engine = new Engine()) {
      String want = engine.check(SMALL, new CheckOptions()).json();
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < 16; i++) results.add(pool.submit(() -> {
          // an error on this thread must not leak into another thread's message
          assertThrows(ParticipatieladderException.class, () -> engine.determine("1:X"));
          return engine.check(SMALL, new CheckOptions()).json();
        }));
        for (Future<String> f : results) assertEquals(want, f.get());
      } finally {
        pool.shutdown();
      }
    }
  }

  @Test
  void benchmarkWithoutAKeyIsRefused() throws Exception {
    try (Engine engine = new Engine()) {
      ParticipatieladderException e = assertThrows(ParticipatieladderException.class,
          () -> Benchmark.recordExport(engine, SMALL, null, null));
      assertEquals(ParticipatieladderException.Status.INVALID_ARGUMENT, e.status());
      assertThrows(ParticipatieladderException.class,
          () -> Benchmark.publication(engine, SMALL, null, Benchmark.options(null, "Heemskerk", 0, 0)));
      byte[] key = "7f3a9c1e5b2d8f4a6c0e9b3d7a1f5c8e".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
      String publication = Benchmark.publication(engine, SMALL, key, Benchmark.options(null, "Heemskerk", 0, 0));
      assertTrue(Json.object(Json.parse(publication)).get("municipality").equals("Heemskerk"));
      String merged = Benchmark.merge(List.of(publication), Benchmark.Output.CSV, Lang.EN);
      assertTrue(merged.contains("Heemskerk"), merged);
    }
  }
}
