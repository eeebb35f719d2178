package org.scalebench.analysis.ab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.scalebench.analysis.compare.Direction;
import org.scalebench.analysis.compare.Verdict;

/** The rule and its sentences on small, hand-made runs. */
class PairedComparisonTest {
  private final PairedComparison comparison = new PairedComparison(AbSettings.withDefaults());

  /** {@code rounds} rounds with 1% noise, B {@code slowdown} times slower than A (a throughput divided by it). */
  private static PairedSamples scaled(String id, Direction direction, int rounds, double slowdown, long seed) {
    return SyntheticAbRun.noise(rounds, 0.01).benchmark(new SplittableRandom(seed), id, direction, slowdown);
  }

  private static PairedSamples fromLogRatios(String id, double... z) {
    double[] a = new double[z.length];
    double[] b = new double[z.length];
    for (int i = 0; i < z.length; i++) {
      a[i] = 100;
      b[i] = 100 * Math.exp(z[i]);
    }
    return new PairedSamples(id, "ns/op", Direction.LOWER_IS_BETTER, a, b);
  }

  @Test
  void aClearSlowdownIsARegressionWithItsFactorIntervalAndAdjustedP() {
    PairedVerdict v = comparison.compare(scaled("fit", Direction.LOWER_IS_BETTER, 20, 1.12, 1));
    assertEquals(Verdict.REGRESSION, v.verdict(), v.reason());
    assertEquals(1.12, v.worseFactor(), 0.01);
    assertTrue(v.worseLow() > 1.1 && v.worseHigh() < 1.14, v.worseLow() + ".." + v.worseHigh());
    assertTrue(v.reason().matches("B is 1\\.1\\d\\dx slower \\(95% CI 1\\.1\\d\\d\\.\\.1\\.1\\d\\d\\), adjusted p \\S+"),
        v.reason());
    // every round slower: the smallest p 20 rounds can give, a family of one leaves it as it is
    assertEquals(2.0 / (1 << 20), v.pValue(), 1e-18);
    assertEquals(v.pValue(), v.adjustedP());
    assertTrue(v.exactP());
  }

  @Test
  void aThroughputThatFallsIsARegressionAndOneThatRisesAnImprovement() {
    PairedVerdict fall = comparison.compare(scaled("t", Direction.HIGHER_IS_BETTER, 15, 1.2, 2));
    assertEquals(Verdict.REGRESSION, fall.verdict(), fall.reason());
    assertTrue(fall.ratio() < 1, "B measured fewer ops/s");
    assertEquals(1.2, fall.worseFactor(), 0.01);
    assertEquals(1 / fall.ratioLow(), fall.worseHigh(), 1e-12);

    PairedVerdict rise = comparison.compare(scaled("t", Direction.HIGHER_IS_BETTER, 15, 1 / 1.2, 3));
    assertEquals(Verdict.IMPROVEMENT, rise.verdict(), rise.reason());
    assertEquals(1 / 1.2, rise.worseFactor(), 0.01);
    assertTrue(rise.reason().matches("B is 1\\.[12]\\d\\dx faster \\(95% CI 1\\.1\\d\\d\\.\\.1\\.2\\d\\d\\), "
        + "adjusted p \\S+"), rise.reason());
  }

  @Test
  void aSignificantChangeInsideTheMinimumEffectIsUnchanged() {
    // 2% slower with 0.2% noise: the test sees it in every round, the interval shows it is small
    PairedSamples s = SyntheticAbRun.noise(20, 0.002).benchmark(new SplittableRandom(4), "small",
        Direction.LOWER_IS_BETTER, 1.02);
    PairedVerdict v = comparison.compare(s);
    assertTrue(v.adjustedP() < 0.001, "significant: " + v.adjustedP());
    assertEquals(Verdict.UNCHANGED, v.verdict(), v.reason());
    assertTrue(v.reason().contains("inside the 5% minimum effect"), v.reason());
  }

