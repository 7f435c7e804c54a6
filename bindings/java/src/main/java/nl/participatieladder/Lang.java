// SPDX-License-Identifier: Apache-2.0
package nl.participatieladder;

/** The language of texts: Dutch (canonical) or English (PL_LANG_NL, PL_LANG_EN). */
public enum Lang {
  NL, EN;

  int code() {
    return this == NL ? 0 : 1;
  }
}
