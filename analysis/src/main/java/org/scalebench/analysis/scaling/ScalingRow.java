package org.scalebench.analysis.scaling;

import org.scalebench.analysis.aggregate.PointStats;
import org.scalebench.results.Checks;

/**
 * One point of a scaling curve. Ratios are relative to the series baseline, its smallest processor
 * count {@code p0} on the curve's {@link Axis} (ranks, or total cores when the curve varies cpus per
 * task: then every ratio is per core); {@code q = p / p0}.
 *
 * @param point the point's statistics
 * @param units {@code p}: the point's ranks, or its total cores (ranks x cpus per task) on a cores axis
 * @param relativeRanks {@code q = units / baselineUnits}, {@code > 0}
 * @param speedup strong: {@code T(p0) / T(p)} of medians; weak: Gustafson's scaled speedup
 *     {@code q * T(p0) / T(p)}
 * @param speedupLow lower end of the 95% bootstrap interval of {@code speedup}
 * @param speedupHigh upper end of that interval
 * @param efficiency strong: {@code speedup / q}; weak: {@code T(p0) / T(p)}; 1 is ideal
 * @param karpFlatt strong: {@code (1/S - 1/q) / (1 - 1/q)}; NaN at the baseline and in weak scaling
 * @param inFits whether the model fits used this point (an oversubscribed one is left out by default)
 */
public record ScalingRow(
    PointStats point, int units, double relativeRanks, double speedup, double speedupLow, double speedupHigh,
    double efficiency, double karpFlatt, boolean inFits) {

  public ScalingRow {
    Checks.notNull("point", point);
    Checks.atLeast("units", units, 1);
    if (!(relativeRanks > 0)) {
      throw new IllegalArgumentException("relativeRanks must be > 0, got " + relativeRanks);
    }
  }

  /** MPI ranks of the point. */
  public int ranks() {
    return point.ranks();
  }

  /** Total cores of the point: ranks x cpus per task. */
  public int cores() {
    return point.cores();
  }

  public double medianSeconds() {
    return point.wallSeconds().median();
  }

  /** True when the point ran more ranks x cpus than cores. */
  public boolean oversubscribed() {
    return point.oversubscribed();
  }
}
