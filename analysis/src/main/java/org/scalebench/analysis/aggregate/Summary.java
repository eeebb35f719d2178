package org.scalebench.analysis.aggregate;

import java.util.Arrays;

/**
 * Median, range and 95% bootstrap interval of the median of one quantity over repetitions.
 *
 * @param count how many values, {@code >= 1}
 * @param median the sample median
 * @param min the smallest value
 * @param max the largest value
 * @param ciLow lower end of the 95% bootstrap interval of the median
 * @param ciHigh upper end of the 95% bootstrap interval of the median
 */
public record Summary(int count, double median, double min, double max, double ciLow, double ciHigh) {
  public Summary {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1, got " + count);
    }
    if (!(min <= median && median <= max)) {
      throw new IllegalArgumentException("need min <= median <= max, got " + min + ", " + median + ", " + max);
    }
    if (!(ciLow <= ciHigh)) {
      throw new IllegalArgumentException("need ciLow <= ciHigh, got " + ciLow + ", " + ciHigh);
    }
  }

  /** Summarises {@code values} (finite, not modified); NaN values are the caller's bug. */
  public static Summary of(double[] values, Bootstrap bootstrap) {
    if (values.length == 0) {
      throw new IllegalArgumentException("cannot summarise an empty sample");
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    Bootstrap.Interval ci = bootstrap.medianInterval(sorted);
    return new Summary(sorted.length, Bootstrap.sortedMedian(sorted), sorted[0], sorted[sorted.length - 1],
        ci.low(), ci.high());
  }

  /** True when the interval is only a repeat of one value: a single repetition. */
  public boolean intervalIsDegenerate() {
    return count < 2;
  }
}
