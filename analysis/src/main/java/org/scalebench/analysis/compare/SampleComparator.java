package org.scalebench.analysis.compare;

import org.apache.commons.statistics.inference.AlternativeHypothesis;
import org.apache.commons.statistics.inference.MannWhitneyUTest;
import org.apache.commons.statistics.inference.PValueMethod;
import org.scalebench.analysis.aggregate.Bootstrap;
import org.scalebench.analysis.text.Numbers;

/**
 * The verdict on one metric from its raw samples: the two-sided Mann-Whitney U test (H. B. Mann and
 * D. R. Whitney, Ann. Math. Statist. 18, 1947) decides whether the two samples differ at all, the
 * ratio of medians whether the difference matters. A regression needs both: {@code p < alpha} and the
 * current median worse than the baseline's by more than {@code minEffect} (and the interval below). Requiring an effect size
 * keeps large samples from flagging differences of a fraction of a percent that nobody would act on;
 * the rank test keeps one unlucky median of a noisy sample from flagging a change that is not there.
 *
 * <p>The p-value is exact when the samples have no ties (commons-statistics computes the exact null
 * distribution of U), otherwise from the normal approximation with a tie correction. With m and n
 * samples and no ties the smallest two-sided p possible is {@code 2 / C(m + n, m)}: 3 against 3
 * samples can never reach 0.05, so such a comparison is reported as inconclusive, never unchanged.
 *
 * <p>A third condition guards against samples that are not independent (the load of a shared machine
 * drifting during a run): the 95% percentile-bootstrap interval of the ratio of medians must lie
 * entirely on the worse side of 1 for a regression (on the better side for an improvement). On two
 * A/A runs of the quick benchmarks on this machine it removed half of the false alarms that the
 * rank test and the effect size let through; on independent samples it costs almost no power (see
 * {@code analysis/README-compare.md}).
 */
public final class SampleComparator {
  private final Thresholds thresholds;
  private final Bootstrap bootstrap;
  private final String sampleNoun;
  private final MannWhitneyUTest test = MannWhitneyUTest.withDefaults()
      .with(AlternativeHypothesis.TWO_SIDED)
      .with(PValueMethod.EXACT);

  /**
   * @param sampleNoun what one sample is, in the notes ({@code repetition}, {@code iteration})
   */
  public SampleComparator(Thresholds thresholds, Bootstrap bootstrap, String sampleNoun) {
    this.thresholds = thresholds;
    this.bootstrap = bootstrap;
    this.sampleNoun = sampleNoun;
  }

  public SampleComparator(Thresholds thresholds) {
    this(thresholds, new Bootstrap(), "sample");
  }

  public Thresholds thresholds() {
    return thresholds;
  }

  /** Compares {@code current} against {@code baseline}; they must describe the same thing. */
  public SampleComparison compare(Metric baseline, Metric current) {
    if (!baseline.unit().equals(current.unit()) || baseline.direction() != current.direction()) {
      return new SampleComparison(current.id(), current.unit(), current.direction(), baseline.count(),
          current.count(), Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
          false, Verdict.INCONCLUSIVE, "the unit changed from " + baseline.unit() + " to " + current.unit()
              + "; rerun the baseline with the same benchmark mode");
    }
    double[] b = baseline.samples();
    double[] c = current.samples();
    double mb = Bootstrap.median(b);
    double mc = Bootstrap.median(c);
    Direction direction = current.direction();
    double worse = direction.worseFactor(mb, mc);
    if (b.length < 2 || c.length < 2) {
      return result(baseline, current, mb, mc, Double.NaN, Double.NaN, worse, Double.NaN, false,
          Verdict.INCONCLUSIVE, tooFew(b.length, c.length));
    }
    Bootstrap.Interval ci = bootstrap.ratioOfMediansInterval(c, b);
    MannWhitneyUTest.Result r = test.test(b, c);
    double p = r.getPValue();
    boolean exact = !r.hasTiedValues();
    String pText = Numbers.sig(p, 3);
    String alpha = Numbers.sig(thresholds.alpha());
    Verdict verdict;
    String note;
    if (!(p < thresholds.alpha())) {
      if (smallestTwoSidedP(b.length, c.length) >= thresholds.alpha()) {
        verdict = Verdict.INCONCLUSIVE;
        note = tooFew(b.length, c.length);
      } else {
        verdict = Verdict.UNCHANGED;
        note = "no significant difference (p " + pText + " >= " + alpha + ")";
      }
    } else if ((worse > 1 || worse < 1) && !intervalExcludesOne(direction, ci, worse > 1)) {
      verdict = Verdict.UNCHANGED;
      note = "p " + pText + ", but the 95% bootstrap interval of the ratio " + Numbers.interval(ci.low(), ci.high())
          + " includes 1";
    } else if (worse > thresholds.regressionFactor()) {
      verdict = Verdict.REGRESSION;
      note = change(worse) + " (median), p " + pText + " < " + alpha;
    } else if (worse < thresholds.improvementFactor()) {
      verdict = Verdict.IMPROVEMENT;
      note = change(worse) + " (median), p " + pText + " < " + alpha;
    } else {
      verdict = Verdict.UNCHANGED;
      note = "significant (p " + pText + ") but within the minimum effect of "
          + Numbers.percent(thresholds.minEffect());
    }
    return result(baseline, current, mb, mc, ci.low(), ci.high(), worse, p, exact, verdict, note);
  }

