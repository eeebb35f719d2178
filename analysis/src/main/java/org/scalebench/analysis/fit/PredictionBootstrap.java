package org.scalebench.analysis.fit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Refits one law to bootstrap resamples of a series and keeps the parameter vectors, for
 * percentile intervals of anything computed from them (predicted times, peaks, crossings).
 *
 * <p>With at least two repetitions at every unit count, each resample draws the repetitions of
 * every point with replacement (the points stay; their noise is resampled). With a single
 * repetition somewhere there is nothing to draw from there, so the resample adds the fit's centred
 * residuals, drawn with replacement, to the fitted values instead (the residual bootstrap; Efron
 * and Tibshirani, <i>An Introduction to the Bootstrap</i>, 1993, sec. 9.5). Percentile intervals
 * as in Efron and Tibshirani ch. 13.
 */
final class PredictionBootstrap {
  /** Fewer successful refits than this share of the resamples give no interval. */
  private static final double MIN_SUCCESS = 0.8;

  private PredictionBootstrap() {}

  /**
   * @param model the law on the scale it was fitted ({@link LogScaleModel})
   * @param groups the fitted values y (log seconds) of each unit count's repetitions
   * @param units the unit count of each group
   * @param estimate the fit to the data
   * @return the parameter vectors of the resamples whose refit succeeded; empty when too few did
   */
  static List<double[]> resample(ScalingModel model, double[] units, double[][] groups, double[] estimate,
      int resamples, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    boolean cases = Arrays.stream(groups).allMatch(g -> g.length >= 2);
    int n = Arrays.stream(groups).mapToInt(g -> g.length).sum();
    double[] x = new double[n];
    double[] residuals = new double[n];
    int i = 0;
    for (int g = 0; g < groups.length; g++) {
      for (double y : groups[g]) {
        x[i] = units[g];
        residuals[i++] = y - model.value(estimate, units[g]);
      }
    }
    double mean = Arrays.stream(residuals).average().orElse(0);
    List<double[]> out = new ArrayList<>(resamples);
    double[] y = new double[n];
    for (int b = 0; b < resamples; b++) {
      i = 0;
      for (int g = 0; g < groups.length; g++) {
        for (int r = 0; r < groups[g].length; r++) {
          y[i++] = cases ? groups[g][random.nextInt(groups[g].length)]
              : model.value(estimate, units[g]) + residuals[random.nextInt(n)] - mean;
        }
      }
      double[] p = LeastSquaresFitter.estimate(model, x, y);
      if (p != null) {
        out.add(p);
      }
    }
    return out.size() >= MIN_SUCCESS * resamples ? out : List.of();
  }

  /** {@code {2.5%, 97.5%}} percentiles of the finite-or-infinite values; NaN values count as +inf. */
  static double[] percentiles(double[] values) {
    if (values.length == 0) {
      return new double[] {Double.NaN, Double.NaN};
    }
    double[] v = Arrays.stream(values).map(d -> Double.isNaN(d) ? Double.POSITIVE_INFINITY : d).sorted().toArray();
    int lo = (int) Math.floor(0.025 * (v.length - 1));
    int hi = (int) Math.ceil(0.975 * (v.length - 1));
    return new double[] {v[lo], v[hi]};
  }
}
