package org.scalebench.analysis.fit;

import java.util.Objects;

/**
 * One fitted parameter with its standard error and 95% confidence interval.
 *
 * <p>The interval is {@code value +- t(0.975, n - k) * standardError}, with the standard error from
 * the diagonal of {@code (J^T J)^-1 * RSS / (n - k)} at the optimum (the usual asymptotic
 * covariance of nonlinear least squares; Bates and Watts, <i>Nonlinear Regression Analysis and Its
 * Applications</i>, 1988, ch. 2). It is NaN when {@code n == k} (an exact fit) or when the Jacobian
 * is singular.
 *
 * @param name the parameter name, e.g. {@code sigma}
 * @param value the estimate
 * @param standardError the asymptotic standard error, {@code >= 0} or NaN
 * @param ciLow lower end of the 95% interval, or NaN
 * @param ciHigh upper end of the 95% interval, or NaN
 */
public record FitParameter(String name, double value, double standardError, double ciLow, double ciHigh) {
  public FitParameter {
    Objects.requireNonNull(name, "name must not be null");
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("value of " + name + " must be finite, got " + value);
    }
    if (!Double.isNaN(ciLow) && !Double.isNaN(ciHigh) && ciLow > ciHigh) {
      throw new IllegalArgumentException("ciLow " + ciLow + " > ciHigh " + ciHigh + " for " + name);
    }
  }

  /** True when the interval could be computed. */
  public boolean hasInterval() {
    return Double.isFinite(ciLow) && Double.isFinite(ciHigh);
  }
}
