package org.scalebench.analysis.fit;

import java.util.List;

/**
 * Gustafson's scaled speedup: {@code S(p) = p - alpha * (p - 1)}, where {@code alpha} is the serial
 * fraction of the time on the parallel machine, in [0, 1].
 *
 * <p>J. L. Gustafson, "Reevaluating Amdahl's law", Communications of the ACM 31(5), 1988,
 * pp. 532-533. The law applies to weak scaling, where the problem grows with the rank count.
 */
public final class GustafsonModel implements ScalingModel {
  public static final String ALPHA = "alpha";

  @Override
  public String name() {
    return "Gustafson";
  }

  @Override
  public String equation() {
    return "S(p) = p - alpha * (p - 1)  [Gustafson 1988]";
  }

  @Override
  public List<String> parameterNames() {
    return List.of(ALPHA);
  }

  @Override
  public List<ParameterDomain> domains() {
    return List.of(ParameterDomain.unitInterval());
  }

  @Override
  public double value(double[] p, double ranks) {
    return ranks - p[0] * (ranks - 1);
  }

  @Override
  public double[] gradient(double[] p, double ranks) {
    return new double[] {-(ranks - 1)};
  }

  /** Closed form through the origin: alpha = sum((p - S)(p - 1)) / sum((p - 1)^2). */
  @Override
  public double[] initialGuess(double[] ranks, double[] speedups) {
    double num = 0;
    double den = 0;
    for (int i = 0; i < ranks.length; i++) {
      num += (ranks[i] - speedups[i]) * (ranks[i] - 1);
      den += (ranks[i] - 1) * (ranks[i] - 1);
    }
    return new double[] {den == 0 ? 0 : num / den};
  }

  @Override
  public double[] constrain(double[] p) {
    return new double[] {Math.min(1, Math.max(0, p[0]))};
  }
}
