package org.scalebench.analysis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class NumbersTest {
  @Test
  void significantDigitsPlainForOrdinaryMagnitudesScientificOutside() {
    assertEquals("1.5", Numbers.sig(1.5));
    assertEquals("0.05", Numbers.sig(0.05));
    assertEquals("100", Numbers.sig(100));
    assertEquals("12350", Numbers.sig(12345), "four digits, rounded half up, without an exponent below 1e6");
    assertEquals("0.001235", Numbers.sig(0.0012345));
    assertEquals("1.000e-04", Numbers.sig(1e-4));
    assertEquals("1.235e+06", Numbers.sig(1234567));
    assertEquals("-2.5", Numbers.sig(-2.5));
    assertEquals("0", Numbers.sig(0));
    assertEquals("0", Numbers.sig(-0.0));
    assertEquals("0.123", Numbers.sig(0.1234, 3));
    assertEquals("1.23e-05", Numbers.sig(0.0000123, 3));
    assertEquals("n/a", Numbers.sig(Double.NaN));
    assertEquals("inf", Numbers.sig(Double.POSITIVE_INFINITY));
    assertEquals("-inf", Numbers.sig(Double.NEGATIVE_INFINITY));
    assertThrows(IllegalArgumentException.class, () -> Numbers.sig(1, 0));
  }

  @Test
  void percentagesIntervalsAndExactValues() {
    assertEquals("12.3%", Numbers.percent(0.123));
    assertEquals("50.0%", Numbers.percent(0.5));
    assertEquals("n/a", Numbers.percent(Double.NaN));
    assertEquals("[1, 2.5]", Numbers.interval(1, 2.5));
    assertEquals("n/a", Numbers.interval(Double.NaN, 2));
    assertEquals("0.1", Numbers.exact(0.1));
    assertEquals("1.0E-10", Numbers.exact(1e-10));
    assertEquals("", Numbers.exact(Double.NaN));
  }

  @Test
  void factorsHaveOneDecimalBelowTenAndNoneAbove() {
    assertEquals("3.0x", Numbers.times(3));
    assertEquals("1.0x", Numbers.times(1.04));
    assertEquals("9.9x", Numbers.times(9.94));
    assertEquals("10x", Numbers.times(9.96), "rounds to 10.0, which is written whole");
    assertEquals("31x", Numbers.times(31.4));
    assertEquals("10x", Numbers.times(10.45), "rounded once, from the value itself");
    assertEquals("120x", Numbers.times(119.5));
    assertEquals("2.5", Numbers.factor(2.45));
    assertEquals("n/a", Numbers.times(Double.NaN));
  }

  @Test
  void theDefaultLocaleDoesNotMatter() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertEquals("1.5 12.3% [0.25, 1.000e-04] 1.235e+06",
          Numbers.sig(1.5) + " " + Numbers.percent(0.123) + " " + Numbers.interval(0.25, 1e-4) + " "
              + Numbers.sig(1234567));
    } finally {
      Locale.setDefault(before);
    }
  }
}
