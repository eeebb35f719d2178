package org.scalebench.workloads.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.apache.commons.text.similarity.LevenshteinDistance;
import org.junit.jupiter.api.Test;

/**
 * The Levenshtein kernel against Commons Text's {@code LevenshteinDistance}, which counts UTF-16
 * chars: they agree on strings inside the Basic Multilingual Plane and may not outside it.
 */
class CommonsTextAgreementTest {
  private static final LevenshteinDistance COMMONS = LevenshteinDistance.getDefaultInstance();
  private static final int[] BMP = {'a', 'b', 'c', ' ', '.', 'é', 'ß', 'Ω', '北', '京', 0xFFFD};

  @Test
  void agreesWithCommonsTextOnBmpStrings() {
    RandomStrings random = new RandomStrings(8);
    for (int round = 0; round < 1000; round++) {
      int[] a = random.next(BMP, round % 5 == 0 ? 200 : 40);
      int[] b = round % 2 == 0 ? random.mutate(a, BMP, 6) : random.next(BMP, 40);
      String sa = RandomStrings.string(a);
      String sb = RandomStrings.string(b);
      assertEquals((int) COMMONS.apply(sa, sb), LevenshteinPattern.of(a).distance(b), sa + " / " + sb);
    }
  }

  @Test
  void countsCodePointsWhereCommonsTextCountsChars() {
    // U+20BB7 vs U+5409: one substitution of code points, two of UTF-16 chars
    assertEquals(2, (int) COMMONS.apply("𠮷野家", "吉野家"));
    assertEquals(1, LevenshteinPattern.of(DpOracle.cp("𠮷野家")).distance(DpOracle.cp("吉野家")));
    // an emoji against an ASCII letter: two chars to edit, one code point
    assertEquals(2, (int) COMMONS.apply("😀", "a"));
    assertEquals(1, LevenshteinPattern.of(DpOracle.cp("😀")).distance(DpOracle.cp("a")));
    assertNotEquals(SimilarityMetric.LEVENSHTEIN_SIMILARITY.score("😀b", "ab"),
        1.0 - COMMONS.apply("😀b", "ab") / (double) Math.max("😀b".length(), "ab".length()));
  }
}
