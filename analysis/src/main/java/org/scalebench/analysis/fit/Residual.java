package org.scalebench.analysis.fit;

/**
 * One data point of a fit and how far the model is from it.
 *
 * @param x the independent variable (ranks)
 * @param observed the measured value
 * @param fitted the model value at {@code x}
 */
public record Residual(double x, double observed, double fitted) {
  /** {@code observed - fitted}. */
  public double residual() {
    return observed - fitted;
  }

  /** The residual relative to the observed value, or NaN when it is 0. */
  public double relativeResidual() {
    return observed == 0 ? Double.NaN : (observed - fitted) / observed;
  }
}
