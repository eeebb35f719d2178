package org.scalebench.analysis.fit;

import java.util.List;

/**
 * Gustafson's law ({@link GustafsonModel}) written for the wall time of a weak-scaling run, so it can
 * be compared with the other laws on the same quantity: the work at {@code q = p / p0} times the
 * baseline is {@code q} baseline problems, done at scaled speedup {@code S(q) = q - alpha (q - 1)},
 * so {@code T(p) = T0 q / (q - alpha (q - 1))} with {@code T0} the baseline's time and
 * {@code alpha} in [0, 1] the serial fraction of the parallel run (Gustafson 1988).
 */
public final class GustafsonTimeModel implements ScalingModel {
  public static final String T0 = "T0";
  public static final String ALPHA = GustafsonModel.ALPHA;

  private final double baseUnits;

  /** @param baseUnits {@code p0}, the smallest unit count of the series, {@code >= 1} */
  public GustafsonTimeModel(double baseUnits) {
    if (!(baseUnits >= 1)) {
      throw new IllegalArgumentException("baseUnits must be >= 1, got " + baseUnits);
    }
    this.baseUnits = baseUnits;
  }

  @Override
  public String name() {
    return "Gustafson";
  }

  @Override
  public String equation() {
    return "T(p) = T0 q / (q - alpha (q - 1)), q = p / p0  [Gustafson 1988, time form]";
  }

  @Override
  public List<String> parameterNames() {
    return List.of(T0, ALPHA);
  }

  @Override
  public List<ParameterDomain> domains() {
    return List.of(ParameterDomain.positive(), ParameterDomain.unitInterval());
  }

  @Override
  public double value(double[] p, double units) {
    double q = units / baseUnits;
    return p[0] * q / (q - p[1] * (q - 1));
  }

  @Override
  public double[] gradient(double[] p, double units) {
    double q = units / baseUnits;
    double d = q - p[1] * (q - 1);
    return new double[] {q / d, p[0] * q * (q - 1) / (d * d)};
  }

  /** T0 from the smallest unit count; alpha from Gustafson's closed form on the implied speedups. */
  @Override
  public double[] initialGuess(double[] units, double[] seconds) {
    int smallest = 0;
    for (int i = 1; i < units.length; i++) {
      if (units[i] < units[smallest]) {
        smallest = i;
      }
    }
    double t0 = seconds[smallest];
    double[] q = new double[units.length];
    double[] s = new double[units.length];
    for (int i = 0; i < units.length; i++) {
      q[i] = units[i] / baseUnits;
      s[i] = q[i] * t0 / seconds[i];
    }
    return new double[] {t0, new GustafsonModel().initialGuess(q, s)[0]};
  }

  @Override
  public double[] constrain(double[] p) {
    return new double[] {Math.max(p[0], Double.MIN_NORMAL), Math.min(1, Math.max(0, p[1]))};
  }
}
