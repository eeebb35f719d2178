package org.scalebench.analysis.fit;

import java.util.List;

/**
 * Amdahl's law in time form: {@code T(p) = T1 * (f + (1 - f) / p)}, so the speedup is
 * {@code S(p) = 1 / (f + (1 - f) / p)} and can never exceed {@code 1 / f}.
 *
 * <p>G. M. Amdahl, "Validity of the single processor approach to achieving large scale computing
 * capabilities", AFIPS Spring Joint Computer Conference, 1967, pp. 483-485.
 *
 * <p>Parameters: {@code T1} (seconds on one rank, extrapolated when the smallest run used more) and
 * {@code f} (the serial fraction, in [0, 1]). Fitting the times rather than the speedups uses the
 * baseline run as one noisy point among the others instead of an exact anchor.
 */
public final class AmdahlModel implements ScalingModel {
  public static final String T1 = "T1";
  public static final String SERIAL_FRACTION = "f";

  @Override
  public String name() {
    return "Amdahl";
  }

  @Override
  public String equation() {
    return "T(p) = T1 * (f + (1 - f) / p)  [Amdahl 1967]";
  }

  @Override
  public List<String> parameterNames() {
    return List.of(T1, SERIAL_FRACTION);
  }

  @Override
  public List<ParameterDomain> domains() {
    return List.of(ParameterDomain.positive(), ParameterDomain.unitInterval());
  }

  @Override
  public double value(double[] p, double ranks) {
    return p[0] * (p[1] + (1 - p[1]) / ranks);
  }

  @Override
  public double[] gradient(double[] p, double ranks) {
    return new double[] {p[1] + (1 - p[1]) / ranks, p[0] * (1 - 1 / ranks)};
  }

  /** The law is linear in {@code a = T1 f} and {@code b = T1 (1 - f)}: T = a + b / p; solve that. */
  @Override
  public double[] initialGuess(double[] ranks, double[] seconds) {
    double[] ab = LinearStart.fit(ranks, seconds, r -> 1 / r);
    double a = ab[0];
    double b = ab[1];
    double t1 = a + b;
    if (!(t1 > 0)) {
      return new double[] {seconds[0] * ranks[0], 0.1};
    }
    return new double[] {t1, a / t1};
  }

  @Override
  public double[] constrain(double[] p) {
    return new double[] {Math.max(p[0], Double.MIN_NORMAL), Math.min(1, Math.max(0, p[1]))};
  }

  /** The speedup the law predicts at {@code ranks} for serial fraction {@code f}. */
  public static double speedup(double f, double ranks) {
    return 1 / (f + (1 - f) / ranks);
  }
}
