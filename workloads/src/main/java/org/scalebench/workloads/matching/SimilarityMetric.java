package org.scalebench.workloads.matching;

/**
 * The similarity scores the matcher computes, each from one integer measure of a pair (the LCS
 * length or the edit distance) and the two lengths in code points. Every score is written as
 * exactly one expression here: the threshold bounds ({@link ThresholdBounds}) evaluate the same
 * expression, so a pair whose score is exactly the threshold is kept with and without pruning.
 */
public enum SimilarityMetric {
  /**
   * The {@code ratio} of the Python {@code Levenshtein} package: {@code (lensum - indel) / lensum}
   * with {@code indel} the insert/delete distance (a substitution costs 2), which equals {@code 2 *
   * lcs / lensum}; computed as the single division {@code (double) (2 * lcs) / (double) lensum} so
   * that it matches python-Levenshtein to the last bit ({@code 1 - indel / lensum} differs in the
   * last bit for many lengths, and pairs exactly on a threshold such as 0.8 then flip). Two empty
   * strings score 1.0. The measure is the LCS length.
   */
  INDEL_RATIO {
    @Override
    public double score(int lcs, int lengthA, int lengthB) {
      int lengthSum = lengthA + lengthB;
      return lengthSum == 0 ? 1.0 : (double) (2 * lcs) / (double) lengthSum;
    }
  },

  /**
   * Levenshtein distance {@code d} (unit costs) normalized by the longer length: {@code 1.0 -
   * (double) d / (double) max(lengthA, lengthB)}, in that evaluation order; two empty strings score
   * 1.0. Lengths are code points, so on strings outside the Basic Multilingual Plane it differs from
   * Commons Text's {@code LevenshteinDistance}, which counts UTF-16 chars. The measure is the
   * distance.
   */
  LEVENSHTEIN_SIMILARITY {
    @Override
    public double score(int distance, int lengthA, int lengthB) {
      int longer = Math.max(lengthA, lengthB);
      return longer == 0 ? 1.0 : 1.0 - (double) distance / (double) longer;
    }
  };

  /** The value of the {@code metric} parameter that selects this metric. */
  public String paramValue() {
    return this == INDEL_RATIO ? "ratio" : "levenshtein";
  }

  /** The metric a {@code metric} parameter value selects ({@code ratio} or {@code levenshtein}). */
  public static SimilarityMetric fromParam(String value) {
    for (SimilarityMetric m : values()) {
      if (m.paramValue().equals(value)) {
        return m;
      }
    }
    throw new IllegalArgumentException("no metric '" + value + "'");
  }

  /** The score of a pair from its measure (LCS length or distance) and lengths in code points. */
  public abstract double score(int measure, int lengthA, int lengthB);

  /** The exact measure of a pair with the bit-parallel kernel (allocates; for one-off use). */
  public int measure(PreparedString a, PreparedString b) {
    return this == INDEL_RATIO
        ? LcsPattern.of(a.codePoints()).lcs(b.codePoints())
        : LevenshteinPattern.of(a.codePoints()).distance(b.codePoints());
  }

  /** The score of one pair (allocates; the all-pairs loop uses {@link PairFinder}). */
  public double score(PreparedString a, PreparedString b) {
    return score(measure(a, b), a.lengthCodePoints(), b.lengthCodePoints());
  }

  /** The score of one pair of strings (allocates; for one-off use and tests). */
  public double score(String a, String b) {
    return score(PreparedString.of(a), PreparedString.of(b));
  }
}
