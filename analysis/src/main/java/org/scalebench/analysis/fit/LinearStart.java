package org.scalebench.analysis.fit;

import java.util.function.DoubleUnaryOperator;

/** Ordinary least squares of {@code y = a + b g(x)}: starting points for the nonlinear fits. */
final class LinearStart {
  private LinearStart() {}

  /** Returns {@code {a, b}}; {@code {mean(y), 0}} when {@code g(x)} does not vary. */
  static double[] fit(double[] x, double[] y, DoubleUnaryOperator g) {
    int n = x.length;
    double mg = 0;
    double my = 0;
    for (int i = 0; i < n; i++) {
      mg += g.applyAsDouble(x[i]);
      my += y[i];
    }
    mg /= n;
    my /= n;
    double sxx = 0;
    double sxy = 0;
    for (int i = 0; i < n; i++) {
      double d = g.applyAsDouble(x[i]) - mg;
      sxx += d * d;
      sxy += d * (y[i] - my);
    }
    if (sxx == 0) {
      return new double[] {my, 0};
    }
    double b = sxy / sxx;
    return new double[] {my - b * mg, b};
  }
}
