package org.scalebench.analysis.compare;

import java.util.Locale;
import java.util.SplittableRandom;
import org.scalebench.analysis.testing.JmhJson;

/**
 * Prints the verdict's A/A false-alarm rate and its power against a 20% slowdown for a grid of noise
 * levels and sample counts (1000 seeded trials each; default thresholds), the numbers quoted in
 * {@code analysis/README-compare.md}. Run from the test classpath: {@code java ... PowerTable}.
 */
public final class PowerTable {
  private PowerTable() {}

  public static void main(String[] args) {
    SampleComparator comparator = new SampleComparator(Thresholds.defaults());
    System.out.println("| CV | samples per side | A/A regression | A/A flagged either way | 20% slowdown caught |");
    System.out.println("|---:|---:|---:|---:|---:|");
    for (double cv : new double[] {0.05, 0.10, 0.20, 0.40}) {
      for (int n : new int[] {5, 10, 15, 20, 30}) {
        SplittableRandom random = new SplittableRandom(7);
        int aaRegression = 0;
        int aaFlagged = 0;
        int caught = 0;
        int trials = 1000;
        for (int t = 0; t < trials; t++) {
          Verdict aa = comparator.compare(metric(random, n, 100, cv), metric(random, n, 100, cv)).verdict();
          aaRegression += aa == Verdict.REGRESSION ? 1 : 0;
          aaFlagged += aa == Verdict.REGRESSION || aa == Verdict.IMPROVEMENT ? 1 : 0;
          Verdict slow = comparator.compare(metric(random, n, 100, cv), metric(random, n, 120, cv)).verdict();
          caught += slow == Verdict.REGRESSION ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "| %.0f%% | %d | %.1f%% | %.1f%% | %.1f%% |%n", cv * 100, n,
            100.0 * aaRegression / trials, 100.0 * aaFlagged / trials, 100.0 * caught / trials);
      }
    }
  }

  private static Metric metric(SplittableRandom random, int n, double median, double cv) {
    return new Metric("k", "ns/op", Direction.LOWER_IS_BETTER, JmhJson.logNormal(random, n, median, cv));
  }
}
