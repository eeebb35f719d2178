package org.scalebench.analysis.ab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class HolmAdjustmentTest {
  /**
   * By hand: sorted 0.005 (4th), 0.01 (1st), 0.03 (3rd), 0.04 (2nd); multiplied by 4, 3, 2, 1: 0.02,
   * 0.03, 0.06, 0.04; running maximum: 0.02, 0.03, 0.06, 0.06.
   */
  @Test
  void adjustedPValuesOfAHandComputedExample() {
    double[] adjusted = HolmAdjustment.adjust(new double[] {0.01, 0.04, 0.03, 0.005});
    assertArrayEquals(new double[] {0.03, 0.06, 0.06, 0.02}, adjusted, 1e-15);
  }

  /** Sorted 0.1, 0.6, 0.9 times 3, 2, 1: 0.3, 1.2 (capped at 1), 0.9 (raised to the running 1). */
  @Test
  void adjustedPValuesAreCappedAtOne() {
    assertArrayEquals(new double[] {1, 1, 0.3}, HolmAdjustment.adjust(new double[] {0.6, 0.9, 0.1}), 1e-15);
  }

  @Test
  void aSinglePValueIsUnchanged() {
    assertArrayEquals(new double[] {0.037}, HolmAdjustment.adjust(new double[] {0.037}));
  }

  @Test
  void nanIsNotPartOfTheFamily() {
    // m is 2, not 3: 0.02 * 2, then max(0.04, 0.03 * 1)
    double[] adjusted = HolmAdjustment.adjust(new double[] {0.03, Double.NaN, 0.02});
    assertEquals(0.04, adjusted[0], 1e-15);
    assertEquals(Double.NaN, adjusted[1]);
    assertEquals(0.04, adjusted[2], 1e-15);
  }

  @Test
  void aPValueOutsideZeroToOneIsRefusedByValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> HolmAdjustment.adjust(new double[] {0.5, 1.5}));
    assertEquals("p-values must be in [0, 1], got 1.5", e.getMessage());
  }
}
