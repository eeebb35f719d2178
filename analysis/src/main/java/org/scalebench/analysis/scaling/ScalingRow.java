package org.scalebench.analysis.scaling;

import org.scalebench.analysis.aggregate.PointStats;
import org.scalebench.results.Checks;

/**
 * One point of a scaling curve. Ratios are relative to the series baseline (its smallest rank
 * count {@code p0}); {@code q = p / p0}.
 *
 * @param point the point's statistics
 * @param relativeRanks {@code q = ranks / baselineRanks}, {@code >= 1}
 * @param speedup strong: {@code T(p0) / T(p)} of medians; weak: Gustafson's scaled speedup
 *     {@code q * T(p0) / T(p)}
 * @param speedupLow lower end of the 95% bootstrap interval of {@code speedup}
 * @param speedupHigh upper end of that interval
 * @param efficiency strong: {@code speedup / q}; weak: {@code T(p0) / T(p)}; 1 is ideal
 * @param karpFlatt strong: {@code (1/S - 1/q) / (1 - 1/q)}; NaN at the baseline and in weak scaling
 */
public record ScalingRow(
    PointStats point, double relativeRanks, double speedup, double speedupLow, double speedupHigh,
    double efficiency, double karpFlatt) {

  public ScalingRow {
    Checks.notNull("point", point);
    if (!(relativeRanks > 0)) {
      throw new IllegalArgumentException("relativeRanks must be > 0, got " + relativeRanks);
    }
  }

  public int ranks() {
    return point.ranks();
  }

  public double medianSeconds() {
    return point.wallSeconds().median();
  }
}
