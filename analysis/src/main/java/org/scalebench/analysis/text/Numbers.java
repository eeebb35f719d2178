package org.scalebench.analysis.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Every number of the analysis's text outputs (report, summaries, compare tables and notes):
 * {@link Locale#ROOT} always, so a German machine writes 1.5, not 1,5; significant digits, so a
 * time of 0.0001234 s keeps its digits; a value that does not exist is {@link #NONE}.
 */
public final class Numbers {
  /** The text of a number that does not exist (NaN: a missing side, no interval). */
  public static final String NONE = "n/a";
  /** Significant digits of {@link #sig(double)}. */
  public static final int DIGITS = 4;

  private Numbers() {}

  /** {@link #DIGITS} significant digits; see {@link #sig(double, int)}. */
  public static String sig(double v) {
    return sig(v, DIGITS);
  }

  /**
   * {@code digits} significant digits (1 to 17), rounded half up: plain notation without trailing
   * zeros for magnitudes in [0.001, 1e6) ({@code 1.5}, {@code 12350}), scientific outside it
   * ({@code 1.000e-04}); {@code inf} / {@code -inf}; {@link #NONE} for NaN.
   */
  public static String sig(double v, int digits) {
    if (digits < 1 || digits > 17) {
      throw new IllegalArgumentException("digits must be in [1, 17], got " + digits);
    }
    if (Double.isNaN(v)) {
      return NONE;
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "inf" : "-inf";
    }
    double a = Math.abs(v);
    if (a != 0 && (a < 1e-3 || a >= 1e6)) {
      return String.format(Locale.ROOT, "%." + (digits - 1) + "e", v);
    }
    BigDecimal rounded = BigDecimal.valueOf(v).round(new MathContext(digits, RoundingMode.HALF_UP));
    return rounded.signum() == 0 ? "0" : rounded.stripTrailingZeros().toPlainString();
  }

  /** A fraction as a percentage with one decimal: 0.123 is {@code 12.3%}; {@link #NONE} for NaN. */
  public static String percent(double fraction) {
    return Double.isNaN(fraction) ? NONE : String.format(Locale.ROOT, "%.1f%%", 100 * fraction);
  }

  /**
   * A ratio as a factor, {@code 3.0x} or {@code 31x}: one decimal below 10, whole numbers from 10 up
   * (rounded half up, so 9.96 is {@code 10x}); {@link #NONE} for NaN.
   */
  public static String times(double ratio) {
    return factor(ratio) + (Double.isNaN(ratio) ? "" : "x");
  }

  /** {@link #times} without the {@code x}: {@code 3.0}, {@code 31}; {@link #NONE} for NaN. */
  public static String factor(double ratio) {
    if (Double.isNaN(ratio)) {
      return NONE;
    }
    if (Double.isInfinite(ratio)) {
      return ratio > 0 ? "inf" : "-inf";
    }
    BigDecimal exact = BigDecimal.valueOf(ratio);
    BigDecimal tenths = exact.setScale(1, RoundingMode.HALF_UP);
    return tenths.abs().compareTo(BigDecimal.TEN) < 0 ? tenths.toPlainString()
        : exact.setScale(0, RoundingMode.HALF_UP).toPlainString();
  }

  /** {@code [low, high]} with {@link #DIGITS} significant digits each, or {@link #NONE}. */
  public static String interval(double low, double high) {
    return Double.isNaN(low) || Double.isNaN(high) ? NONE : "[" + sig(low) + ", " + sig(high) + "]";
  }

  /**
   * Every digit, for machine-read files (CSV): {@link Double#toString} (the shortest text that reads
   * back as the same double, locale-free); the empty string for NaN.
   */
  public static String exact(double v) {
    return Double.isNaN(v) ? "" : Double.toString(v);
  }
}
