package org.scalebench.analysis.ab;

/**
 * A location estimate of the per-round log ratios {@code ln(b/a)} with its interval, in log space
 * (dimensionless). An end is infinite when too few rounds bound it (the signed-rank interval of 5 or
 * fewer rounds at 95%).
 *
 * @param estimate the estimate, finite
 * @param low the lower end, {@code <= estimate}, may be {@code -Infinity}
 * @param high the upper end, {@code >= estimate}, may be {@code +Infinity}
 */
public record LogRatioInterval(double estimate, double low, double high) {
  public LogRatioInterval {
    if (!Double.isFinite(estimate)) {
      throw new IllegalArgumentException("estimate must be finite, got " + estimate);
    }
    if (Double.isNaN(low) || Double.isNaN(high) || low > estimate || high < estimate) {
      throw new IllegalArgumentException("the interval must hold the estimate " + estimate + ", got " + low
          + ".." + high);
    }
  }

  /** True when both ends are finite. */
  public boolean bounded() {
    return Double.isFinite(low) && Double.isFinite(high);
  }
}
