package org.scalebench.analysis.fit;

import java.util.Arrays;
import java.util.stream.LongStream;

/**
 * How {@link SeriesModeler} chooses and extrapolates: immutable, built from {@link #withDefaults()}
 * with {@code withX} copies.
 *
 * <p>Defaults: predictions at the powers of two above the largest measured unit count up to
 * {@link #DEFAULT_PREDICT_FACTOR} times it; {@link #DEFAULT_RESAMPLES} bootstrap resamples from
 * seed {@link #DEFAULT_SEED}; units called {@code ranks}.
 */
public final class ModelOptions {
  /** Without a {@code predictUpTo}, predictions reach this many times the largest unit count measured. */
  public static final int DEFAULT_PREDICT_FACTOR = 4;
  public static final int DEFAULT_RESAMPLES = 400;
  public static final long DEFAULT_SEED = 0x5CA1EBE7CL;
  /** Fewer resamples than this give intervals whose 2.5% tails rest on a handful of values. */
  public static final int MIN_RESAMPLES = 100;

  private static final ModelOptions DEFAULTS =
      new ModelOptions(new int[0], 0, DEFAULT_RESAMPLES, DEFAULT_SEED, "ranks");

  private final int[] predictAt;
  private final int predictUpTo;
  private final int resamples;
  private final long seed;
  private final String unitName;

  private ModelOptions(int[] predictAt, int predictUpTo, int resamples, long seed, String unitName) {
    this.predictAt = predictAt;
    this.predictUpTo = predictUpTo;
    this.resamples = resamples;
    this.seed = seed;
    this.unitName = unitName;
  }

  public static ModelOptions withDefaults() {
    return DEFAULTS;
  }

  /**
   * Predict at exactly these unit counts (each {@code >= 1}; duplicates dropped, sorted); overrides
   * {@link #withPredictUpTo}. No arguments restores the default list.
   */
  public ModelOptions withPredictAt(int... units) {
    for (int u : units) {
      if (u < 1) {
        throw new IllegalArgumentException("prediction unit counts must be >= 1, got " + u);
      }
    }
    return new ModelOptions(Arrays.stream(units).distinct().sorted().toArray(), predictUpTo, resamples, seed,
        unitName);
  }

  /**
   * Predict at the powers of two above the largest measured unit count up to {@code units}
   * (e.g. a profile's {@code maxNodes x coresPerNode}), plus {@code units} itself; {@code 0}
   * restores the default of {@link #DEFAULT_PREDICT_FACTOR} times the largest measured.
   */
  public ModelOptions withPredictUpTo(int units) {
    if (units < 0) {
      throw new IllegalArgumentException("predictUpTo must be >= 0 (0 for the default), got " + units);
    }
    return new ModelOptions(predictAt, units, resamples, seed, unitName);
  }

  /** Bootstrap resamples for prediction intervals, {@code >= } {@link #MIN_RESAMPLES}. */
  public ModelOptions withResamples(int resamples) {
    if (resamples < MIN_RESAMPLES) {
      throw new IllegalArgumentException("resamples must be >= " + MIN_RESAMPLES + ", got " + resamples);
    }
    return new ModelOptions(predictAt, predictUpTo, resamples, seed, unitName);
  }

  /** The bootstrap's seed: the same seed and data give the same intervals. */
  public ModelOptions withSeed(long seed) {
    return new ModelOptions(predictAt, predictUpTo, resamples, seed, unitName);
  }

  /** What the unit count counts, in the plural, for sentences: {@code ranks} or {@code cores}. */
  public ModelOptions withUnitName(String unitName) {
    if (unitName == null || unitName.isBlank()) {
      throw new IllegalArgumentException("unitName must not be blank");
    }
    return new ModelOptions(predictAt, predictUpTo, resamples, seed, unitName);
  }

  /** The explicit prediction list, empty when the default list applies. */
  public int[] predictAt() {
    return predictAt.clone();
  }

  public int predictUpTo() {
    return predictUpTo;
  }

  public int resamples() {
    return resamples;
  }

  public long seed() {
    return seed;
  }

  public String unitName() {
    return unitName;
  }

  /** The unit counts to predict at, given the largest measured one. */
  public int[] targets(double largestMeasured) {
    if (predictAt.length > 0) {
      return predictAt.clone();
    }
    long top = predictUpTo > 0 ? predictUpTo : (long) Math.ceil(largestMeasured) * DEFAULT_PREDICT_FACTOR;
    return LongStream.concat(
            LongStream.iterate(1, v -> v <= top, v -> v * 2).filter(v -> v > largestMeasured),
            LongStream.of(top).filter(v -> v > largestMeasured))
        .distinct().sorted().mapToInt(Math::toIntExact).toArray();
  }

  @Override
  public String toString() {
    return "ModelOptions[predictAt=" + Arrays.toString(predictAt) + ", predictUpTo=" + predictUpTo
        + ", resamples=" + resamples + ", seed=" + seed + ", unitName=" + unitName + "]";
  }
}
