// SPDX-License-Identifier: Apache-2.0
package nl.participatieladder;

/** One answer on a path: question 1-21 and yes/no (participatieladder.v1.Answer). */
public final class Answer {
  private final int question;
  private final boolean yes;

  public Answer(int question, boolean yes) {
    this.question = question;
    this.yes = yes;
  }

  public int question() {
    return question;
  }

  public boolean yes() {
    return yes;
  }

  @Override
  public String toString() {
    return question + (yes ? ":J" : ":N");
  }
}
