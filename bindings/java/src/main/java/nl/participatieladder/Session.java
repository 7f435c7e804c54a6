// SPDX-License-Identifier: Apache-2.0
package nl.participatieladder;

/**
 * An interactive questionnaire (SPEC §4, pl_session): ask {@link #question()}, {@link #answer},
 * {@link #back()}, until {@link #complete()}. Not synchronised: use it from one thread at a time.
 * The engine must stay open while the session is used.
 */
public final class Session extends NativeHandle {
  private final Engine engine; // kept reachable: the engine must outlive the session

  Session(Engine engine) throws ParticipatieladderException {
    super(Native.sessionNew(engine.pointer()), Native::sessionFree, "session");
    this.engine = engine;
  }

  /** The question to ask now (1-21), or 0 when complete. */
  public int question() throws ParticipatieladderException {
    return (int) Native.sessionCurrent(pointer())[0];
  }

  /** The text of the current question, or null when complete. */
  public String questionText(Lang lang) throws ParticipatieladderException {
    int q = question();
    return q == 0 ? null : Native.questionText(q, lang);
  }

  public boolean complete() throws ParticipatieladderException {
    return Native.sessionCurrent(pointer())[1] != 0;
  }

  /** The step 1-6 when complete, else 0. */
  public int step() throws ParticipatieladderException {
    return (int) Native.sessionCurrent(pointer())[1];
  }

  /** The number of answers given. */
  public long answered() throws ParticipatieladderException {
    return Native.sessionCurrent(pointer())[2];
  }

  /** Answers the current question. STATE when complete. */
  public Session answer(boolean yes) throws ParticipatieladderException {
    Native.sessionAnswer(pointer(), yes);
    return this;
  }

  /**
   * Answers with the answer as written ("ja", "nee", "J", "n", "true", "0", ...), read by the
   * library with the SPEC §6 yes/no table; anything else is INVALID_ARGUMENT (never a guess).
   */
  public Session answer(String answer) throws ParticipatieladderException {
    Native.sessionAnswerText(pointer(), answer);
    return this;
  }

  /** Withdraws the last answer; STATE when none was given. */
  public Session back() throws ParticipatieladderException {
    Native.sessionBack(pointer());
    return this;
  }

  /** The determination for the answers so far. */
  public Determination result() throws ParticipatieladderException {
    return new Determination(Native.sessionResult(pointer()));
  }

  Engine engine() {
    return engine;
  }
}
