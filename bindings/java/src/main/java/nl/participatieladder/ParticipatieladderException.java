// SPDX-License-Identifier: Apache-2.0
package nl.participatieladder;

/**
 * A failed call into the library: the {@code PL_E_*} status of the C ABI and the library's message
 * (where and why; never personal data, SPEC §11). Findings — an incomplete questionnaire, a failed
 * check, an unreadable value in a file — are results, never exceptions.
 */
public class ParticipatieladderException extends Exception {
  private static final long serialVersionUID = 1L;
  private final Status status;

  /** The status codes of participatieladder.h; the values are fixed forever. */
  public enum Status {
    INVALID_ARGUMENT(-1), PARSE(-2), IO(-3), FORMAT(-4), CONFIG(-5), STATE(-6), DECODE(-7), VERSION(-8),
    INTERNAL(-9), NO_MEMORY(-10), UNKNOWN(0);

    private final int code;

    Status(int code) {
      this.code = code;
    }

    /** The C value, e.g. -4 for PL_E_FORMAT. */
    public int code() {
      return code;
    }

    /** The C name, e.g. "PL_E_FORMAT". */
    public String cName() {
      return this == UNKNOWN ? "PL_E_UNKNOWN" : "PL_E_" + name();
    }

    static Status of(int code) {
      for (Status s : values()) if (s.code == code && s != UNKNOWN) return s;
      return UNKNOWN;
    }
  }

  public ParticipatieladderException(int code, String message) {
    super(message);
    this.status = Status.of(code);
  }

  /** The status, e.g. {@link Status#FORMAT}. */
  public Status status() {
    return status;
  }

  /** The C status value (negative), e.g. -4. */
  public int code() {
    return status.code();
  }
}
