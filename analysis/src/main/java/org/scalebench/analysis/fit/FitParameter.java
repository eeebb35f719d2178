package org.scalebench.analysis.fit;

import java.util.Objects;

/**
 * One fitted parameter with its standard error and a 95% confidence interval that respects the
 * parameter's {@link ParameterDomain}.
 *
 * <p>The interval is the profile-likelihood interval of least squares: the values {@code c} of the
 * parameter, searched within its domain, for which the residual sum of squares minimised over the
 * other parameters stays below {@code RSS_min (1 + F(0.95; 1, n - k) / (n - k))} (Bates and Watts,
 * <i>Nonlinear Regression Analysis and Its Applications</i>, 1988, sec. 6.1; Venzon and
 * Moolgavkar, "A method for computing profile-likelihood-based confidence intervals", Applied
 * Statistics 37(1), 1988, pp. 87-94). Unlike {@code value +- t * standardError} it never leaves
 * the domain and follows the curvature of the model. An end may be infinite when the data do not
 * bound the parameter within an unbounded domain. Both ends are NaN when {@code n == k} (an exact
 * fit). {@code standardError} is the asymptotic one, from {@code (J^T J)^-1 RSS / (n - k)} (Bates
 * and Watts ch. 2), kept for reference.
 *
 * @param name the parameter name, e.g. {@code sigma}
 * @param value the estimate, inside the domain
 * @param standardError the asymptotic standard error, {@code >= 0} or NaN
 * @param ciLow lower end of the 95% interval, inside the domain, or NaN
 * @param ciHigh upper end of the 95% interval, inside the domain, or NaN
 * @param bound whether the estimate sits on an edge of the domain
 */
public record FitParameter(String name, double value, double standardError, double ciLow, double ciHigh,
    Bound bound) {
  public FitParameter {
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(bound, "bound must not be null");
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("value of " + name + " must be finite, got " + value);
    }
    if (!Double.isNaN(ciLow) && !Double.isNaN(ciHigh) && ciLow > ciHigh) {
      throw new IllegalArgumentException("ciLow " + ciLow + " > ciHigh " + ciHigh + " for " + name);
    }
  }

  /** A parameter inside its domain. */
  public FitParameter(String name, double value, double standardError, double ciLow, double ciHigh) {
    this(name, value, standardError, ciLow, ciHigh, Bound.NONE);
  }

  /** True when both ends of the interval are finite numbers. */
  public boolean hasInterval() {
    return Double.isFinite(ciLow) && Double.isFinite(ciHigh);
  }

  /** True when the estimate sits on an edge of its domain. */
  public boolean atBound() {
    return bound != Bound.NONE;
  }
}
