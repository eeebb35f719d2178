package org.scalebench.analysis.ab;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.statistics.inference.AlternativeHypothesis;
import org.apache.commons.statistics.inference.PValueMethod;
import org.apache.commons.statistics.inference.WilcoxonSignedRankTest;

/**
 * The exact Wilcoxon signed-rank test (F. Wilcoxon, <i>Individual Comparisons by Ranking Methods</i>,
 * Biometrics Bulletin 1, 1945) of per-round log ratios, through commons-statistics-inference, and what
 * follows from it: the smallest p a number of rounds can reach and the Hodges-Lehmann interval that
 * inverts the test.
 *
 * <p>Why this test: under A/A the random order of A and B within a round makes each round's log
 * ratio as likely to be {@code +d} as {@code -d} (the two runs are exchangeable), which is exactly the
 * signed-rank test's null hypothesis, whatever the drift, the bursts or an order effect of the machine.
 * The p-value is exact (the null distribution enumerated) when no two log ratios tie and none is 0;
 * otherwise the library falls back to the normal approximation with a tie correction.
 */
final class SignedRank {
  private static final WilcoxonSignedRankTest TEST = WilcoxonSignedRankTest.withDefaults()
      .with(AlternativeHypothesis.TWO_SIDED)
      .with(PValueMethod.EXACT);

  private SignedRank() {}

  /**
   * A two-sided p-value in (0, 1] and whether it is exact.
   */
  record Outcome(double pValue, boolean exact) {}

  /** The test of "the log ratios are symmetric about 0"; all zeros (B equal to A in every round) give p 1. */
  static Outcome test(double[] logRatios) {
    if (Arrays.stream(logRatios).allMatch(z -> z == 0)) {
      // the library refuses a sample without a single difference; there is nothing to reject
      return new Outcome(1, false);
    }
    WilcoxonSignedRankTest.Result r = TEST.test(logRatios);
    return new Outcome(r.getPValue(), !r.hasTiedValues() && !r.hasZeroValues());
  }

  /**
   * The smallest two-sided p the exact test can give with {@code rounds} untied, nonzero log ratios:
   * the p of every round on the same side ({@code 2 / 2^rounds}), taken from the library itself.
   *
   * @param rounds {@code >= 1}
   */
  static double smallestP(int rounds) {
    return SMALLEST_P.computeIfAbsent(rounds, n -> {
      double[] allAbove = new double[n];
      for (int i = 0; i < n; i++) {
        allAbove[i] = i + 1;
      }
      return TEST.test(allAbove).getPValue();
    });
  }

  private static final Map<Integer, Double> SMALLEST_P = new ConcurrentHashMap<>();

  /**
   * The Hodges-Lehmann estimate of the centre of {@code logRatios} (the median of the Walsh averages
   * {@code (z[i] + z[j]) / 2}, {@code i <= j}) and the {@code 1 - alpha} interval of every shift
   * {@code mu} that the two-sided test of {@code z - mu} does not reject at {@code alpha} (E. L.
   * Lehmann, <i>Nonparametrics</i>, 1975, ch. 4). The p-value only changes where {@code mu} crosses a
   * Walsh average, so the test is asked at one point between each pair of neighbours; it rises towards
   * the centre on either side, so a binary search on each side finds the ends. Without ties among the
   * Walsh averages the p at a gap depends on the rounds and the gap's index only (the signed-rank
   * statistic is the number of Walsh averages above {@code mu}), so the search is done once per rounds
   * and level on a sample with distinct Walsh averages and the interval is the textbook
   * {@code [W(k), W(M+1-k)]} of the sorted Walsh averages.
   *
   * @param logRatios at least one value, finite
   * @param alpha in (0, 1)
   */
  static LogRatioInterval interval(double[] logRatios, double alpha) {
    double[] walsh = sortedWalshAverages(logRatios);
    int m = walsh.length;
    double centre = m % 2 == 1 ? walsh[m / 2] : (walsh[m / 2 - 1] + walsh[m / 2]) / 2;
    double[] distinct = Arrays.stream(walsh).distinct().toArray();
    int[] accepted = distinct.length == m && logRatios.length <= CANONICAL_MAX_ROUNDS
        ? untiedGaps(logRatios.length, alpha)
        : acceptedGaps(logRatios, distinct, centre, alpha);
    double low = accepted[0] < 0 ? centre : accepted[0] == 0 ? Double.NEGATIVE_INFINITY : distinct[accepted[0] - 1];
    double high = accepted[1] < 0 ? centre : accepted[1] == distinct.length ? Double.POSITIVE_INFINITY
        : distinct[accepted[1]];
    return new LogRatioInterval(centre, Math.min(low, centre), Math.max(high, centre));
  }

