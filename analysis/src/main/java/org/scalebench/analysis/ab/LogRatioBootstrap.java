package org.scalebench.analysis.ab;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The percentile bootstrap of the mean log ratio (B. Efron, <i>Bootstrap Methods: Another Look at the
 * Jackknife</i>, Ann. Statist. 7, 1979; Efron and Tibshirani 1993, ch. 13): whole rounds are
 * resampled, so A and B of a round stay together. {@code exp} of the mean is the geometric-mean ratio.
 * Seeded: the same rounds give the same interval on every machine and in every order of calls.
 */
final class LogRatioBootstrap {
  private final int resamples;
  private final long seed;

  /**
   * @param resamples resamples per interval, {@code >= 100}
   * @param seed the seed; each interval starts from it afresh
   */
  LogRatioBootstrap(int resamples, long seed) {
    if (resamples < 100) {
      throw new IllegalArgumentException("resamples must be at least 100, got " + resamples);
    }
    this.resamples = resamples;
    this.seed = seed;
  }

  /** The mean of {@code logRatios} with its {@code 1 - alpha} percentile interval; alpha in (0, 1). */
  LogRatioInterval meanInterval(double[] logRatios, double alpha) {
    int n = logRatios.length;
    double mean = mean(logRatios);
    SplittableRandom random = new SplittableRandom(seed);
    double[] means = new double[resamples];
    for (int r = 0; r < resamples; r++) {
      double sum = 0;
      for (int i = 0; i < n; i++) {
        sum += logRatios[random.nextInt(n)];
      }
      means[r] = sum / n;
    }
    Arrays.sort(means);
    double low = means[(int) Math.floor(alpha / 2 * (resamples - 1))];
    double high = means[(int) Math.ceil((1 - alpha / 2) * (resamples - 1))];
    // the percentile ends of a skewed resample can miss the sample's own mean by an ulp
    return new LogRatioInterval(mean, Math.min(low, mean), Math.max(high, mean));
  }

  static double mean(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum / values.length;
  }
}
