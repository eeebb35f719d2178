package org.scalebench.analysis.fit;

import java.util.List;

/**
 * Gunther's Universal Scalability Law: {@code X(N) = lambda N / (1 + sigma (N - 1) + kappa N (N - 1))}.
 *
 * <p>N. J. Gunther, <i>Guerrilla Capacity Planning</i>, Springer, 2007, ch. 4-5; also "A simple
 * capacity model of massively parallel transaction systems", CMG 1993. {@code lambda} is the
 * throughput of one rank (work per second), {@code sigma} in [0, 1] the contention (serialization)
 * coefficient and {@code kappa >= 0} the coherency (crosstalk) coefficient. With {@code kappa > 0}
 * throughput peaks at {@code N* = sqrt((1 - sigma) / kappa)} ranks and then falls.
 */
public final class UslModel implements ScalingModel {
  public static final String LAMBDA = "lambda";
  public static final String SIGMA = "sigma";
  public static final String KAPPA = "kappa";

  @Override
  public String name() {
    return "USL";
  }

  @Override
  public String equation() {
    return "X(N) = lambda N / (1 + sigma (N - 1) + kappa N (N - 1))  [Gunther 1993, 2007]";
  }

  @Override
  public List<String> parameterNames() {
    return List.of(LAMBDA, SIGMA, KAPPA);
  }

  @Override
  public List<ParameterDomain> domains() {
    return List.of(ParameterDomain.positive(), ParameterDomain.unitInterval(), ParameterDomain.nonNegative());
  }

  @Override
  public double value(double[] p, double n) {
    return p[0] * n / denominator(p[1], p[2], n);
  }

  /** The relative capacity {@code C(N) = N / (1 + sigma (N - 1) + kappa N (N - 1))}, so X(N) = lambda C(N). */
  public static double capacity(double sigma, double kappa, double n) {
    return n / denominator(sigma, kappa, n);
  }

  @Override
  public double[] gradient(double[] p, double n) {
    double d = denominator(p[1], p[2], n);
    double x = p[0] * n / (d * d);
    return new double[] {n / d, -x * (n - 1), -x * n * (n - 1)};
  }

  private static double denominator(double sigma, double kappa, double n) {
    return 1 + sigma * (n - 1) + kappa * n * (n - 1);
  }

  /**
   * lambda from the smallest N (as if it scaled perfectly up to there); sigma and kappa from the
   * linearization {@code N X(1) / X(N) - 1 = sigma (N - 1) + kappa N (N - 1)} is fragile with
   * noise, so small positive values that LM moves away from quickly.
   */
  @Override
  public double[] initialGuess(double[] n, double[] throughput) {
    int smallest = 0;
    for (int i = 1; i < n.length; i++) {
      if (n[i] < n[smallest]) {
        smallest = i;
      }
    }
    return new double[] {throughput[smallest] / n[smallest], 0.01, 1e-4};
  }

  @Override
  public double[] constrain(double[] p) {
    return new double[] {Math.max(p[0], Double.MIN_NORMAL), Math.min(1, Math.max(0, p[1])), Math.max(0, p[2])};
  }

  /**
   * The rank count of peak throughput, {@code sqrt((1 - sigma) / kappa)}; infinite when
   * {@code kappa <= 0} (throughput only saturates, at {@code lambda / sigma}) and NaN when
   * {@code sigma >= 1}.
   */
  public static double peakRanks(double sigma, double kappa) {
    if (sigma >= 1) {
      return Double.NaN;
    }
    return kappa <= 0 ? Double.POSITIVE_INFINITY : Math.sqrt((1 - sigma) / kappa);
  }
}
