package org.scalebench.analysis.report;

import java.util.Locale;

/** Number formatting for reports: {@link Locale#ROOT} always, so a German machine writes 1.5, not 1,5. */
public final class Fmt {
  private Fmt() {}

  /** Four significant digits, plain notation for ordinary magnitudes; {@code n/a} for NaN. */
  public static String num(double v) {
    if (Double.isNaN(v)) {
      return "n/a";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "inf" : "-inf";
    }
    double a = Math.abs(v);
    if (a != 0 && (a < 1e-3 || a >= 1e6)) {
      return String.format(Locale.ROOT, "%.3e", v);
    }
    return String.format(Locale.ROOT, "%.4g", v).replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "");
  }

  /** Seconds with 4 significant digits. */
  public static String sec(double v) {
    return num(v);
  }

  /** A fraction in [0, 1] as a percentage with one decimal. */
  public static String pct(double fraction) {
    return Double.isNaN(fraction) ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100 * fraction);
  }

  /** {@code [low, high]} or {@code n/a}. */
  public static String interval(double low, double high) {
    return Double.isNaN(low) || Double.isNaN(high) ? "n/a" : "[" + num(low) + ", " + num(high) + "]";
  }

  /** A number with full precision for CSV ({@link Double#toString} is locale-independent). */
  public static String raw(double v) {
    return Double.isNaN(v) ? "" : Double.toString(v);
  }
}
