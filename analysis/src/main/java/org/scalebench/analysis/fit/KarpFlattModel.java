package org.scalebench.analysis.fit;

import java.util.List;

/**
 * The Karp-Flatt metric and a linear trend fitted to it.
 *
 * <p>A. H. Karp and H. P. Flatt, "Measuring parallel processor performance", Communications of the
 * ACM 33(5), 1990, pp. 539-543: the experimentally determined serial fraction
 * {@code e(p) = (1/S(p) - 1/p) / (1 - 1/p)}. Under Amdahl's law {@code e} is constant (and equals
 * {@code f}); an {@code e} that grows with {@code p} points at parallel overhead (communication,
 * synchronisation, imbalance) rather than inherently serial work (M. J. Quinn, <i>Parallel
 * Programming in C with MPI and OpenMP</i>, 2004, sec. 7.5).
 *
 * <p>The fitted model is {@code e(p) = e0 + slope * p}; {@code slope} is in 1/rank.
 */
public final class KarpFlattModel implements ScalingModel {
  public static final String INTERCEPT = "e0";
  public static final String SLOPE = "slope";

  @Override
  public String name() {
    return "Karp-Flatt";
  }

  @Override
  public String equation() {
    return "e(p) = (1/S - 1/p) / (1 - 1/p) ~ e0 + slope * p  [Karp and Flatt 1990]";
  }

  @Override
  public List<String> parameterNames() {
    return List.of(INTERCEPT, SLOPE);
  }

  @Override
  public double value(double[] p, double ranks) {
    return p[0] + p[1] * ranks;
  }

  @Override
  public double[] gradient(double[] p, double ranks) {
    return new double[] {1, ranks};
  }

  @Override
  public double[] initialGuess(double[] ranks, double[] e) {
    return LinearStart.fit(ranks, e, r -> r);
  }

  /**
   * The experimentally determined serial fraction for speedup {@code speedup} on {@code ranks}
   * ranks (both relative to one rank, or to the same baseline); NaN for {@code ranks <= 1}.
   */
  public static double serialFraction(double speedup, double ranks) {
    if (ranks <= 1 || !(speedup > 0)) {
      return Double.NaN;
    }
    return (1 / speedup - 1 / ranks) / (1 - 1 / ranks);
  }

  /**
   * True when the fitted slope's 95% interval lies above 0: the serial fraction grows with the rank
   * count, which points at overhead. False when the fit failed or the interval includes 0.
   */
  public static boolean grows(FitResult fit) {
    return fit.ok() && fit.parameter(SLOPE).map(s -> s.hasInterval() && s.ciLow() > 0).orElse(false);
  }
}
