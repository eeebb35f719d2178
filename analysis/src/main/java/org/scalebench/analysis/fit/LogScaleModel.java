package org.scalebench.analysis.fit;

import java.util.List;

/**
 * A time model fitted on the logarithm of the time: {@code ln T = ln g(x; theta)}.
 *
 * <p>Run-to-run noise in wall time is multiplicative (a few percent of the time, whatever its
 * size), so the residuals of {@code ln T} have about the same variance at 1 rank and at 64: the
 * assumption behind least squares and behind comparing models by AICc. Fitting the times
 * themselves would let the slowest point decide the fit. Parameters, domains and names are the
 * inner model's; the inner model must be positive on its domain.
 */
public final class LogScaleModel implements ScalingModel {
  private final ScalingModel inner;

  public LogScaleModel(ScalingModel inner) {
    this.inner = inner;
  }

  /** The model of the time itself. */
  public ScalingModel inner() {
    return inner;
  }

  @Override
  public String name() {
    return inner.name();
  }

  @Override
  public String equation() {
    return inner.equation();
  }

  @Override
  public List<String> parameterNames() {
    return inner.parameterNames();
  }

  @Override
  public List<ParameterDomain> domains() {
    return inner.domains();
  }

  @Override
  public double value(double[] p, double x) {
    return Math.log(inner.value(p, x));
  }

  @Override
  public double[] gradient(double[] p, double x) {
    double v = inner.value(p, x);
    double[] g = inner.gradient(p, x);
    double[] out = new double[g.length];
    for (int i = 0; i < g.length; i++) {
      out[i] = g[i] / v;
    }
    return out;
  }

  /** The inner model's start, from the times {@code exp(y)}. */
  @Override
  public double[] initialGuess(double[] x, double[] logSeconds) {
    double[] seconds = new double[logSeconds.length];
    for (int i = 0; i < seconds.length; i++) {
      seconds[i] = Math.exp(logSeconds[i]);
    }
    return inner.initialGuess(x, seconds);
  }

  @Override
  public double[] constrain(double[] p) {
    return inner.constrain(p);
  }
}
