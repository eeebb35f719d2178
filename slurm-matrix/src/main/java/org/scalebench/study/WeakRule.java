package org.scalebench.study;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.scalebench.results.EnumText;

/**
 * How weak scaling grows the problem: each named integer parameter is multiplied by a factor of the
 * rank count {@code p}, so that the work per rank stays constant. {@code linear} suits work linear in
 * the parameter (a sum over {@code n} numbers: {@code n * p}); {@code sqrt} suits work quadratic in it
 * (all pairs of two lists of size {@code n}: {@code n * sqrt(p)}, rounded to the nearest integer).
 * For all-pairs matching where only the left list grows, {@code linear} on the left size keeps
 * {@code left * right / p} fixed.
 *
 * @param growth per parameter name, how it grows
 */
public record WeakRule(SortedMap<String, Growth> growth) {
  public static final WeakRule NONE = new WeakRule(new TreeMap<>());

  public WeakRule {
    growth = Collections.unmodifiableSortedMap(new TreeMap<>(growth));
  }

  /** The factor of the rank count a parameter is multiplied by. */
  public enum Growth {
    LINEAR, SQRT;

    double factor(int ranks) {
      return this == LINEAR ? ranks : Math.sqrt(ranks);
    }

    public String word() {
      return EnumText.token(this);
    }
  }

  /**
   * The parameters at {@code ranks} ranks: every grown parameter's base value times its factor.
   *
   * @throws IllegalArgumentException when a grown parameter is missing or not a whole number
   */
  public SortedMap<String, String> apply(Map<String, String> base, int ranks) {
    TreeMap<String, String> out = new TreeMap<>(base);
    for (Map.Entry<String, Growth> g : growth.entrySet()) {
      String v = base.get(g.getKey());
      if (v == null) {
        throw new IllegalArgumentException("weak scaling grows '" + g.getKey() + "' but params does not set it");
      }
      long x;
      try {
        x = Long.parseLong(v.strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("weak scaling grows '" + g.getKey() + "' but its value '" + v
            + "' is not a whole number");
      }
      double grown = x * g.getValue().factor(ranks);
      if (grown > Long.MAX_VALUE / 2) {
        throw new IllegalArgumentException("weak scaling of '" + g.getKey() + "'=" + v + " at " + ranks
            + " ranks overflows");
      }
      out.put(g.getKey(), Long.toString(Math.round(grown)));
    }
    return out;
  }
}
