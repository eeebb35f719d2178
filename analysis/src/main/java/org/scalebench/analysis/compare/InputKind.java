package org.scalebench.analysis.compare;

import java.util.Locale;

/** What a compare input holds. */
public enum InputKind {
  /** A JMH {@code -rf json} result file. */
  JMH,
  /** A study directory of the result store. */
  STUDY;

  /** What one sample of this kind is: a JMH measurement {@code iteration}, a study point's {@code repetition}. */
  public String sampleNoun() {
    return this == JMH ? "iteration" : "repetition";
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code jmh} / {@code study}; null for anything else. */
  public static InputKind ofLabel(String label) {
    for (InputKind k : values()) {
      if (k.label().equals(label)) {
        return k;
      }
    }
    return null;
  }
}
