package org.scalebench.analysis.fit;

import java.util.List;

/**
 * A closed-form scaling law {@code y = f(x; parameters)} that can be fitted by least squares.
 *
 * <p>{@code x} is a rank count (or a rank count relative to a baseline), {@code y} whatever the law
 * predicts: seconds, a speedup, a throughput or a serial fraction. Implementations are stateless.
 */
public interface ScalingModel {
  /** A short name for tables, e.g. {@code Amdahl}. */
  String name();

  /** The law in plain text with its citation, e.g. {@code T(p) = T1 (f + (1 - f) / p)}. */
  String equation();

  /** The parameter names, in the order of the parameter arrays. */
  List<String> parameterNames();

  /** The model value at {@code x}. */
  double value(double[] parameters, double x);

  /** The partial derivatives of {@link #value} with respect to each parameter at {@code x}. */
  double[] gradient(double[] parameters, double x);

  /** A starting point for the iteration, computed from the data (closed form where possible). */
  double[] initialGuess(double[] x, double[] y);

  /**
   * Maps an iterate back into the parameter domain (e.g. a fraction into [0, 1]); the identity by
   * default.
   */
  default double[] constrain(double[] parameters) {
    return parameters;
  }

  /**
   * The domain of each parameter, in {@link #parameterNames()} order: fits stay inside it and
   * confidence intervals are searched within it. Every real number by default.
   */
  default List<ParameterDomain> domains() {
    return parameterNames().stream().map(n -> ParameterDomain.real()).toList();
  }

  /** Fits this model to the data with {@link LeastSquaresFitter#fit}. */
  default FitResult fit(double[] x, double[] y) {
    return LeastSquaresFitter.fit(this, x, y);
  }
}