  /**
   * Why {@code m} against {@code n} samples cannot give a verdict: {@code 1 repetition on each side; a
   * verdict at alpha 0.05 needs at least 4 on each side}.
   */
  private String tooFew(int m, int n) {
    String counts = m == n ? samples(m) + " on each side"
        : samples(m) + " in the baseline and " + n + " in the current results";
    return counts + "; a verdict at alpha " + Numbers.sig(thresholds.alpha()) + " needs at least "
        + minimumPerSide(thresholds.alpha()) + " on each side";
  }

  private String samples(int count) {
    return count + " " + sampleNoun + (count == 1 ? "" : "s");
  }

  /**
   * {@code 20.0% worse} or {@code 16.7% better} (the same factor 1.2 either way), {@link Numbers#NONE}
   * when unknown.
   *
   * @param worseFactor how many times worse the current median is, {@code > 1} worse
   */
  public static String change(double worseFactor) {
    if (!Double.isFinite(worseFactor)) {
      return Numbers.NONE;
    }
    return worseFactor >= 1 ? Numbers.percent(worseFactor - 1) + " worse"
        : Numbers.percent(1 - worseFactor) + " better";
  }

  /** The fewest samples per side (equal sides, no ties) with which the exact test can reach {@code p < alpha}. */
  static int minimumPerSide(double alpha) {
    int n = 2;
    while (smallestTwoSidedP(n, n) >= alpha) {
      n++;
    }
    return n;
  }

  /**
   * True when the bootstrap interval of current/baseline lies entirely on the worse ({@code worse}) or
   * better side of 1, in the metric's direction.
   */
  private static boolean intervalExcludesOne(Direction direction, Bootstrap.Interval ci, boolean worse) {
    boolean higherRatioIsWorse = direction == Direction.LOWER_IS_BETTER;
    return worse == higherRatioIsWorse ? ci.low() > 1 : ci.high() < 1;
  }

  private static SampleComparison result(Metric baseline, Metric current, double mb, double mc, double low,
      double high, double worse, double p, boolean exact, Verdict verdict, String note) {
    return new SampleComparison(current.id(), current.unit(), current.direction(), baseline.count(),
        current.count(), mb, mc, mc / mb, low, high, worse, p, exact, verdict, note);
  }

  /** A metric only the baseline has. */
  public static SampleComparison missing(Metric baseline) {
    return new SampleComparison(baseline.id(), baseline.unit(), baseline.direction(), baseline.count(), 0,
        Bootstrap.median(baseline.samples()), Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
        Double.NaN, false, Verdict.MISSING, "in the baseline but not in the current results");
  }

  /** A metric only the current results have. */
  public static SampleComparison added(Metric current) {
    return new SampleComparison(current.id(), current.unit(), current.direction(), 0, current.count(),
        Double.NaN, Bootstrap.median(current.samples()), Double.NaN, Double.NaN, Double.NaN, Double.NaN,
        Double.NaN, false, Verdict.NEW, "not in the baseline; update the baseline to track it");
  }

  /**
   * The smallest two-sided p of the exact Mann-Whitney test with {@code m} and {@code n} untied
   * samples: both extreme orderings, {@code 2 / C(m + n, m)}, capped at 1.
   */
  static double smallestTwoSidedP(int m, int n) {
    double logChoose = 0;
    for (int i = 1; i <= Math.min(m, n); i++) {
      logChoose += Math.log(Math.max(m, n) + i) - Math.log(i);
    }
    return Math.min(1, 2 * Math.exp(-logChoose));
  }
}
