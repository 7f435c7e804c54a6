// SPDX-License-Identifier: Apache-2.0
package nl.participatieladder;

/**
 * The Dutch municipalities' Participatieladder from Java, over the C library
 * (libparticipatieladder, participatieladder.h): every answer is the library's, so Java gives
 * exactly the answers of the CLI, C, Python and JavaScript (docs/java.md).
 *
 * <pre>{@code
 * try (Engine engine = new Engine()) {
 *   System.out.println(engine.determine("1:N 2:N 10:J 12:J 13:J").step()); // 4
 * }
 * }</pre>
 */
public final class Participatieladder {
  private Participatieladder() {}

  /** The version of the loaded library, e.g. "1.0.0". */
  public static String version() {
    return Native.versionString();
  }

  /** The library's VersionInfo message in JSON. */
  public static String versionInfo() throws ParticipatieladderException {
    return Native.versionInfo();
  }

  /** The text of question 1-21 (SPEC §4); null for another number. */
  public static String questionText(int question, Lang lang) {
    return Native.questionText(question, lang);
  }

  /** The label of step code 0-6 or 9 (SPEC §2); null for another code. */
  public static String stepLabel(int step, Lang lang) {
    return Native.stepLabel(step, lang);
  }

  /** The short English name of a status code ("parse error", ...). */
  public static String statusName(int status) {
    return Native.statusName(status);
  }
}
