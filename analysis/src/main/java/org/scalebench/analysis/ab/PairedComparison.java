package org.scalebench.analysis.ab;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.scalebench.analysis.compare.Verdict;

/**
 * The paired verdicts of one A/B run. Per benchmark: the per-round log ratios {@code ln(b/a)} (the
 * drift and the bursts of the machine that hit both runs of a round cancel in them), a two-sided exact
 * Wilcoxon signed-rank test of "symmetric about 0", Holm's adjustment of those p-values over every
 * benchmark of the run, and an interval of the ratio ({@link IntervalMethod}).
 *
 * <p>The rule, for a benchmark with worse-factor interval {@code [lo, hi]} and the band
 * {@code [1/(1+minEffect), 1+minEffect]}:
 * <ol>
 *   <li><b>inconclusive</b> when its rounds are too few for the exact test ever to reach the adjusted
 *       level: with {@code n} rounds the smallest two-sided p is {@code 2/2^n}, and Holm's smallest
 *       adjusted p in a family of {@code m} is {@code m} times that;</li>
 *   <li><b>unchanged</b> when {@code [lo, hi]} lies inside the band: the change, if any, is shown to be
 *       smaller than the minimum effect, significant or not;</li>
 *   <li><b>regression</b> when the adjusted p is below alpha and {@code lo > 1}; <b>improvement</b> when
 *       the adjusted p is below alpha and {@code hi < 1};</li>
 *   <li><b>inconclusive</b> otherwise: not significant, yet the interval reaches past the band.</li>
 * </ol>
 * A flag needs an adjusted p below alpha, so under A/A the probability that a run flags anything is at
 * most alpha (Holm), whatever the number of benchmarks. A regression does not need the estimate beyond
 * the minimum effect, only an interval that is not inside the band: a true 5% slowdown is then caught
 * whenever the test sees it, while a significant 2% change with a tight interval stays unchanged.
 *
 * <p>Benchmarks whose rounds are too few are left out of the family, so that one benchmark with a
 * failed round does not dilute the others' level: the family is the largest set of the benchmarks with
 * the most rounds in which every member could reach {@code alpha / m} (members with equal rounds are in
 * or out together). The choice depends on round counts only, never on the values, so Holm's bound holds.
 */
public final class PairedComparison {
  private final AbSettings settings;
  private final LogRatioBootstrap bootstrap;

  public PairedComparison(AbSettings settings) {
    this.settings = settings;
    this.bootstrap = new LogRatioBootstrap(settings.bootstrapResamples(), settings.seed());
  }

  public AbSettings settings() {
    return settings;
  }

