package org.scalebench.analysis.ab;

import java.util.Objects;

/**
 * The thresholds and knobs of the paired verdict, immutable; each {@code with...} returns a copy. All
 * checks are in the compact constructor, each message names the value:
 * {@code AbSettings.withDefaults().withMinEffect(0.05).withAlpha(0.05)}.
 *
 * @param alpha the run-wise false-alarm rate: Holm's procedure keeps the probability that any
 *     benchmark of an A/A run is flagged at or below it; also {@code 1 - alpha} is the level of each
 *     benchmark's interval. In (0, 0.5]
 * @param minEffect the smallest relative change that matters, a fraction: {@code 0.05} is 5%. A
 *     benchmark whose interval of the worse factor lies inside {@code [1/(1+minEffect), 1+minEffect]} is
 *     unchanged whatever its p-value. In [0, 10]; with 0 nothing is ever shown unchanged unless every
 *     round measured B equal to A
 * @param interval how the interval is computed
 * @param bootstrapResamples resamples of the {@link IntervalMethod#BOOTSTRAP} interval, in
 *     [100, 1,000,000]; ignored by {@link IntervalMethod#SIGNED_RANK}
 * @param seed the bootstrap's random seed; each benchmark's interval starts from it afresh, so a verdict
 *     does not depend on the order of the benchmarks
 */
public record AbSettings(double alpha, double minEffect, IntervalMethod interval, int bootstrapResamples,
    long seed) {
  public static final double DEFAULT_ALPHA = 0.05;
  public static final double DEFAULT_MIN_EFFECT = 0.05;
  public static final int DEFAULT_BOOTSTRAP_RESAMPLES = 2000;
  public static final long DEFAULT_SEED = 0x5CA1EAB0L;
  /**
   * The rounds a run should have: on synthetic runs with 3% noise per fork, 20 rounds catch a 5%
   * slowdown of one benchmark in a family of 8 in 94% of runs and a 10% one in 100% (99% at 5% noise);
   * 15 rounds give 83% and 100% (see {@code analysis/README-ab.md}).
   */
  public static final int RECOMMENDED_ROUNDS = 20;

  public AbSettings {
    if (!(alpha > 0 && alpha <= 0.5)) {
      throw new IllegalArgumentException("alpha must be in (0, 0.5], got " + alpha);
    }
    if (!(minEffect >= 0 && minEffect <= 10)) {
      throw new IllegalArgumentException("minEffect must be in [0, 10], got " + minEffect);
    }
    Objects.requireNonNull(interval, "interval must not be null");
    if (bootstrapResamples < 100 || bootstrapResamples > 1_000_000) {
      throw new IllegalArgumentException("bootstrapResamples must be in [100, 1000000], got " + bootstrapResamples);
    }
  }

  /** alpha 0.05, minimum effect 5%, the signed-rank interval, 2000 resamples, a fixed seed. */
  public static AbSettings withDefaults() {
    return new AbSettings(DEFAULT_ALPHA, DEFAULT_MIN_EFFECT, IntervalMethod.SIGNED_RANK,
        DEFAULT_BOOTSTRAP_RESAMPLES, DEFAULT_SEED);
  }

  public AbSettings withAlpha(double value) {
    return new AbSettings(value, minEffect, interval, bootstrapResamples, seed);
  }

  public AbSettings withMinEffect(double value) {
    return new AbSettings(alpha, value, interval, bootstrapResamples, seed);
  }

  public AbSettings withInterval(IntervalMethod value) {
    return new AbSettings(alpha, minEffect, value, bootstrapResamples, seed);
  }

  public AbSettings withBootstrapResamples(int value) {
    return new AbSettings(alpha, minEffect, interval, value, seed);
  }

  public AbSettings withSeed(long value) {
    return new AbSettings(alpha, minEffect, interval, bootstrapResamples, value);
  }

  /** The worse factor above which a change can be a regression: {@code 1 + minEffect}. */
  public double regressionFactor() {
    return 1 + minEffect;
  }

  /** The worse factor below which a change can be an improvement: {@code 1 / (1 + minEffect)}. */
  public double improvementFactor() {
    return 1 / (1 + minEffect);
  }

  /** The interval's confidence level in percent, e.g. {@code 95} for alpha 0.05. */
  public double confidencePercent() {
    return 100 * (1 - alpha);
  }
}
