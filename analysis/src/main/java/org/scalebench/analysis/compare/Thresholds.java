package org.scalebench.analysis.compare;

/**
 * When a difference counts.
 *
 * @param alpha the significance level of the two-sided rank test (and 1 - alpha the level of the
 *     bootstrap interval shown next to it), in (0, 0.5]
 * @param minEffect the smallest relative change that matters: a regression needs the median to be
 *     worse by more than this factor ({@code 0.10}: more than 10% slower, or throughput below
 *     {@code 1/1.10} of the baseline), in [0, 10]
 */
public record Thresholds(double alpha, double minEffect) {
  public static final double DEFAULT_ALPHA = 0.05;
  public static final double DEFAULT_MIN_EFFECT = 0.10;

  public Thresholds {
    if (!(alpha > 0 && alpha <= 0.5)) {
      throw new IllegalArgumentException("alpha must be in (0, 0.5], got " + alpha);
    }
    if (!(minEffect >= 0 && minEffect <= 10)) {
      throw new IllegalArgumentException("minEffect must be in [0, 10], got " + minEffect);
    }
  }

  public static Thresholds defaults() {
    return new Thresholds(DEFAULT_ALPHA, DEFAULT_MIN_EFFECT);
  }

  /** The worse-factor beyond which a significant change is a regression: {@code 1 + minEffect}. */
  public double regressionFactor() {
    return 1 + minEffect;
  }

  /** The worse-factor below which a significant change is an improvement: {@code 1 / (1 + minEffect)}. */
  public double improvementFactor() {
    return 1 / (1 + minEffect);
  }
}