  @Test
  void aSlowdownBelowTheMinimumEffectWhoseIntervalReachesPastItIsStillARegression() {
    // 4% slower, 1% noise: significant, and 20 rounds cannot show it is under 5%
    PairedVerdict v = comparison.compare(scaled("k", Direction.LOWER_IS_BETTER, 20, 1.04, 5));
    assertTrue(v.worseFactor() < 1.05 && v.worseHigh() > 1.05, v.reason());
    assertEquals(Verdict.REGRESSION, v.verdict(), v.reason());
  }

  @Test
  void noSignificanceWithAWideIntervalIsInconclusiveAndAsksForMoreRounds() {
    PairedVerdict v = comparison.compare(
        fromLogRatios("wide", 0.2, -0.21, 0.19, -0.18, 0.22, -0.2, 0.17, -0.23, 0.21, -0.19));
    assertEquals(Verdict.INCONCLUSIVE, v.verdict(), v.reason());
    assertTrue(v.reason().matches("B is 1\\.0\\d\\dx (slower|faster) \\(95% CI \\S+\\): not significant "
        + "\\(adjusted p \\S+\\), but the interval reaches past the 5% minimum effect; more rounds would decide"),
        v.reason());
  }

  @Test
  void identicalRoundsAreUnchangedWithPOne() {
    double[] a = {10, 11, 12, 10.5, 11.5, 10.2, 10.8};
    PairedVerdict v = comparison.compare(new PairedSamples("same", "s", Direction.LOWER_IS_BETTER, a, a));
    assertEquals(Verdict.UNCHANGED, v.verdict(), v.reason());
    assertEquals(1.0, v.pValue());
    assertEquals(1.0, v.ratio());
    assertEquals(1.0, v.ratioLow());
    assertEquals(1.0, v.ratioHigh());
  }

  @Test
  void threeRoundsAreInconclusiveWhateverTheData() {
    PairedVerdict v = comparison.compare(fromLogRatios("three", 0.7, 0.69, 0.71));
    assertEquals(Verdict.INCONCLUSIVE, v.verdict());
    assertEquals("3 rounds: the exact signed-rank test cannot reach p < 0.05 (alpha 0.05 for one benchmark) "
        + "with fewer than 6 rounds", v.reason());
    assertFalse(v.tested());
    assertEquals(Double.NaN, v.ratioLow(), "three rounds bound no 95% interval");
  }

  @Test
  void aFamilyOfFourNeedsEightRounds() {
    List<PairedSamples> family = new ArrayList<>();
    for (int k = 0; k < 4; k++) {
      family.add(fromLogRatios("b" + k, 0.7, 0.69, 0.71, 0.72, 0.68, 0.73, 0.74));
    }
    AbVerdicts run = comparison.compare(family);
    assertEquals("7 rounds: the exact signed-rank test cannot reach p < 0.0125 (alpha 0.05 over 4 benchmarks) "
        + "with fewer than 8 rounds", run.verdicts().get(0).reason());
    assertTrue(run.nothingTested());
    assertEquals("nothing could be tested: all 4 benchmarks are inconclusive", run.summary());
    assertEquals(8, comparison.roundsNeeded(4));
    assertEquals(6, comparison.roundsNeeded(1));
    assertEquals(9, comparison.roundsNeeded(8));
  }

  @Test
  void sixRoundsAllSlowerAreEnoughForOneBenchmarkAndFiveAreNot() {
    assertEquals(Verdict.INCONCLUSIVE, comparison.compare(fromLogRatios("five", 0.3, 0.31, 0.29, 0.32, 0.28)).verdict());
    PairedVerdict six = comparison.compare(fromLogRatios("six", 0.3, 0.31, 0.29, 0.32, 0.28, 0.33));
    assertEquals(Verdict.REGRESSION, six.verdict(), six.reason());
    assertEquals(2.0 / 64, six.pValue(), 1e-15);
  }

