package org.scalebench.analysis.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.scalebench.analysis.testing.JmhJson;

/**
 * The verdict's error rates on synthetic samples with controlled, seeded noise: log-normal iteration
 * scores with a given coefficient of variation, {@value #SAMPLES} per side (what {@code bench --quick}
 * records per benchmark), {@value #TRIALS} trials per case, default thresholds (alpha 0.05, minimum
 * effect 10%).
 */
class StatisticalPropertiesTest {
  static final int TRIALS = 1000;
  static final int SAMPLES = 20;
  private final SampleComparator comparator = new SampleComparator(Thresholds.defaults());

  private Map<Verdict, Integer> trials(long seed, double cv, double slowdown, Direction direction, int samples) {
    SplittableRandom random = new SplittableRandom(seed);
    Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
    String unit = direction == Direction.LOWER_IS_BETTER ? "ns/op" : "ops/s";
    for (int t = 0; t < TRIALS; t++) {
      double base = direction == Direction.LOWER_IS_BETTER ? 100 : 1e6;
      double now = direction == Direction.LOWER_IS_BETTER ? base * slowdown : base / slowdown;
      Metric b = new Metric("k", unit, direction, JmhJson.logNormal(random, samples, base, cv));
      Metric c = new Metric("k", unit, direction, JmhJson.logNormal(random, samples, now, cv));
      counts.merge(comparator.compare(b, c).verdict(), 1, Integer::sum);
    }
    return counts;
  }

  @ParameterizedTest(name = "A/A at CV {0}: {1}")
  @CsvSource({"0.05, LOWER_IS_BETTER", "0.10, LOWER_IS_BETTER", "0.10, HIGHER_IS_BETTER"})
  void identicalDistributionsAreFlaggedInUnderFivePercentOfTrials(double cv, Direction direction) {
    Map<Verdict, Integer> counts = trials(11, cv, 1.0, direction, SAMPLES);
    // flagged either way, though only a regression fails the gate
    int flagged = counts.getOrDefault(Verdict.REGRESSION, 0) + counts.getOrDefault(Verdict.IMPROVEMENT, 0);
    assertTrue(flagged < 0.05 * TRIALS, "A/A flagged " + flagged + " of " + TRIALS + ": " + counts);
    assertEquals(0, counts.getOrDefault(Verdict.INCONCLUSIVE, 0), "20 samples a side can always be decided");
  }

  @ParameterizedTest(name = "A/A gate at CV {0}")
  @CsvSource({"0.20", "0.40"})
  void atHighNoiseTheGateStillFailsAnAaComparisonInUnderFivePercentOfTrials(double cv) {
    // a loaded machine: nearly every significant difference also exceeds 10%, so the two-sided test's
    // alpha is the whole protection (about 5% flagged either way); the gate fails on the worse side only
    Map<Verdict, Integer> counts = trials(13, cv, 1.0, Direction.LOWER_IS_BETTER, SAMPLES);
    int regressions = counts.getOrDefault(Verdict.REGRESSION, 0);
    assertTrue(regressions < 0.05 * TRIALS, "A/A regressions " + regressions + " of " + TRIALS + ": " + counts);
  }

  @ParameterizedTest(name = "20% slower at CV {0}: {1}")
  @CsvSource({"0.05, LOWER_IS_BETTER", "0.10, LOWER_IS_BETTER", "0.10, HIGHER_IS_BETTER"})
  void aTwentyPercentSlowdownIsCaughtInOverNinetyFivePercentOfTrials(double cv, Direction direction) {
    Map<Verdict, Integer> counts = trials(23, cv, 1.2, direction, SAMPLES);
    int caught = counts.getOrDefault(Verdict.REGRESSION, 0);
    assertTrue(caught > 0.95 * TRIALS, "caught " + caught + " of " + TRIALS + ": " + counts);
    assertEquals(0, counts.getOrDefault(Verdict.IMPROVEMENT, 0), "a slowdown is never called an improvement");
  }

  @Test
  void aTwentyPercentSpeedupIsAnImprovementNotARegression() {
    Map<Verdict, Integer> counts = trials(29, 0.05, 1 / 1.2, Direction.LOWER_IS_BETTER, SAMPLES);
    assertTrue(counts.getOrDefault(Verdict.IMPROVEMENT, 0) > 0.95 * TRIALS, counts.toString());
    assertEquals(0, counts.getOrDefault(Verdict.REGRESSION, 0), counts.toString());
  }

  @Test
  void aSignificantButSmallChangeIsNotARegression() {
    // 3% slower with almost no noise: the rank test sees it every time, the minimum effect ignores it
    Map<Verdict, Integer> counts = trials(31, 0.002, 1.03, Direction.LOWER_IS_BETTER, SAMPLES);
    assertEquals(TRIALS, counts.getOrDefault(Verdict.UNCHANGED, 0), counts.toString());
  }

  @Test
  void threeAgainstThreeSamplesAreInconclusiveNotUnchanged() {
    // the smallest two-sided exact p with 3 and 3 samples is 2 / C(6, 3) = 0.1 > 0.05
    assertEquals(0.1, SampleComparator.smallestTwoSidedP(3, 3), 1e-12);
    assertEquals(2.0 / 252, SampleComparator.smallestTwoSidedP(5, 5), 1e-12);
    Metric b = new Metric("k", "s", Direction.LOWER_IS_BETTER, new double[] {1, 1.01, 1.02});
    Metric c = new Metric("k", "s", Direction.LOWER_IS_BETTER, new double[] {2, 2.01, 2.02});
    SampleComparison r = comparator.compare(b, c);
    assertEquals(Verdict.INCONCLUSIVE, r.verdict(), r.note());
    assertEquals(0.1, r.pValue(), 1e-12);
    assertTrue(r.exactP());
  }

  @Test
  void fourAgainstFourClearlySeparatedSamplesAreARegression() {
    Metric b = new Metric("k", "s", Direction.LOWER_IS_BETTER, new double[] {1, 1.01, 1.02, 1.03});
    Metric c = new Metric("k", "s", Direction.LOWER_IS_BETTER, new double[] {2, 2.01, 2.02, 2.03});
    SampleComparison r = comparator.compare(b, c);
    assertEquals(Verdict.REGRESSION, r.verdict(), r.note());
    assertEquals(2.0 / 70, r.pValue(), 1e-12);
    assertEquals(1.99, r.worseFactor(), 0.01);
    assertTrue(r.ratioLow() > 1.9 && r.ratioHigh() < 2.1, r.ratioLow() + ".." + r.ratioHigh());
  }

  @Test
  void throughputThatFallsIsARegression() {
    Metric b = new Metric("k", "ops/s", Direction.HIGHER_IS_BETTER, new double[] {100, 101, 102, 103, 104});
    Metric c = new Metric("k", "ops/s", Direction.HIGHER_IS_BETTER, new double[] {50, 51, 52, 53, 54});
    SampleComparison r = comparator.compare(b, c);
    assertEquals(Verdict.REGRESSION, r.verdict(), r.note());
    assertEquals(102.0 / 52, r.worseFactor(), 1e-12);
    assertEquals(52.0 / 102, r.ratio(), 1e-12);
  }
}
