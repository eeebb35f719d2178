package org.scalebench.analysis.compare;

import java.util.Objects;

/**
 * One fitted scaling parameter of one curve, baseline against current.
 *
 * @param series the curve, e.g. {@code sum {n=1000000} 1 cpu/rank}
 * @param model {@code Amdahl} or {@code USL}
 * @param parameter {@code f}, {@code sigma} or {@code kappa}; larger is worse for each
 * @param baselineValue the baseline estimate, or NaN when its fit failed
 * @param baselineLow lower end of the baseline's 95% interval, or NaN
 * @param baselineHigh upper end of the baseline's 95% interval, or NaN
 * @param currentValue the current estimate, or NaN when its fit failed
 * @param currentLow lower end of the current 95% interval, or NaN
 * @param currentHigh upper end of the current 95% interval, or NaN
 * @param atRanks the largest rank count measured in both, where the effect is evaluated
 * @param worseFactor how many times lower the model's predicted speedup (Amdahl) or relative
 *     capacity (USL) at {@code atRanks} is with the current parameter than with the baseline's, the
 *     other parameters held at the baseline's; {@code > 1} is worse; NaN when a fit failed
 * @param verdict the outcome
 * @param note why, one sentence
 */
public record ScalingComparison(
    String series, String model, String parameter, double baselineValue, double baselineLow,
    double baselineHigh, double currentValue, double currentLow, double currentHigh, int atRanks,
    double worseFactor, Verdict verdict, String note) {
  public ScalingComparison {
    Objects.requireNonNull(series, "series must not be null");
    Objects.requireNonNull(model, "model must not be null");
    Objects.requireNonNull(parameter, "parameter must not be null");
    Objects.requireNonNull(verdict, "verdict must not be null");
    Objects.requireNonNull(note, "note must not be null");
  }
}