  /**
   * The verdicts of one run's benchmarks, in the order given, Holm over all of them.
   *
   * @param family the benchmarks of one run; ids unique; may be empty
   */
  public AbVerdicts compare(List<PairedSamples> family) {
    Set<String> ids = new HashSet<>();
    for (PairedSamples s : family) {
      if (!ids.add(s.id())) {
        throw new IllegalArgumentException("benchmark " + s.id() + " appears twice in one run");
      }
    }
    int count = family.size();
    int[] familySizeIfIn = familySizes(family);
    boolean[] member = new boolean[count];
    int members = membersOfFamily(family, familySizeIfIn, member);
    SignedRank.Outcome[] tests = new SignedRank.Outcome[count];
    double[] familyP = new double[count];
    for (int i = 0; i < count; i++) {
      tests[i] = SignedRank.test(family.get(i).logRatios());
      familyP[i] = member[i] ? tests[i].pValue() : Double.NaN;
    }
    double[] adjusted = HolmAdjustment.adjust(familyP);
    List<PairedVerdict> verdicts = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      verdicts.add(verdict(family.get(i), tests[i], adjusted[i], member[i] ? members : familySizeIfIn[i]));
    }
    return new AbVerdicts(verdicts);
  }

  /** A run of one benchmark: no adjustment. */
  public PairedVerdict compare(PairedSamples one) {
    return compare(List.of(one)).verdicts().get(0);
  }

  /**
   * The fewest rounds with which a benchmark in a family of {@code familySize} can be significant:
   * the smallest n with {@code familySize * 2/2^n < alpha}.
   */
  public int roundsNeeded(int familySize) {
    int n = 1;
    while (familySize * SignedRank.smallestP(n) >= settings.alpha()) {
      n++;
    }
    return n;
  }

  /** For each benchmark: the size of the family it would join, the benchmarks with at least its rounds. */
  private static int[] familySizes(List<PairedSamples> family) {
    int[] sizes = new int[family.size()];
    for (int i = 0; i < sizes.length; i++) {
      int rounds = family.get(i).rounds();
      sizes[i] = (int) family.stream().filter(s -> s.rounds() >= rounds).count();
    }
    return sizes;
  }

  private int membersOfFamily(List<PairedSamples> family, int[] familySizeIfIn, boolean[] member) {
    // the largest prefix by rounds (equal rounds together) whose fewest rounds reach alpha / its size
    Integer[] order = new Integer[family.size()];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingInt((Integer i) -> family.get(i).rounds()).reversed());
    int members = 0;
    for (Integer i : order) {
      int size = familySizeIfIn[i];
      if (size * SignedRank.smallestP(family.get(i).rounds()) >= settings.alpha()) {
        break;
      }
      member[i] = true;
      members = size;
    }
    return members;
  }

  private PairedVerdict verdict(PairedSamples s, SignedRank.Outcome test, double adjustedP, int familySize) {
    double[] logRatios = s.logRatios();
    double geoMean = StrictMath.exp(LogRatioBootstrap.mean(logRatios));
    LogRatioInterval interval = settings.interval() == IntervalMethod.SIGNED_RANK
        ? SignedRank.interval(logRatios, settings.alpha())
        : bootstrap.meanInterval(logRatios, settings.alpha());
    double ratio = StrictMath.exp(interval.estimate());
    double low = interval.bounded() ? StrictMath.exp(interval.low()) : Double.NaN;
    double high = interval.bounded() ? StrictMath.exp(interval.high()) : Double.NaN;
    PairedVerdict draft = new PairedVerdict(s, geoMean, ratio, low, high, test.pValue(), test.exact(), adjustedP,
        Verdict.INCONCLUSIVE, "-");
    Verdict verdict;
    String reason;
    double alpha = settings.alpha();
    if (Double.isNaN(adjustedP)) {
      verdict = Verdict.INCONCLUSIVE;
      reason = String.format(Locale.ROOT, "%d %s: the exact signed-rank test cannot reach p < %s (alpha %s %s) "
          + "with fewer than %d rounds", s.rounds(), s.rounds() == 1 ? "round" : "rounds", number(alpha / familySize, 3),
          number(alpha), familySize == 1 ? "for one benchmark" : "over " + familySize + " benchmarks",
          roundsNeeded(familySize));
    } else if (insideBand(draft)) {
      verdict = Verdict.UNCHANGED;
      reason = change(draft) + String.format(Locale.ROOT, ", inside the %s%% minimum effect (adjusted p %.2g)",
          number(settings.minEffect() * 100), adjustedP);
    } else if (adjustedP < alpha && draft.worseLow() > 1) {
      verdict = Verdict.REGRESSION;
      reason = change(draft) + String.format(Locale.ROOT, ", adjusted p %.2g", adjustedP);
    } else if (adjustedP < alpha && draft.worseHigh() < 1) {
      verdict = Verdict.IMPROVEMENT;
      reason = change(draft) + String.format(Locale.ROOT, ", adjusted p %.2g", adjustedP);
    } else if (adjustedP < alpha) {
      verdict = Verdict.INCONCLUSIVE;
      reason = change(draft) + String.format(Locale.ROOT, ": adjusted p %.2g, but the interval includes 1", adjustedP);
    } else {
      verdict = Verdict.INCONCLUSIVE;
      reason = change(draft) + String.format(Locale.ROOT, ": not significant (adjusted p %.2g), but the interval "
          + "reaches past the %s%% minimum effect; more rounds would decide", adjustedP,
          number(settings.minEffect() * 100));
    }
    return new PairedVerdict(s, geoMean, ratio, low, high, test.pValue(), test.exact(), adjustedP, verdict, reason);
  }

  private boolean insideBand(PairedVerdict v) {
    return v.worseLow() >= settings.improvementFactor() && v.worseHigh() <= settings.regressionFactor();
  }

  /** "B is 1.120x slower (95% CI 1.080..1.160)", or faster with the speed-up factor and its interval. */
  private String change(PairedVerdict v) {
    double worse = v.worseFactor();
    String ci = number(settings.confidencePercent()) + "% CI";
    if (worse >= 1) {
      return String.format(Locale.ROOT, "B is %.3fx slower (%s %.3f..%.3f)", worse, ci, v.worseLow(), v.worseHigh());
    }
    return String.format(Locale.ROOT, "B is %.3fx faster (%s %.3f..%.3f)", 1 / worse, ci, 1 / v.worseHigh(),
        1 / v.worseLow());
  }

  /** A number as short as it reads: {@code 5}, {@code 97.5}, {@code 0.05}. */
  static String number(double value) {
    return number(value, 6);
  }

  /** {@code value} to {@code digits} significant digits without trailing zeros. */
  static String number(double value, int digits) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    String text = String.format(Locale.ROOT, "%." + digits + "g", value);
    return text.contains(".") && !text.contains("e") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
  }
}
