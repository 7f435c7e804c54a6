// SPDX-License-Identifier: Apache-2.0
package nl.participatieladder;

import java.util.List;

/** One complete path through the questionnaire (SPEC §4) and its step. */
public final class QuestionnairePath {
  private final List<Answer> answers;
  private final int step;

  QuestionnairePath(List<Answer> answers, int step) {
    this.answers = answers;
    this.step = step;
  }

  public List<Answer> answers() {
    return answers;
  }

  public int step() {
    return step;
  }

  /** The path in answer notation, "1:N 2:N 10:J 12:J 13:J". */
  public String notation() {
    StringBuilder out = new StringBuilder();
    for (Answer a : answers) out.append(out.length() == 0 ? "" : " ").append(a);
    return out.toString();
  }
}
