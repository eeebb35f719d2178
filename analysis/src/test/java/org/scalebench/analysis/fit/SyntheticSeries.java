package org.scalebench.analysis.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;

/** Repetitions of a known time law with multiplicative noise, from a fixed seed. */
final class SyntheticSeries {
  private SyntheticSeries() {}

  /**
   * {@code repetitions} observations at each unit count: {@code law(u) * (1 + e)}, {@code e} uniform in
   * {@code [-noise, noise]}.
   */
  static List<Observation> of(DoubleUnaryOperator law, double[] units, int repetitions, double noise, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Observation> out = new ArrayList<>();
    for (double u : units) {
      for (int r = 0; r < repetitions; r++) {
        out.add(new Observation(u, law.applyAsDouble(u) * (1 + noise * (2 * random.nextDouble() - 1))));
      }
    }
    return out;
  }

  static double amdahl(double t1, double f, double p) {
    return t1 * (f + (1 - f) / p);
  }

  static double usl(double t1, double sigma, double kappa, double p) {
    return t1 * (1 + sigma * (p - 1) + kappa * p * (p - 1)) / p;
  }
}
