package org.scalebench.workloads.matching;

import java.util.Objects;

/**
 * What counts as a match: the metric, the threshold a pair's score must reach ({@code score >=
 * threshold}), and whether the exact pruning is on (it never changes the result, only the time;
 * off is the reference the tests compare against).
 */
public record MatchSpec(SimilarityMetric metric, double threshold, boolean pruning) {
  public MatchSpec {
    Objects.requireNonNull(metric, "metric must not be null");
    if (!(threshold >= 0.0 && threshold <= 1.0)) {
      throw new IllegalArgumentException("threshold must be in [0, 1], got " + threshold);
    }
  }

  /** The python-Levenshtein ratio at {@code threshold}, with pruning. */
  public static MatchSpec ratioAtLeast(double threshold) {
    return new MatchSpec(SimilarityMetric.INDEL_RATIO, threshold, true);
  }

  public MatchSpec withPruning(boolean on) {
    return new MatchSpec(metric, threshold, on);
  }
}
