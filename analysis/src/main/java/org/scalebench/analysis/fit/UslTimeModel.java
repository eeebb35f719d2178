package org.scalebench.analysis.fit;

import java.util.List;
import org.scalebench.results.Scaling;

/**
 * The Universal Scalability Law ({@link UslModel}) written for the wall time of one run, so it can
 * be compared with the other laws on the same quantity.
 *
 * <p>Strong scaling (fixed work, throughput {@code X = 1 / T}):
 * {@code T(N) = T1 (1 + sigma (N - 1) + kappa N (N - 1)) / N}. Weak scaling (work proportional
 * to {@code N}, so {@code T = N / X}): {@code T(N) = T1 (1 + sigma (N - 1) + kappa N (N - 1))}.
 * In both, {@code T1 = 1 / lambda} is the time of one unit, and throughput peaks at
 * {@code N* = sqrt((1 - sigma) / kappa)} (Gunther, <i>Guerrilla Capacity Planning</i>, 2007,
 * ch. 4-5). With {@code kappa = 0} the strong form is Amdahl's law with {@code f = sigma}.
 */
public final class UslTimeModel implements ScalingModel {
  public static final String T1 = "T1";
  public static final String SIGMA = UslModel.SIGMA;
  public static final String KAPPA = UslModel.KAPPA;

  private final Scaling mode;

  public UslTimeModel(Scaling mode) {
    this.mode = mode;
  }

  @Override
  public String name() {
    return "USL";
  }

  @Override
  public String equation() {
    return (mode == Scaling.STRONG ? "T(N) = T1 (1 + sigma (N - 1) + kappa N (N - 1)) / N"
        : "T(N) = T1 (1 + sigma (N - 1) + kappa N (N - 1))") + "  [Gunther 2007, time form]";
  }

  @Override
  public List<String> parameterNames() {
    return List.of(T1, SIGMA, KAPPA);
  }

  @Override
  public List<ParameterDomain> domains() {
    return List.of(ParameterDomain.positive(), ParameterDomain.unitInterval(), ParameterDomain.nonNegative());
  }

  private double per(double n) {
    return mode == Scaling.STRONG ? 1 / n : 1;
  }

  @Override
  public double value(double[] p, double n) {
    return p[0] * (1 + p[1] * (n - 1) + p[2] * n * (n - 1)) * per(n);
  }

  @Override
  public double[] gradient(double[] p, double n) {
    double d = 1 + p[1] * (n - 1) + p[2] * n * (n - 1);
    double w = per(n);
    return new double[] {d * w, p[0] * (n - 1) * w, p[0] * n * (n - 1) * w};
  }

  /** The time is linear in {@code T1}, {@code T1 sigma} and {@code T1 kappa}: start from Amdahl's fit. */
  @Override
  public double[] initialGuess(double[] n, double[] seconds) {
    if (mode == Scaling.STRONG) {
      double[] amdahl = new AmdahlModel().constrain(new AmdahlModel().initialGuess(n, seconds));
      return new double[] {amdahl[0], Math.min(0.9, Math.max(amdahl[1], 1e-3)), 1e-4};
    }
    double[] ab = LinearStart.fit(n, seconds, v -> v - 1);
    double t1 = ab[0] > 0 ? ab[0] : seconds[0];
    return new double[] {t1, Math.min(0.9, Math.max(ab[1] / t1, 1e-3)), 1e-4};
  }

  @Override
  public double[] constrain(double[] p) {
    return new double[] {Math.max(p[0], Double.MIN_NORMAL), Math.min(1, Math.max(0, p[1])), Math.max(0, p[2])};
  }
}
