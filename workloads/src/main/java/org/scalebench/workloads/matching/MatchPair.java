package org.scalebench.workloads.matching;

/** One matching pair: positions in the left and right lists and its score in {@code [0, 1]}. */
public record MatchPair(int leftIndex, int rightIndex, double score) {
  public MatchPair {
    if (leftIndex < 0 || rightIndex < 0) {
      throw new IllegalArgumentException(
          "pair indices must be >= 0, got left " + leftIndex + ", right " + rightIndex);
    }
    if (!(score >= 0.0 && score <= 1.0)) {
      throw new IllegalArgumentException("pair score must be in [0, 1], got " + score);
    }
  }
}
