package org.scalebench.analysis.fit;

/**
 * The chosen law's prediction at one unit count beyond (or within) the measured range, each with a
 * 95% percentile-bootstrap interval.
 *
 * <p>Strong scaling: {@code speedup = T(p0) / T(p)}, {@code efficiency = speedup / (p / p0)}. Weak
 * scaling: {@code speedup = (p / p0) T(p0) / T(p)} (Gustafson's scaled speedup),
 * {@code efficiency = T(p0) / T(p)}. {@code p0} is the smallest unit count measured; 1 is ideal
 * efficiency.
 *
 * @param units the unit count, {@code >= 1}
 * @param seconds predicted wall time
 * @param secondsLow lower end of its interval, or NaN
 * @param secondsHigh upper end, or NaN
 * @param speedup predicted speedup over {@code p0}
 * @param speedupLow lower end, or NaN
 * @param speedupHigh upper end, or NaN
 * @param efficiency predicted efficiency
 * @param efficiencyLow lower end, or NaN
 * @param efficiencyHigh upper end, or NaN
 */
public record Prediction(double units, double seconds, double secondsLow, double secondsHigh, double speedup,
    double speedupLow, double speedupHigh, double efficiency, double efficiencyLow, double efficiencyHigh) {
  public Prediction {
    if (!(units >= 1)) {
      throw new IllegalArgumentException("units must be >= 1, got " + units);
    }
  }
}
