package org.scalebench.workloads.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The integer bounds agree with the double expression for every length and many thresholds. */
class ThresholdBoundsTest {
  private static final double[] THRESHOLDS = {0.0, 0.1, 0.5, 0.6, 2.0 / 3.0, 0.7, 0.75, 0.8, 0.85, 0.9,
      0.95, 0.99, 1.0, Math.nextDown(0.8), Math.nextUp(0.8), 8.0 / 13.0, 18.0 / 19.0};

  @Test
  void minimalLcsIsTheSmallestReachingTheThreshold() {
    for (double t : THRESHOLDS) {
      ThresholdBounds bounds = new ThresholdBounds(SimilarityMetric.INDEL_RATIO, t, 200, 200);
      for (int lengthSum = 0; lengthSum <= 400; lengthSum++) {
        int expected = lengthSum / 2 + 1;
        for (int lcs = 0; lcs <= lengthSum / 2; lcs++) {
          double ratio = lengthSum == 0 ? 1.0 : (double) (2 * lcs) / (double) lengthSum;
          if (ratio >= t) {
            expected = lcs;
            break;
          }
        }
        assertEquals(expected, bounds.minLcs(lengthSum), "threshold " + t + ", length sum " + lengthSum);
      }
    }
  }

  @Test
  void maximalDistanceIsTheLargestReachingTheThreshold() {
    for (double t : THRESHOLDS) {
      ThresholdBounds bounds = new ThresholdBounds(SimilarityMetric.LEVENSHTEIN_SIMILARITY, t, 300, 120);
      for (int longer = 0; longer <= 300; longer++) {
        int expected = -1;
        for (int d = 0; d <= longer; d++) {
          double similarity = longer == 0 ? 1.0 : 1.0 - (double) d / (double) longer;
          if (similarity >= t) {
            expected = d;
          }
        }
        assertEquals(expected, bounds.maxDistance(longer), "threshold " + t + ", longer " + longer);
      }
    }
  }
}
