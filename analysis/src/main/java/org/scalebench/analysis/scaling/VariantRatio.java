package org.scalebench.analysis.scaling;

import org.scalebench.results.Checks;

/**
 * How much slower one variant ran than the fastest at one configuration: the ratio of their median wall
 * times, with a 95% bootstrap interval over both variants' repetitions.
 *
 * @param slower the label of the slower (or equally fast) variant
 * @param fastest the label of the fastest variant at the configuration
 * @param ratio {@code median(slower) / median(fastest)}, {@code >= 1}
 * @param ciLow lower end of the 95% interval; NaN when either side has one repetition
 * @param ciHigh upper end of that interval; NaN with {@code ciLow}
 */
public record VariantRatio(String slower, String fastest, double ratio, double ciLow, double ciHigh) {
  public VariantRatio {
    Checks.nonBlank("slower", slower);
    Checks.nonBlank("fastest", fastest);
    if (!(ratio >= 1) || Double.isInfinite(ratio)) {
      throw new IllegalArgumentException("ratio must be finite and >= 1 (slower over fastest), got " + ratio);
    }
    if (Double.isNaN(ciLow) != Double.isNaN(ciHigh) || ciLow > ciHigh) {
      throw new IllegalArgumentException("need ciLow <= ciHigh, both or neither NaN, got " + ciLow + ", " + ciHigh);
    }
  }

  /** True when an interval exists (both variants have at least two repetitions here). */
  public boolean hasInterval() {
    return !Double.isNaN(ciLow);
  }
}
