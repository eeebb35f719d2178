package org.scalebench.analysis.fit;

/**
 * The values a model parameter may take: {@code [lower, upper]}, an end may be infinite; an open
 * end ({@code T1 > 0}) is never reported as a bound the estimate sits on.
 *
 * @param lower the smallest allowed value, or {@code -inf}
 * @param upper the largest allowed value, or {@code +inf}; {@code >= lower}
 * @param lowerOpen true when {@code lower} itself is excluded (a positive scale such as {@code T1})
 */
public record ParameterDomain(double lower, double upper, boolean lowerOpen) {
  /** Relative distance to a closed edge below which an estimate counts as on it. */
  static final double ON_BOUND = 1e-7;

  public ParameterDomain {
    if (Double.isNaN(lower) || Double.isNaN(upper) || lower > upper) {
      throw new IllegalArgumentException("a domain needs lower <= upper, got [" + lower + ", " + upper + "]");
    }
  }

  /** {@code (0, inf)}: times, throughputs. */
  public static ParameterDomain positive() {
    return new ParameterDomain(0, Double.POSITIVE_INFINITY, true);
  }

  /** {@code [0, 1]}: fractions. */
  public static ParameterDomain unitInterval() {
    return new ParameterDomain(0, 1, false);
  }

  /** {@code [0, inf)}: coefficients that cannot be negative. */
  public static ParameterDomain nonNegative() {
    return new ParameterDomain(0, Double.POSITIVE_INFINITY, false);
  }

  /** Every real number: exponents, slopes. */
  public static ParameterDomain real() {
    return new ParameterDomain(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, false);
  }

  /** True when {@code v} is allowed (an open end excluded). */
  public boolean contains(double v) {
    return v <= upper && (lowerOpen ? v > lower : v >= lower);
  }

  /** Which closed edge {@code v} sits on, if any. */
  public Bound boundOf(double v) {
    double scale = Double.isFinite(upper - lower) ? upper - lower : Math.max(1, Math.abs(v));
    if (!lowerOpen && Double.isFinite(lower) && v - lower <= ON_BOUND * scale) {
      return Bound.LOWER;
    }
    if (Double.isFinite(upper) && upper - v <= ON_BOUND * scale) {
      return Bound.UPPER;
    }
    return Bound.NONE;
  }

  /** {@code [lower, upper]} in words for a table, e.g. {@code [0, 1]} or {@code > 0}. */
  public String describe() {
    if (lowerOpen && upper == Double.POSITIVE_INFINITY) {
      return "> " + fmt(lower);
    }
    if (lower == Double.NEGATIVE_INFINITY && upper == Double.POSITIVE_INFINITY) {
      return "any real";
    }
    if (upper == Double.POSITIVE_INFINITY) {
      return ">= " + fmt(lower);
    }
    return "[" + fmt(lower) + ", " + fmt(upper) + "]";
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
