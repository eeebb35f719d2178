package org.scalebench.analysis.ab;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.scalebench.analysis.compare.Verdict;

/**
 * Prints the A/A run-wise false-alarm rate and the power of the paired verdict on synthetic runs
 * ({@link SyntheticAbRun#sharedMachine}: drift and bursts on both sides) for a grid of noise, rounds and
 * family sizes, 1000 seeded trials per cell: the table of {@code analysis/README-ab.md}. Not a test (a
 * minute of CPU); run from the test classpath:
 * {@code java -cp ... org.scalebench.analysis.ab.AbPowerTable [signed-rank|bootstrap] [trials]}.
 */
public final class AbPowerTable {
  private AbPowerTable() {}

  public static void main(String[] args) {
    IntervalMethod method = args.length > 0 && args[0].equals("bootstrap") ? IntervalMethod.BOOTSTRAP
        : IntervalMethod.SIGNED_RANK;
    int trials = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    boolean oneSided = args.length > 2 && args[2].equals("one-sided");
    PairedComparison comparison = new PairedComparison(AbSettings.withDefaults().withInterval(method));
    System.out.println("interval " + method + ", " + trials + " trials per cell" + (oneSided ? ", one-sided bursts" : ""));
    System.out.println("| cv | rounds | family | A/A runs flagged | A/A unchanged | 5% caught | 10% caught | 20% caught |");
    System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (double cv : new double[] {0.03, 0.05, 0.10}) {
      for (int rounds : new int[] {10, 15, 20}) {
        for (int family : new int[] {1, 8}) {
          SyntheticAbRun model = oneSided ? new SyntheticAbRun(rounds, cv, 0.3, 0.2, 1.0, true)
              : SyntheticAbRun.sharedMachine(rounds, cv);
          Rates aa = rates(comparison, model, family, 1.0, trials, 101);
          Rates p5 = rates(comparison, model, family, 1.05, trials, 105);
          Rates p10 = rates(comparison, model, family, 1.10, trials, 110);
          Rates p20 = rates(comparison, model, family, 1.20, trials, 120);
          System.out.printf(Locale.ROOT, "| %.0f%% | %d | %d | %.1f%% | %.1f%% | %.1f%% | %.1f%% | %.1f%% |%n",
              cv * 100, rounds, family, aa.flaggedRuns, aa.unchanged, p5.caught, p10.caught, p20.caught);
        }
      }
    }
  }

  /** Percentages: runs with any flag, benchmarks unchanged, runs whose planted slowdown was a regression. */
  record Rates(double flaggedRuns, double unchanged, double caught) {}

  static Rates rates(PairedComparison comparison, SyntheticAbRun model, int family, double slowdown, int trials,
      long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int flagged = 0;
    int unchanged = 0;
    int caught = 0;
    for (int t = 0; t < trials; t++) {
      List<PairedVerdict> v = comparison.compare(model.family(random, family, slowdown)).verdicts();
      flagged += v.stream().anyMatch(x -> x.verdict() == Verdict.REGRESSION || x.verdict() == Verdict.IMPROVEMENT)
          ? 1 : 0;
      unchanged += (int) v.stream().filter(x -> x.verdict() == Verdict.UNCHANGED).count();
      caught += v.get(0).verdict() == Verdict.REGRESSION ? 1 : 0;
    }
    return new Rates(100.0 * flagged / trials, 100.0 * unchanged / trials / family, 100.0 * caught / trials);
  }
}
