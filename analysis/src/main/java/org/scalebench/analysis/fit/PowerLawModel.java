package org.scalebench.analysis.fit;

import java.util.List;

/**
 * An empirical power law of the time: {@code T(p) = T1 * p^-b}, so the speedup over one unit is
 * {@code p^b}; {@code b = 1} is ideal strong scaling, {@code b = 0} no change with {@code p},
 * {@code b < 0} slower runs with more ranks (or, in weak scaling, the growth of the time).
 *
 * <p>Power laws (and products of powers and logarithms) of the process count are the terms of the
 * empirical performance models of HPC codes: A. Calotoiu, T. Hoefler, M. Poke and F. Wolf, "Using
 * automated performance modeling to find scalability bugs in complex codes", SC 2013 (the
 * "performance model normal form" of Extra-P). Unlike Amdahl's law the power law has no floor: it
 * stands for overheads that keep shrinking (or growing) by the same factor per doubling.
 */
public final class PowerLawModel implements ScalingModel {
  public static final String T1 = "T1";
  public static final String EXPONENT = "b";

  @Override
  public String name() {
    return "Power law";
  }

  @Override
  public String equation() {
    return "T(p) = T1 * p^-b  [empirical power law; Calotoiu et al. 2013]";
  }

  @Override
  public List<String> parameterNames() {
    return List.of(T1, EXPONENT);
  }

  @Override
  public List<ParameterDomain> domains() {
    return List.of(ParameterDomain.positive(), ParameterDomain.real());
  }

  @Override
  public double value(double[] p, double x) {
    return p[0] * Math.pow(x, -p[1]);
  }

  @Override
  public double[] gradient(double[] p, double x) {
    double v = Math.pow(x, -p[1]);
    return new double[] {v, -p[0] * v * Math.log(x)};
  }

  /** Ordinary least squares of {@code ln T = ln T1 - b ln p}. */
  @Override
  public double[] initialGuess(double[] x, double[] y) {
    double[] ly = new double[y.length];
    for (int i = 0; i < y.length; i++) {
      ly[i] = Math.log(Math.max(y[i], Double.MIN_NORMAL));
    }
    double[] ab = LinearStart.fit(x, ly, Math::log);
    return new double[] {Math.exp(ab[0]), -ab[1]};
  }

  @Override
  public double[] constrain(double[] p) {
    return new double[] {Math.max(p[0], Double.MIN_NORMAL), p[1]};
  }
}
