package org.scalebench.analysis.ab;

import java.util.Objects;
import org.scalebench.analysis.compare.Direction;
import org.scalebench.analysis.compare.Verdict;

/**
 * The verdict on one benchmark of an A/B run. Ratios are B/A as measured (above 1: B measured more);
 * the worse factors derived from them are above 1 when B is slower whatever the direction (a
 * throughput ratio is inverted).
 *
 * @param samples what was measured
 * @param geoMeanRatio the geometric mean of the per-round ratios B/A, {@code exp(mean ln(b/a))}; {@code > 0}
 * @param ratio the estimate of B/A that goes with the interval: the Hodges-Lehmann ratio for
 *     {@link IntervalMethod#SIGNED_RANK}, the geometric mean for {@link IntervalMethod#BOOTSTRAP}; {@code > 0}
 * @param ratioLow the lower end of the interval of B/A, {@code <= ratio}; NaN when the rounds do not bound it
 * @param ratioHigh the upper end, {@code >= ratio}; NaN when the rounds do not bound it
 * @param pValue the two-sided Wilcoxon signed-rank p of the log ratios, unadjusted, in (0, 1]
 * @param exactP true when {@code pValue} is exact (no tied and no zero log ratios), false when it is the
 *     normal approximation
 * @param adjustedP Holm's adjusted p over the run's family, in (0, 1]; NaN when the benchmark has too
 *     few rounds to be part of the family
 * @param verdict regression, improvement, unchanged or inconclusive (never missing or new)
 * @param reason why, one sentence
 */
public record PairedVerdict(PairedSamples samples, double geoMeanRatio, double ratio, double ratioLow,
    double ratioHigh, double pValue, boolean exactP, double adjustedP, Verdict verdict, String reason) {

  public PairedVerdict {
    Objects.requireNonNull(samples, "samples must not be null");
    String id = samples.id();
    positive(id, "geoMeanRatio", geoMeanRatio);
    positive(id, "ratio", ratio);
    if (!Double.isNaN(ratioLow) && !(ratioLow > 0 && ratioLow <= ratio)) {
      throw new IllegalArgumentException(id + ": ratioLow must be in (0, ratio " + ratio + "] or NaN, got " + ratioLow);
    }
    if (!Double.isNaN(ratioHigh) && !(ratioHigh >= ratio && Double.isFinite(ratioHigh))) {
      throw new IllegalArgumentException(id + ": ratioHigh must be finite and >= ratio " + ratio + " or NaN, got "
          + ratioHigh);
    }
    if (!(pValue > 0 && pValue <= 1)) {
      throw new IllegalArgumentException(id + ": pValue must be in (0, 1], got " + pValue);
    }
    if (!Double.isNaN(adjustedP) && !(adjustedP >= pValue && adjustedP <= 1)) {
      throw new IllegalArgumentException(id + ": adjustedP must be in [pValue " + pValue + ", 1] or NaN, got "
          + adjustedP);
    }
    Objects.requireNonNull(verdict, "verdict of " + id + " must not be null");
    if (verdict == Verdict.MISSING || verdict == Verdict.NEW) {
      throw new IllegalArgumentException(id + ": an A/B verdict is regression, improvement, unchanged or "
          + "inconclusive, got " + verdict.label());
    }
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException(id + ": every verdict needs a reason");
    }
  }

  private static void positive(String id, String field, double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(id + ": " + field + " must be finite and > 0, got " + value);
    }
  }

  public String id() {
    return samples.id();
  }

  public String unit() {
    return samples.unit();
  }

  public Direction direction() {
    return samples.direction();
  }

  public int rounds() {
    return samples.rounds();
  }

  /** B/A per round. */
  public double[] ratios() {
    return samples.ratios();
  }

  /** True when the benchmark had rounds enough to be tested in the run's family. */
  public boolean tested() {
    return !Double.isNaN(adjustedP);
  }

  /** How many times slower B is than A ({@code > 1} slower, {@code < 1} faster), from {@link #ratio}. */
  public double worseFactor() {
    return worse(ratio);
  }

  /** The lower end of the worse factor's interval, or NaN. */
  public double worseLow() {
    return worse(direction() == Direction.LOWER_IS_BETTER ? ratioLow : ratioHigh);
  }

  /** The upper end of the worse factor's interval, or NaN. */
  public double worseHigh() {
    return worse(direction() == Direction.LOWER_IS_BETTER ? ratioHigh : ratioLow);
  }

  /** The geometric-mean worse factor. */
  public double geoMeanWorseFactor() {
    return worse(geoMeanRatio);
  }

  private double worse(double r) {
    return direction().worseFactor(1, r);
  }
}
