package org.scalebench.analysis.ab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.apache.commons.statistics.inference.WilcoxonSignedRankTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.scalebench.analysis.testing.JmhJson;

class SignedRankTest {
  @Test
  void theSmallestPIsTwoOverTwoToTheRounds() {
    assertEquals(1.0, SignedRank.smallestP(1), 1e-15);
    assertEquals(0.25, SignedRank.smallestP(3), 1e-15);
    assertEquals(2.0 / 32, SignedRank.smallestP(5), 1e-15);
    assertEquals(2.0 / 64, SignedRank.smallestP(6), 1e-15);
    assertEquals(2.0 / (1 << 20), SignedRank.smallestP(20), 1e-18);
  }

  @Test
  void untiedSamplesGetAnExactPAndTiesTheApproximation() {
    assertTrue(SignedRank.test(new double[] {0.1, -0.02, 0.3, 0.04, 0.05}).exact());
    assertFalse(SignedRank.test(new double[] {0.1, -0.1, 0.3, 0.04, 0.05}).exact(), "|0.1| ties");
    assertFalse(SignedRank.test(new double[] {0.1, 0, 0.3, 0.04, 0.05}).exact(), "a round without a difference");
  }

  @Test
  void noDifferenceInAnyRoundIsPOne() {
    SignedRank.Outcome o = SignedRank.test(new double[] {0, 0, 0, 0, 0, 0, 0});
    assertEquals(1.0, o.pValue());
  }

  /**
   * Without ties the interval is {@code [W(k+1), W(M-k)]} of the sorted Walsh averages, k the
   * largest signed-rank sum the two-sided 5% test rejects: 8 for 10 rounds, 25 for 15, 52 for 20
   * (the published critical values, e.g. Hollander and Wolfe, <i>Nonparametric Statistical Methods</i>,
   * table A.4).
   */
  @ParameterizedTest(name = "{0} rounds: W({1})..W({2})")
  @CsvSource({"10, 9, 47", "15, 26, 95", "20, 53, 158", "6, 1, 21"})
  void theIntervalIsTheTextbookOrderStatisticOfTheWalshAverages(int rounds, int lowRank, int highRank) {
    double[] z = JmhJson.logNormal(new SplittableRandom(rounds), rounds, 1, 0.1);
    Arrays.setAll(z, i -> Math.log(z[i]) + 0.03);
    double[] walsh = walsh(z);
    LogRatioInterval ci = SignedRank.interval(z, 0.05);
    assertEquals(walsh[lowRank - 1], ci.low(), 0, "lower end");
    assertEquals(walsh[highRank - 1], ci.high(), 0, "upper end");
    int m = walsh.length;
    double median = m % 2 == 1 ? walsh[m / 2] : (walsh[m / 2 - 1] + walsh[m / 2]) / 2;
    assertEquals(median, ci.estimate(), 0, "Hodges-Lehmann: the median of the Walsh averages");
  }

  @Test
  void fiveRoundsCannotBoundTheInterval() {
    LogRatioInterval ci = SignedRank.interval(new double[] {0.1, 0.2, 0.15, 0.12, 0.18}, 0.05);
    assertFalse(ci.bounded());
    assertEquals(Double.NEGATIVE_INFINITY, ci.low());
    assertEquals(Double.POSITIVE_INFINITY, ci.high());
  }

  /**
   * The interval is what the library's test accepts: just inside each end p >= alpha, just outside p <
   * alpha. Checked on untied rounds (the cached order statistic) and on tied ones (the search with
   * the normal approximation).
   */
  @ParameterizedTest(name = "tied {0}")
  @CsvSource({"false", "true"})
  void theEndsAreWhereTheTestStartsToReject(boolean tied) {
    double[] z = JmhJson.logNormal(new SplittableRandom(5), 16, 1, 0.05);
    Arrays.setAll(z, i -> Math.log(z[i]) + 0.02);
    if (tied) {
      z[3] = z[7];
      z[5] = -z[9];
    }
    LogRatioInterval ci = SignedRank.interval(z, 0.05);
    double[] w = Arrays.stream(walsh(z)).distinct().toArray();
    int lowIndex = Arrays.binarySearch(w, ci.low());
    int highIndex = Arrays.binarySearch(w, ci.high());
    assertTrue(lowIndex > 0 && highIndex < w.length - 1, "both ends are inner Walsh averages");
    assertTrue(p(z, (w[lowIndex - 1] + w[lowIndex]) / 2) < 0.05, "just below the lower end");
    assertTrue(p(z, (w[lowIndex] + w[lowIndex + 1]) / 2) >= 0.05, "just above the lower end");
    assertTrue(p(z, (w[highIndex - 1] + w[highIndex]) / 2) >= 0.05, "just below the upper end");
    assertTrue(p(z, (w[highIndex] + w[highIndex + 1]) / 2) < 0.05, "just above the upper end");
  }

  /** Exact coverage for symmetric noise: for 15 rounds 1 - 2 P(W <= 25) = 95.2%. */
  @Test
  void theIntervalCoversTheTrueShiftInNinetyFivePercentOfSamples() {
    SplittableRandom random = new SplittableRandom(17);
    int trials = 2000;
    int covered = 0;
    double shift = 0.05;
    for (int t = 0; t < trials; t++) {
      double[] z = new double[15];
      Arrays.setAll(z, i -> shift + 0.04 * JmhJson.gaussian(random));
      LogRatioInterval ci = SignedRank.interval(z, 0.05);
      covered += ci.low() <= shift && shift <= ci.high() ? 1 : 0;
    }
    assertTrue(covered > 0.935 * trials && covered < 0.97 * trials, covered + " of " + trials);
  }

  @Test
  void theBootstrapIsSeededAndHoldsTheMean() {
    double[] z = {0.01, 0.03, -0.02, 0.05, 0.02, 0.04, 0.0, 0.06, 0.01, 0.03};
    LogRatioBootstrap bootstrap = new LogRatioBootstrap(1000, 42);
    LogRatioInterval a = bootstrap.meanInterval(z, 0.05);
    assertEquals(a, bootstrap.meanInterval(z.clone(), 0.05), "same seed, same interval");
    assertEquals(0.023, a.estimate(), 1e-12);
    assertTrue(a.low() > 0 && a.high() < 0.05, a.toString());
  }

  private static double p(double[] z, double mu) {
    return WilcoxonSignedRankTest.withDefaults().withMu(mu).test(z).getPValue();
  }

  private static double[] walsh(double[] z) {
    int n = z.length;
    double[] w = new double[n * (n + 1) / 2];
    int k = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i; j < n; j++) {
        w[k++] = (z[i] + z[j]) / 2;
      }
    }
    Arrays.sort(w);
    return w;
  }
}
