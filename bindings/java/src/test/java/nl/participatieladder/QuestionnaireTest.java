// SPDX-License-Identifier: Apache-2.0
package nl.participatieladder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** SPEC §4 through Java: the shared questionnaire vectors, all 308 paths and every prefix of one. */
class QuestionnaireTest {
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
  Stream<DynamicTest> questionnaireVectors() throws Exception {
    return Vectors.cases(Vectors.load("questionnaire.json")).stream().map(c -> DynamicTest.dynamicTest(
        Json.string(c, "name"), () -> {
          String answers = Json.string(c, "answers");
          if (c.containsKey("error")) {
            ParticipatieladderException e = assertThrows(ParticipatieladderException.class, () -> engine.determine(answers));
            assertEquals(ParticipatieladderException.Status.PARSE, e.status());
            assertEquals(-2, e.code());
            assertTrue(Participatieladder.statusName(e.code()).startsWith(Json.string(c, "error")));
            assertFalse(e.getMessage().isEmpty());
            return;
          }
          Determination d = engine.determine(answers);
          if (c.containsKey("step")) {
            assertTrue(d.complete());
            assertEquals((int) Json.number(c, "step"), d.step());
            assertNull(d.nextQuestion());
            assertEquals(Participatieladder.stepLabel(d.step(), Lang.NL), d.label(Lang.NL));
            assertFalse(d.delimitation(Lang.EN).isEmpty());
          } else {
            assertFalse(d.complete());
            assertNull(d.step());
            assertEquals((int) Json.number(c, "next_question"), d.nextQuestion());
            assertEquals(Participatieladder.questionText(d.nextQuestion(), Lang.NL), d.question(Lang.NL));
          }
          List<String> notes = new ArrayList<>();
          for (Object n : Json.list(c.get("notes"))) notes.add(n.toString());
          assertEquals(notes, d.noteIds());
          if (c.containsKey("unused")) {
            List<Integer> unused = new ArrayList<>();
            for (Object q : Json.list(c.get("unused"))) unused.add(((Number) q).intValue());
            assertEquals(unused, d.unused());
          }
          if (c.containsKey("path_length")) assertEquals(Json.number(c, "path_length"), d.path().size());
        }));
  }

  @Test
  void every308PathAndEveryPrefix() throws Exception {
    List<QuestionnairePath> paths = engine.paths(); // computed by the C++ core (pl_paths)
    assertEquals(308, paths.size());
    Map<Integer, Integer> perStep = new TreeMap<>();
    Set<String> prefixes = new HashSet<>();
    List<Integer> answered = new ArrayList<>(), yes = new ArrayList<>(), expectedStep = new ArrayList<>(),
        expectedNext = new ArrayList<>();
    for (QuestionnairePath p : paths) {
      perStep.merge(p.step(), 1, Integer::sum);
      Determination byNotation = engine.determine(p.notation());
      assertEquals(p.step(), byNotation.step(), p.notation());
      assertEquals(p.notation(), byNotation.notation());
      Map<Integer, Object> map = new LinkedHashMap<>();
      int a = 0, y = 0;
      for (Answer ans : p.answers()) {
        map.put(ans.question(), ans.yes());
        a |= 1 << ans.question();
        if (ans.yes()) y |= 1 << ans.question();
      }
      assertEquals(p.step(), engine.determine(map).step(), p.notation());
      assertEquals(p.step(), engine.determineBits(a, y)[0]);
      answered.add(a);
      yes.add(y);
      expectedStep.add(p.step());
      expectedNext.add(0);
      // Every proper prefix: incomplete, and the next question is the next one on the path.
      int pa = 0, py = 0;
      StringBuilder notation = new StringBuilder();
      for (int len = 0; len < p.answers().size(); len++) {
        Answer next = p.answers().get(len);
        if (prefixes.add(notation.toString())) {
          Determination d = engine.determine(notation.toString());
          assertFalse(d.complete(), notation.toString());
          assertEquals(next.question(), d.nextQuestion(), notation.toString());
          answered.add(pa);
          yes.add(py);
          expectedStep.add(0);
          expectedNext.add(next.question());
        }
        notation.append(notation.length() == 0 ? "" : " ").append(next);
        pa |= 1 << next.question();
        if (next.yes()) py |= 1 << next.question();
      }
    }
    Map<Integer, Integer> want = new TreeMap<>(Map.of(1, 100, 2, 150, 3, 40, 4, 4, 5, 12, 6, 2));
    assertEquals(want, perStep);
    assertTrue(prefixes.size() > 100, "prefixes: " + prefixes.size());
    // The batch entry agrees with every one of them.
    int[] aa = answered.stream().mapToInt(Integer::intValue).toArray();
    int[] yy = yes.stream().mapToInt(Integer::intValue).toArray();
    byte[][] batch = engine.determineBitsBatch(aa, yy);
    for (int i = 0; i < aa.length; i++) {
      assertEquals((int) expectedStep.get(i), batch[0][i]);
      assertEquals((int) expectedNext.get(i), batch[1][i]);
    }
  }

  @Test
  void answersAsWrittenAreReadByTheLibrary() throws Exception {
    Map<Integer, Object> spelled = new LinkedHashMap<>();
    spelled.put(1, "nee");
    spelled.put(2, "Nee");
    spelled.put(10, "ja");
    spelled.put(12, "YES");
    spelled.put(13, "true");
    assertEquals(4, engine.determine(spelled).step());
    spelled.put(13, "misschien");
    ParticipatieladderException e = assertThrows(ParticipatieladderException.class, () -> engine.determine(spelled));
    assertEquals(ParticipatieladderException.Status.INVALID_ARGUMENT, e.status());
  }

  @Test
  void texts() {
    assertEquals("Heeft u een betaalde baan of werkt u als zelfstandige?", Participatieladder.questionText(1, Lang.NL));
    assertNull(Participatieladder.questionText(22, Lang.NL));
    assertEquals("Paid work", Participatieladder.stepLabel(6, Lang.EN));
    assertNotNull(Participatieladder.version());
  }
}
