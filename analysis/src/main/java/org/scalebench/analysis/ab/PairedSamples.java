package org.scalebench.analysis.ab;

import java.util.Arrays;
import java.util.Objects;
import org.scalebench.analysis.compare.Direction;
import org.scalebench.results.Checks;

/**
 * One benchmark or study point of an A/B run: what A and what B measured in each round. Round
 * {@code i} of A and round {@code i} of B ran back to back (or side by side in duet mode), so they
 * share the machine's state of that moment; that pairing is what the verdict relies on.
 *
 * @param id the benchmark name and its parameters as text, e.g. {@code Fit.amdahl [points=7]}; not
 *     blank
 * @param unit the values' unit, e.g. {@code ns/op}, {@code ops/s}, {@code s}; not blank
 * @param direction which way is better; see {@link Direction#ofJmh}
 * @param a A's value in each round, in {@code unit}; finite and {@code > 0}; at least one round
 * @param b B's value in each round, same length as {@code a}, paired by index; finite and {@code > 0}
 */
public record PairedSamples(String id, String unit, Direction direction, double[] a, double[] b) {
  public PairedSamples {
    Checks.nonBlank("id", id);
    Checks.nonBlank("unit of " + id, unit);
    Checks.notNull("direction of " + id, direction);
    Checks.notNull("a of " + id, a);
    Checks.notNull("b of " + id, b);
    a = a.clone();
    b = b.clone();
    if (a.length == 0) {
      throw new IllegalArgumentException(id + " needs at least one round, got none");
    }
    if (a.length != b.length) {
      throw new IllegalArgumentException(id + " needs as many rounds of B as of A, got " + a.length + " of A and "
          + b.length + " of B");
    }
    checkValues(id, "A", a);
    checkValues(id, "B", b);
  }

  private static void checkValues(String id, String side, double[] values) {
    for (int i = 0; i < values.length; i++) {
      if (!(values[i] > 0) || Double.isInfinite(values[i])) {
        throw new IllegalArgumentException(id + ": " + side + "'s value in round " + (i + 1)
            + " must be finite and > 0, got " + values[i]);
      }
    }
  }

  /** A's values, a copy. */
  @Override
  public double[] a() {
    return a.clone();
  }

  /** B's values, a copy. */
  @Override
  public double[] b() {
    return b.clone();
  }

  /** The number of rounds, {@code >= 1}. */
  public int rounds() {
    return a.length;
  }

  /** {@code b[i] / a[i]} per round: above 1 B measured more (slower for a time, faster for a throughput). */
  public double[] ratios() {
    double[] r = new double[a.length];
    for (int i = 0; i < r.length; i++) {
      r[i] = b[i] / a[i];
    }
    return r;
  }

  /**
   * {@code ln(b[i] / a[i])} per round. {@link StrictMath} so that the same values give the same verdict
   * and the same {@code ab.json} bit for bit on every machine.
   */
  public double[] logRatios() {
    double[] r = new double[a.length];
    for (int i = 0; i < r.length; i++) {
      r[i] = StrictMath.log(b[i] / a[i]);
    }
    return r;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PairedSamples p && id.equals(p.id) && unit.equals(p.unit) && direction == p.direction
        && Arrays.equals(a, p.a) && Arrays.equals(b, p.b);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, unit, direction, Arrays.hashCode(a), Arrays.hashCode(b));
  }

  @Override
  public String toString() {
    return id + " [" + unit + ", " + a.length + " rounds]";
  }
}
