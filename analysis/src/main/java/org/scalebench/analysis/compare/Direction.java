package org.scalebench.analysis.compare;

import java.util.Locale;

/** Which way a metric gets better: times fall, throughputs rise. */
public enum Direction {
  /** Seconds, ns/op: a larger value is a slowdown. */
  LOWER_IS_BETTER,
  /** ops/s, pairs/s: a smaller value is a slowdown. */
  HIGHER_IS_BETTER;

  /**
   * The direction of a JMH primary metric. The score unit decides when it is explicit
   * ({@code ops/s} is a throughput, {@code ns/op} a time per operation), otherwise the mode:
   * {@code thrpt} is higher-is-better, {@code avgt}, {@code sample} and {@code ss} lower-is-better
   * (JMH's {@code Mode} short labels).
   *
   * @return null when neither the unit nor the mode is one JMH writes
   */
  public static Direction ofJmh(String mode, String unit) {
    String u = unit == null ? "" : unit.trim().toLowerCase(Locale.ROOT);
    if (u.startsWith("ops/")) {
      return HIGHER_IS_BETTER;
    }
    if (u.endsWith("/op")) {
      return LOWER_IS_BETTER;
    }
    String m = mode == null ? "" : mode.trim().toLowerCase(Locale.ROOT);
    return switch (m) {
      case "thrpt" -> HIGHER_IS_BETTER;
      case "avgt", "sample", "ss" -> LOWER_IS_BETTER;
      default -> null;
    };
  }

  /**
   * How many times worse {@code current} is than {@code baseline}: above 1 is a slowdown whatever
   * the direction (a throughput that halves and a time that doubles are both 2).
   */
  public double worseFactor(double baseline, double current) {
    return this == LOWER_IS_BETTER ? current / baseline : baseline / current;
  }

  /** {@code lower} or {@code higher}, for tables. */
  public String better() {
    return this == LOWER_IS_BETTER ? "lower" : "higher";
  }
}