  /** A benchmark with failed rounds does not dilute the others: it leaves the family, which is 7. */
  @Test
  void aBenchmarkWithTooFewRoundsLeavesTheFamily() {
    List<PairedSamples> family = new ArrayList<>();
    family.add(scaled("slow", Direction.LOWER_IS_BETTER, 20, 1.3, 10));
    for (int k = 1; k < 7; k++) {
      family.add(scaled("same" + k, Direction.LOWER_IS_BETTER, 20, 1.0, 10 + k));
    }
    family.add(scaled("broken", Direction.LOWER_IS_BETTER, 3, 1.0, 30));
    AbVerdicts run = comparison.compare(family);
    assertEquals(7, run.familySize());
    PairedVerdict slow = run.verdicts().get(0);
    assertEquals(Verdict.REGRESSION, slow.verdict(), slow.reason());
    assertEquals(7 * slow.pValue(), slow.adjustedP(), 1e-18, "Holm's first step: m times the smallest p");
    PairedVerdict broken = run.verdicts().get(7);
    assertEquals(Verdict.INCONCLUSIVE, broken.verdict());
    assertEquals("3 rounds: the exact signed-rank test cannot reach p < 0.00625 (alpha 0.05 over 8 benchmarks) "
        + "with fewer than 9 rounds", broken.reason());
    assertTrue(run.anyRegression());
    assertEquals(1, run.count(Verdict.REGRESSION));
    assertEquals(1 + run.count(Verdict.UNCHANGED) + run.count(Verdict.INCONCLUSIVE) + run.count(Verdict.IMPROVEMENT),
        run.verdicts().size() + 0L);
    assertTrue(run.summary().startsWith("1 regression, "), run.summary());
    assertTrue(run.summary().endsWith(" of 8 benchmarks"), run.summary());
  }

  @Test
  void theVerdictDoesNotDependOnTheOrderOfTheBenchmarks() {
    List<PairedSamples> family = new ArrayList<>();
    for (int k = 0; k < 5; k++) {
      family.add(SyntheticAbRun.sharedMachine(12, 0.05).benchmark(new SplittableRandom(40 + k), "b" + k,
          Direction.LOWER_IS_BETTER, 1 + 0.03 * k));
    }
    List<PairedSamples> reversed = new ArrayList<>(family);
    java.util.Collections.reverse(reversed);
    List<PairedVerdict> forward = comparison.compare(family).verdicts();
    List<PairedVerdict> backward = new ArrayList<>(comparison.compare(reversed).verdicts());
    java.util.Collections.reverse(backward);
    assertEquals(forward, backward);
  }

