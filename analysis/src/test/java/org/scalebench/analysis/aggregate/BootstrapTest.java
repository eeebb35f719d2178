package org.scalebench.analysis.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BootstrapTest {
  @Test
  void medianOfOddAndEvenSamples() {
    assertEquals(3.0, Bootstrap.median(new double[] {5, 1, 3}));
    assertEquals(2.5, Bootstrap.median(new double[] {4, 1, 2, 3}));
  }

  @Test
  void intervalIsDeterministicAndCoversTheMedian() {
    double[] values = new double[41];
    SplittableRandom r = new SplittableRandom(1);
    for (int i = 0; i < values.length; i++) {
      values[i] = 10 + r.nextGaussian();
    }
    Bootstrap.Interval a = new Bootstrap().medianInterval(values);
    Bootstrap.Interval b = new Bootstrap().medianInterval(values.clone());
    assertEquals(a, b, "same seed, same data, same interval");
    double median = Bootstrap.median(values);
    assertTrue(a.low() < median && median < a.high(), a + " around " + median);
    // the interval of a median of 41 N(10, 1) draws is about +-0.4 wide; far narrower than the range
    assertTrue(a.high() - a.low() < 1.2 && a.high() - a.low() > 0.1, a.toString());
  }

  @Test
  void singleValueHasADegenerateInterval() {
    assertEquals(new Bootstrap.Interval(4, 4), new Bootstrap().medianInterval(new double[] {4}));
    Summary s = Summary.of(new double[] {4}, new Bootstrap());
    assertTrue(s.intervalIsDegenerate());
  }

  @Test
  void ratioIntervalOfIdenticalConstantsIsExact() {
    Bootstrap.Interval ci = new Bootstrap().ratioOfMediansInterval(new double[] {8, 8, 8}, new double[] {2, 2});
    assertEquals(4, ci.low());
    assertEquals(4, ci.high());
  }

  @Test
  void summaryHasRangeAndInterval() {
    Summary s = Summary.of(new double[] {3, 1, 2, 10, 2}, new Bootstrap());
    assertEquals(5, s.count());
    assertEquals(2, s.median());
    assertEquals(1, s.min());
    assertEquals(10, s.max());
    assertTrue(s.ciLow() >= 1 && s.ciHigh() <= 10 && s.ciLow() <= 2 && s.ciHigh() >= 2, s.toString());
  }
}