  /** Rounds up to which the untied gaps come from {@code 2^i}, whose Walsh averages are distinct and exact. */
  private static final int CANONICAL_MAX_ROUNDS = 60;
  private static final Map<List<Double>, int[]> UNTIED = new ConcurrentHashMap<>();

  /** {@link #acceptedGaps} of any {@code rounds} log ratios whose Walsh averages are all distinct. */
  private static int[] untiedGaps(int rounds, double alpha) {
    return UNTIED.computeIfAbsent(List.of((double) rounds, alpha), key -> {
      double[] z = new double[rounds];
      for (int i = 0; i < rounds; i++) {
        z[i] = Math.scalb(1.0, i);
      }
      double[] walsh = sortedWalshAverages(z);
      int m = walsh.length;
      double centre = m % 2 == 1 ? walsh[m / 2] : (walsh[m / 2 - 1] + walsh[m / 2]) / 2;
      return acceptedGaps(z, walsh, centre, alpha);
    }).clone();
  }

  private static double[] sortedWalshAverages(double[] z) {
    int n = z.length;
    double[] walsh = new double[n * (n + 1) / 2];
    int k = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i; j < n; j++) {
        walsh[k++] = (z[i] + z[j]) / 2;
      }
    }
    Arrays.sort(walsh);
    return walsh;
  }

  /**
   * The lowest and the highest gap of {@code distinct} (sorted distinct Walsh averages) whose shifts
   * the test accepts; gap {@code g} is the open range {@code (distinct[g - 1], distinct[g])}, gaps 0 and
   * {@code distinct.length} are unbounded. -1 for a side where not even the gap at the centre is accepted.
   */
  private static int[] acceptedGaps(double[] logRatios, double[] distinct, double centre, double alpha) {
    int gaps = distinct.length;
    int below = (int) Arrays.stream(distinct).filter(w -> w < centre).count();
    int above = (int) Arrays.stream(distinct).filter(w -> w > centre).count();
    // lowest accepted gap in [0, below]: the p-value does not fall as the gap rises to the centre
    int lo = 0;
    int hi = below + 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (accepted(logRatios, probe(distinct, mid), alpha)) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    int lowGap = lo > below ? -1 : lo;
    // highest accepted gap in [gaps - above, gaps]
    int first = gaps - above;
    lo = first - 1;
    hi = gaps;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (accepted(logRatios, probe(distinct, mid), alpha)) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    int highGap = lo < first ? -1 : lo;
    return new int[] {lowGap, highGap};
  }

  /** A shift strictly inside gap {@code g} of the sorted distinct Walsh averages. */
  private static double probe(double[] distinct, int g) {
    if (g == 0) {
      return distinct[0] - 1;
    }
    if (g == distinct.length) {
      return distinct[distinct.length - 1] + 1;
    }
    return (distinct[g - 1] + distinct[g]) / 2;
  }

  private static boolean accepted(double[] logRatios, double mu, double alpha) {
    return TEST.withMu(mu).test(logRatios).getPValue() >= alpha;
  }
}