  @Test
  void aBenchmarkTwiceInOneRunIsRefusedByName() {
    PairedSamples s = fromLogRatios("twice", 0.1, 0.2);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> comparison.compare(List.of(s, s)));
    assertEquals("benchmark twice appears twice in one run", e.getMessage());
  }

  @Test
  void theBootstrapIntervalGoesWithTheGeometricMean() {
    PairedComparison bootstrap = new PairedComparison(
        AbSettings.withDefaults().withInterval(IntervalMethod.BOOTSTRAP).withBootstrapResamples(500).withSeed(3));
    PairedSamples s = scaled("fit", Direction.LOWER_IS_BETTER, 15, 1.12, 6);
    PairedVerdict v = bootstrap.compare(s);
    assertEquals(v.geoMeanRatio(), v.ratio(), 0);
    double geoMean = Math.exp(Arrays.stream(s.logRatios()).average().orElseThrow());
    assertEquals(geoMean, v.geoMeanRatio(), 1e-12);
    assertEquals(Verdict.REGRESSION, v.verdict(), v.reason());
    assertEquals(v, bootstrap.compare(s), "seeded");
  }

  @Test
  void settingsRefuseBadValuesByName() {
    AbSettings d = AbSettings.withDefaults();
    assertEquals("alpha must be in (0, 0.5], got 0.0",
        assertThrows(IllegalArgumentException.class, () -> d.withAlpha(0)).getMessage());
    assertEquals("alpha must be in (0, 0.5], got NaN",
        assertThrows(IllegalArgumentException.class, () -> d.withAlpha(Double.NaN)).getMessage());
    assertEquals("minEffect must be in [0, 10], got -0.05",
        assertThrows(IllegalArgumentException.class, () -> d.withMinEffect(-0.05)).getMessage());
    assertEquals("bootstrapResamples must be in [100, 1000000], got 10",
        assertThrows(IllegalArgumentException.class, () -> d.withBootstrapResamples(10)).getMessage());
    assertEquals("interval must not be null",
        assertThrows(NullPointerException.class, () -> d.withInterval(null)).getMessage());
    AbSettings s = d.withAlpha(0.01).withMinEffect(0.1).withSeed(7);
    assertEquals(new AbSettings(0.01, 0.1, IntervalMethod.SIGNED_RANK, 2000, 7), s);
    assertEquals(0.05, d.alpha(), "withDefaults is not changed by a with");
    assertEquals(99, s.confidencePercent(), 1e-12);
  }

  @Test
  void samplesRefuseBadRoundsByNameAndRound() {
    double[] ok = {1, 2, 3};
    assertEquals("k: B's value in round 2 must be finite and > 0, got -1.0", assertThrows(IllegalArgumentException.class,
        () -> new PairedSamples("k", "s", Direction.LOWER_IS_BETTER, ok, new double[] {1, -1, 2})).getMessage());
    assertEquals("k: A's value in round 3 must be finite and > 0, got Infinity", assertThrows(
        IllegalArgumentException.class, () -> new PairedSamples("k", "s", Direction.LOWER_IS_BETTER,
            new double[] {1, 2, Double.POSITIVE_INFINITY}, ok)).getMessage());
    assertEquals("k needs as many rounds of B as of A, got 3 of A and 2 of B", assertThrows(
        IllegalArgumentException.class, () -> new PairedSamples("k", "s", Direction.LOWER_IS_BETTER, ok,
            new double[] {1, 2})).getMessage());
    assertEquals("k needs at least one round, got none", assertThrows(IllegalArgumentException.class,
        () -> new PairedSamples("k", "s", Direction.LOWER_IS_BETTER, new double[0], new double[0])).getMessage());
    assertEquals("id must not be blank, got ' '", assertThrows(IllegalArgumentException.class,
        () -> new PairedSamples(" ", "s", Direction.LOWER_IS_BETTER, ok, ok)).getMessage());
    double[] values = {1, 2, 3};
    PairedSamples s = new PairedSamples("k", "s", Direction.LOWER_IS_BETTER, values, values);
    values[0] = 99;
    assertEquals(1, s.a()[0], "the record keeps its own copy");
  }

  @Test
  void numbersInSentencesAreShortAndLocaleFree() {
    assertEquals("0.05", PairedComparison.number(0.05, 3));
    assertEquals("0.00625", PairedComparison.number(0.05 / 8, 3));
    assertEquals("100", PairedComparison.number(100.4, 3), "no zeros stripped from an integer part");
    assertEquals("97.5", PairedComparison.number(97.5));
    assertEquals("5", PairedComparison.number(5.0));
  }

  @Test
  void roundOrdersAreBalancedAndSeeded() {
    List<RoundOrder> orders = RoundOrder.shuffled(15, 9);
    assertEquals(8, orders.stream().filter(o -> o == RoundOrder.A_FIRST).count());
    assertEquals(7, orders.stream().filter(o -> o == RoundOrder.B_FIRST).count());
    assertEquals(orders, RoundOrder.shuffled(15, 9));
    assertFalse(orders.equals(RoundOrder.shuffled(15, 10)) && orders.equals(RoundOrder.shuffled(15, 11)));
  }
}
