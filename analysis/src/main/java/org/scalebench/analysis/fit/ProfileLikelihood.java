package org.scalebench.analysis.fit;

import org.apache.commons.math3.distribution.FDistribution;

/**
 * Profile-likelihood confidence intervals of least-squares parameters, searched within each
 * parameter's domain.
 *
 * <p>For parameter {@code j} the profile is {@code RSS_j(c) = min RSS(theta)} over the other
 * parameters with {@code theta_j = c}. The 95% interval is the set where
 * {@code RSS_j(c) <= RSS_min (1 + F(0.95; 1, n - k) / (n - k))} (Bates and Watts 1988, sec. 6.1,
 * eq. 6.6; the likelihood-ratio interval of Venzon and Moolgavkar 1988 under normal errors). Its
 * ends are found by doubling steps away from the estimate, starting from the asymptotic standard
 * error, then bisection; a step that reaches the domain's edge while still inside the set ends the
 * interval at that edge. An unbounded direction the data never close gives an infinite end.
 */
final class ProfileLikelihood {
  /** Doubling steps before a direction counts as unbounded (2^60 standard errors). */
  private static final int MAX_DOUBLINGS = 60;
  private static final int BISECTIONS = 30;
  private static final int INNER_EVALUATIONS = 2_000;

  private final ScalingModel model;
  private final double[] x;
  private final double[] y;
  private final double[] estimate;
  private final double threshold;

  ProfileLikelihood(ScalingModel model, double[] x, double[] y, double[] estimate, double rssMin) {
    this.model = model;
    this.x = x;
    this.y = y;
    this.estimate = estimate;
    int dof = x.length - estimate.length;
    double f = new FDistribution(1, dof).inverseCumulativeProbability(0.95);
    this.threshold = rssMin * (1 + f / dof);
  }

  /** {@code {low, high}} of parameter {@code j}; {@code standardError} may be NaN. */
  double[] interval(int j, double standardError) {
    ParameterDomain domain = model.domains().get(j);
    double v = estimate[j];
    if (!(threshold > 0)) {
      return new double[] {v, v}; // an exact fit: no other value is as good
    }
    return new double[] {end(j, domain, -1, standardError), end(j, domain, +1, standardError)};
  }

  private double end(int j, ParameterDomain domain, int direction, double standardError) {
    double v = estimate[j];
    double limit = direction < 0 ? domain.lower() : domain.upper();
    if (v == limit || domain.boundOf(v) == (direction < 0 ? Bound.LOWER : Bound.UPPER)) {
      return limit;
    }
    double step = standardError > 0 && Double.isFinite(standardError) ? standardError
        : Math.max(Math.abs(v), 1e-3) * 0.05;
    double inside = v;
    double outside = Double.NaN;
    for (int i = 0; i < MAX_DOUBLINGS && Double.isNaN(outside); i++) {
      double c = v + direction * step;
      boolean atLimit = direction < 0 ? c <= limit : c >= limit;
      if (atLimit) {
        c = limit;
      }
      if (profile(j, c) > threshold) {
        outside = c;
      } else if (atLimit) {
        return limit;
      } else {
        inside = c;
        step *= 2;
      }
    }
    if (Double.isNaN(outside)) {
      return direction * Double.POSITIVE_INFINITY;
    }
    for (int i = 0; i < BISECTIONS; i++) {
      double mid = 0.5 * (inside + outside);
      if (profile(j, mid) > threshold) {
        outside = mid;
      } else {
        inside = mid;
      }
    }
    return inside;
  }

  /** The residual sum of squares minimised over every parameter but {@code j}, held at {@code c}. */
  double profile(int j, double c) {
    double[] start = estimate.clone();
    start[j] = c;
    if (estimate.length == 1) {
      return LeastSquaresFitter.rss(model, x, y, model.constrain(start));
    }
    FixedParameterModel reduced = new FixedParameterModel(model, j, c, estimate);
    double[] free = LeastSquaresFitter.optimize(reduced, x, y, reduced.reduce(model.constrain(start)),
        INNER_EVALUATIONS);
    if (free == null) {
      // the iteration failed from here: the start point is still a valid (upper) bound on the profile
      return LeastSquaresFitter.rss(model, x, y, model.constrain(start));
    }
    double[] p = reduced.expand(free);
    p[j] = c;
    return LeastSquaresFitter.rss(model, x, y, p);
  }
}
