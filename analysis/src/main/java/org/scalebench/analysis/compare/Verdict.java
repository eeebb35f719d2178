package org.scalebench.analysis.compare;

import java.util.Locale;

/** The outcome of comparing one benchmark, point or scaling parameter. */
public enum Verdict {
  /** Significantly worse and by more than the minimum effect: fails the gate. */
  REGRESSION,
  /** Significantly better and by more than the minimum effect. */
  IMPROVEMENT,
  /** No significant change, or one smaller than the minimum effect. */
  UNCHANGED,
  /** Too few samples (or no interval) to decide either way. */
  INCONCLUSIVE,
  /** In the baseline, not in the current results. */
  MISSING,
  /** In the current results, not in the baseline. */
  NEW;

  /** True when a test reached this verdict (regression, improvement, unchanged), not a gap or too few samples. */
  public boolean isTested() {
    return this == REGRESSION || this == IMPROVEMENT || this == UNCHANGED;
  }

  /** Lower case, for tables and JSON. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
