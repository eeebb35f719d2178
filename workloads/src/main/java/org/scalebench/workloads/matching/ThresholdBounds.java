package org.scalebench.workloads.matching;

/**
 * Integer bounds equivalent to {@code metric.score(measure, la, lb) >= threshold}, so the pruning
 * compares integers and never disagrees with the score in the last bit.
 *
 * <p>For {@link SimilarityMetric#INDEL_RATIO} the bound is the smallest LCS that reaches the threshold for
 * each length sum; for {@link SimilarityMetric#LEVENSHTEIN_SIMILARITY} the largest distance that does for
 * each longer length. Both are found by evaluating the metric's own score expression (monotone in
 * the measure, since a double division by a fixed divisor is monotone in the dividend), starting
 * from the real-number estimate and stepping to the exact boundary.
 */
final class ThresholdBounds {
  private final SimilarityMetric metric;
  private final double threshold;
  /** INDEL_RATIO: minimum LCS by length sum; LEVENSHTEIN_SIMILARITY: maximum distance by max length. */
  private final int[] bound;

  ThresholdBounds(SimilarityMetric metric, double threshold, int maxLengthA, int maxLengthB) {
    this.metric = metric;
    this.threshold = threshold;
    int size = metric == SimilarityMetric.INDEL_RATIO
        ? maxLengthA + maxLengthB + 1
        : Math.max(maxLengthA, maxLengthB) + 1;
    bound = new int[size];
    for (int i = 0; i < size; i++) {
      bound[i] = metric == SimilarityMetric.INDEL_RATIO ? computeMinLcs(i) : computeMaxDistance(i);
    }
  }

  /**
   * The smallest LCS whose ratio reaches the threshold at this length sum, or {@code lengthSum / 2
   * + 1} (more than any LCS can be) when none does.
   */
  int minLcs(int lengthSum) {
    return bound[lengthSum];
  }

  /** The largest distance whose similarity reaches the threshold at this longer length, or -1. */
  int maxDistance(int longerLength) {
    return bound[longerLength];
  }

  /** Whether a pair with these lengths can reach the threshold at all (LCS and distance bounds). */
  boolean lengthsFeasible(int lengthA, int lengthB) {
    return metric == SimilarityMetric.INDEL_RATIO
        ? Math.min(lengthA, lengthB) >= bound[lengthA + lengthB]
        : Math.abs(lengthA - lengthB) <= bound[Math.max(lengthA, lengthB)];
  }

  /** Exactly {@code metric.score(measure, lengthA, lengthB) >= threshold}, in integers. */
  boolean accepts(int measure, int lengthA, int lengthB) {
    return metric == SimilarityMetric.INDEL_RATIO
        ? measure >= bound[lengthA + lengthB]
        : measure <= bound[Math.max(lengthA, lengthB)];
  }

  private int computeMinLcs(int lengthSum) {
    int most = lengthSum / 2;
    int lcs = (int) Math.min(most + 1L, Math.max(0L, (long) Math.ceil(threshold * lengthSum / 2)));
    while (lcs > 0 && reaches(lcs - 1, lengthSum)) {
      lcs--;
    }
    while (lcs <= most && !reaches(lcs, lengthSum)) {
      lcs++;
    }
    return lcs;
  }

  private boolean reaches(int lcs, int lengthSum) {
    // lengths only matter through their sum for this metric
    return metric.score(lcs, lengthSum, 0) >= threshold;
  }

  private int computeMaxDistance(int longer) {
    int distance = (int) Math.max(-1L, Math.min(longer, (long) Math.floor((1 - threshold) * longer)));
    while (distance < longer && similar(distance + 1, longer)) {
      distance++;
    }
    while (distance >= 0 && !similar(distance, longer)) {
      distance--;
    }
    return distance;
  }

  private boolean similar(int distance, int longer) {
    return metric.score(distance, longer, 0) >= threshold;
  }
}
