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

  /** Lower case, for tables and JSON. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
