// SPDX-License-Identifier: Apache-2.0
package nl.participatieladder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The result of a determination (participatieladder.v1.DeterminationResult, SPEC §4). Incomplete
 * answers are a result too: {@link #complete()} is false, {@link #step()} is null and
 * {@link #nextQuestion()} is the question to ask.
 */
public final class Determination {
  private final String json;
  private final Map<String, Object> m;

  Determination(String json) {
    this.json = json;
    this.m = Json.object(Json.parse(json));
  }

  /** The DeterminationResult in protobuf's JSON mapping, as the library wrote it. */
  public String json() {
    return json;
  }

  public boolean complete() {
    return Boolean.TRUE.equals(m.get("complete"));
  }

  /** The step 1-6 (SPEC §2), or null when incomplete. */
  public Integer step() {
    return m.containsKey("step") ? (int) Json.number(m, "step") : null;
  }

  /** The label of the step, or null when incomplete. */
  public String label(Lang lang) {
    return complete() ? text(m.get("label"), lang) : null;
  }

  /** The answered questions on the path, in order. */
  public List<Answer> path() {
    List<Answer> out = new ArrayList<>();
    for (Object a : Json.list(m.get("path"))) {
      Map<String, Object> answer = Json.object(a);
      out.add(new Answer((int) Json.number(answer, "question"), Boolean.TRUE.equals(answer.get("yes"))));
    }
    return out;
  }

  /** The path in answer notation, e.g. "1:N 2:N 10:J 12:J 13:J". */
  public String notation() {
    return Json.string(m, "path_notation");
  }

  /** The question to ask next (1-21), or null when complete. */
  public Integer nextQuestion() {
    return m.containsKey("next_question") ? (int) Json.number(m, "next_question") : null;
  }

  /** The text of the next question, or null when complete. */
  public String question(Lang lang) {
    return nextQuestion() == null ? null : text(Json.object(m.get("question")).get("text"), lang);
  }

  /** Answered questions that are not on the path, ascending (allowed, never an error). */
  public List<Integer> unused() {
    List<Integer> out = new ArrayList<>();
    for (Object q : Json.list(m.get("unused"))) out.add(((Number) q).intValue());
    return out;
  }

  /** The ids of the SPEC §4.1 notes (docs/conformance.md lists them). */
  public List<String> noteIds() {
    List<String> out = new ArrayList<>();
    for (Object n : Json.list(m.get("notes"))) out.add(Json.string(Json.object(n), "id"));
    return out;
  }

  /** The text of each §4.1 note. */
  public List<String> notes(Lang lang) {
    List<String> out = new ArrayList<>();
    for (Object n : Json.list(m.get("notes"))) out.add(text(Json.object(n).get("message"), lang));
    return out;
  }

  /** The SPEC §3 criteria of the step; null when incomplete. */
  public String delimitation(Lang lang) {
    return complete() ? text(Json.object(m.get("delimitation")).get("criteria"), lang) : null;
  }

  static String text(Object localized, Lang lang) {
    return Json.string(Json.object(localized), lang == Lang.NL ? "nl" : "en");
  }

  @Override
  public String toString() {
    return complete() ? "Determination(step=" + step() + ", path=" + notation() + ")"
                      : "Determination(incomplete, next_question=" + nextQuestion() + ")";
  }
}
