package org.scalebench.analysis.aggregate;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Percentile bootstrap intervals of medians (B. Efron and R. J. Tibshirani, <i>An Introduction to
 * the Bootstrap</i>, 1993, ch. 13), seeded so that the same data give the same interval on every
 * machine and in every order of calls.
 *
 * <p>A resample of a sorted sample is drawn as counts per original index, and its median found by
 * walking the cumulative counts: O(n) per resample, no sort, so points with thousands of
 * repetitions stay cheap.
 */
public final class Bootstrap {
  /** Resamples per interval: enough for stable 2.5% / 97.5% percentiles. */
  public static final int DEFAULT_RESAMPLES = 2000;
  public static final long DEFAULT_SEED = 0x5CA1EBE7CL;

  private final int resamples;
  private final long seed;

  /**
   * @param resamples resamples per interval, {@code >= 100}
   * @param seed the random seed; each interval starts from it afresh
   */
  public Bootstrap(int resamples, long seed) {
    if (resamples < 100) {
      throw new IllegalArgumentException("resamples must be at least 100, got " + resamples);
    }
    this.resamples = resamples;
    this.seed = seed;
  }

  public Bootstrap() {
    this(DEFAULT_RESAMPLES, DEFAULT_SEED);
  }

  /** A 95% interval {@code [low, high]}; both equal the value when the sample has one element. */
  public record Interval(double low, double high) {
    public Interval {
      if (low > high) {
        throw new IllegalArgumentException("low " + low + " > high " + high);
      }
    }
  }

  /** The median of {@code values} (not modified); NaN for an empty array. */
  public static double median(double[] values) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sortedMedian(sorted);
  }

  static double sortedMedian(double[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  /** 95% percentile-bootstrap interval of the median of {@code values}. */
  public Interval medianInterval(double[] values) {
    double[] sorted = sortedCopy(values);
    if (sorted.length == 1) {
      return new Interval(sorted[0], sorted[0]);
    }
    SplittableRandom random = new SplittableRandom(seed);
    int[] counts = new int[sorted.length];
    double[] medians = new double[resamples];
    for (int b = 0; b < resamples; b++) {
      medians[b] = resampledMedian(sorted, counts, random);
    }
    return percentiles(medians);
  }

  /**
   * 95% interval of {@code median(numerator) / median(denominator)}, resampling both samples
   * independently (they are different runs): the interval of a speedup.
   */
  public Interval ratioOfMediansInterval(double[] numerator, double[] denominator) {
    double[] a = sortedCopy(numerator);
    double[] b = sortedCopy(denominator);
    SplittableRandom random = new SplittableRandom(seed);
    int[] countsA = new int[a.length];
    int[] countsB = new int[b.length];
    double[] ratios = new double[resamples];
    for (int r = 0; r < resamples; r++) {
      ratios[r] = resampledMedian(a, countsA, random) / resampledMedian(b, countsB, random);
    }
    return percentiles(ratios);
  }

  private static double[] sortedCopy(double[] values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("cannot bootstrap an empty sample");
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted;
  }

  private static double resampledMedian(double[] sorted, int[] counts, SplittableRandom random) {
    int n = sorted.length;
    if (n == 1) {
      return sorted[0];
    }
    Arrays.fill(counts, 0);
    for (int i = 0; i < n; i++) {
      counts[random.nextInt(n)]++;
    }
    // 0-based positions of the middle element(s) of the resample in sorted order
    int lowPos = (n - 1) / 2;
    int highPos = n / 2;
    double low = Double.NaN;
    int seen = 0;
    for (int i = 0; i < n; i++) {
      seen += counts[i];
      if (Double.isNaN(low) && seen > lowPos) {
        low = sorted[i];
      }
      if (seen > highPos) {
        return (low + sorted[i]) / 2;
      }
    }
    throw new IllegalStateException("counts do not sum to " + n);
  }

  private static Interval percentiles(double[] statistics) {
    Arrays.sort(statistics);
    int n = statistics.length;
    double low = statistics[(int) Math.floor(0.025 * (n - 1))];
    double high = statistics[(int) Math.ceil(0.975 * (n - 1))];
    return new Interval(low, high);
  }
}
