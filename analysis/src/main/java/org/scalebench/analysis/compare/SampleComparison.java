package org.scalebench.analysis.compare;

import java.util.Objects;

/**
 * One benchmark or point, baseline against current.
 *
 * @param id the benchmark or point
 * @param unit the samples' unit
 * @param direction which way is better
 * @param baselineCount baseline samples, {@code >= 0} (0: missing there)
 * @param currentCount current samples, {@code >= 0} (0: missing there)
 * @param baselineMedian median of the baseline samples, NaN when missing
 * @param currentMedian median of the current samples, NaN when missing
 * @param ratio {@code currentMedian / baselineMedian}, NaN when either is missing
 * @param ratioLow lower end of the 95% percentile-bootstrap interval of the ratio, or NaN
 * @param ratioHigh upper end of that interval, or NaN
 * @param worseFactor how many times worse the current median is ({@code > 1} slower, direction-aware), or NaN
 * @param pValue two-sided Mann-Whitney U p-value, or NaN when not tested
 * @param exactP true when the p-value is exact (no ties), false when the normal approximation was used
 * @param verdict the outcome
 * @param note why the verdict is what it is, one sentence
 */
public record SampleComparison(
    String id, String unit, Direction direction, int baselineCount, int currentCount, double baselineMedian,
    double currentMedian, double ratio, double ratioLow, double ratioHigh, double worseFactor, double pValue,
    boolean exactP, Verdict verdict, String note) {

  public SampleComparison {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(unit, "unit must not be null");
    Objects.requireNonNull(direction, "direction must not be null");
    Objects.requireNonNull(verdict, "verdict must not be null");
    Objects.requireNonNull(note, "note must not be null");
    if (baselineCount < 0 || currentCount < 0) {
      throw new IllegalArgumentException("sample counts must be >= 0, got " + baselineCount + " and " + currentCount);
    }
  }

}
