package org.scalebench.analysis.ab;

/**
 * How the interval of a benchmark's ratio B/A is computed. Both work on the per-round log ratios
 * {@code ln(b[i] / a[i])} and turn the result back into a ratio.
 */
public enum IntervalMethod {
  /**
   * The Hodges-Lehmann estimate (the median of the Walsh averages of the log ratios; J. L. Hodges and
   * E. L. Lehmann, Ann. Math. Statist. 34, 1963) with the confidence interval that inverts the exact
   * Wilcoxon signed-rank test (F. Wilcoxon, Biometrics Bulletin 1, 1945): every shift the test does not
   * reject. Distribution-free, exact coverage for log ratios symmetric about their centre, robust to a
   * burst that hits one side of one round, no seed, and consistent with the p-value: the
   * {@code 1 - alpha} interval excludes a ratio of 1 exactly when the unadjusted test rejects at alpha.
   * The default: on synthetic runs whose bursts hit one side of a round it caught a 5% slowdown in 65%
   * of runs where {@link #BOOTSTRAP} caught 24%, at the same A/A rate (see {@code analysis/README-ab.md}).
   */
  SIGNED_RANK,
  /**
   * The geometric-mean ratio {@code exp(mean log ratio)} with a seeded percentile bootstrap of the mean
   * log ratio, resampling whole rounds (B. Efron, Ann. Statist. 7, 1979). Slightly too narrow at 10-20
   * rounds and pulled by a single one-sided burst; kept for comparison with the mean-based reporting of
   * other tools.
   */
  BOOTSTRAP
}
