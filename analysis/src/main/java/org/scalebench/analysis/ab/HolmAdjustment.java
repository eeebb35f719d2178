package org.scalebench.analysis.ab;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Holm's step-down adjustment of a family of p-values (S. Holm, <i>A Simple Sequentially Rejective
 * Multiple Test Procedure</i>, Scand. J. Statist. 6, 1979): sorted ascending,
 * {@code adjusted(i) = min(1, max over j <= i of (m - j + 1) p(j))}. Rejecting every hypothesis whose
 * adjusted p is below alpha keeps the probability of rejecting any true one at or below alpha, under
 * any dependence between the tests; that is the "at most 1 A/A run in 20 flags anything" of the gate.
 * Holm rather than Benjamini-Hochberg because the gate's promise is about the whole run (family-wise
 * error), not the share of false flags among the flags; Holm rather than Bonferroni because it is
 * never less powerful. Neither commons-math3 nor commons-statistics has it.
 */
public final class HolmAdjustment {
  private HolmAdjustment() {}

  /**
   * The adjusted p-values, in the order of {@code pValues}. A NaN is not part of the family (it stays
   * NaN and does not count in m).
   *
   * @param pValues each in [0, 1] or NaN
   */
  public static double[] adjust(double[] pValues) {
    for (double p : pValues) {
      if (!Double.isNaN(p) && !(p >= 0 && p <= 1)) {
        throw new IllegalArgumentException("p-values must be in [0, 1], got " + p);
      }
    }
    Integer[] order = IntStream.range(0, pValues.length).filter(i -> !Double.isNaN(pValues[i])).boxed()
        .sorted(Comparator.comparingDouble(i -> pValues[i])).toArray(Integer[]::new);
    double[] adjusted = new double[pValues.length];
    Arrays.fill(adjusted, Double.NaN);
    int m = order.length;
    double running = 0;
    for (int j = 0; j < m; j++) {
      running = Math.max(running, Math.min(1, (m - j) * pValues[order[j]]));
      adjusted[order[j]] = running;
    }
    return adjusted;
  }
}
