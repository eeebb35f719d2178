package org.scalebench.workloads.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The bit-parallel kernels agree with the dynamic-programming oracle on random strings. */
class KernelPropertyTest {
  private static final List<int[]> ALPHABETS =
      List.of(RandomStrings.BINARY, RandomStrings.DNA, RandomStrings.MIXED, RandomStrings.HASHED);

  @Test
  void lcsAndLevenshteinMatchTheOracleForShortAndLongStrings() {
    RandomStrings random = new RandomStrings(42);
    // lengths up to 260 cover one word (<= 64), exactly 64/65/128 and five words
    for (int round = 0; round < 1500; round++) {
      int[] alphabet = ALPHABETS.get(round % ALPHABETS.size());
      int maxLength = round % 3 == 0 ? 260 : 70;
      int[] a = random.next(alphabet, maxLength);
      int[] b = round % 2 == 0 ? random.mutate(a, alphabet, random.nextInt(8)) : random.next(alphabet, maxLength);
      assertKernelsMatch(a, b);
      assertKernelsMatch(b, a);
    }
  }

  @Test
  void wordBoundaryLengthsMatchTheOracle() {
    RandomStrings random = new RandomStrings(7);
    int[] lengths = {0, 1, 2, 63, 64, 65, 127, 128, 129, 191, 192, 193};
    for (int la : lengths) {
      for (int lb : lengths) {
        for (int[] alphabet : ALPHABETS) {
          int[] a = exactly(random, alphabet, la);
          int[] b = exactly(random, alphabet, lb);
          assertKernelsMatch(a, b);
        }
      }
    }
  }

  @Test
  void oneInstanceReusedForManyPatternsGivesTheSameAsFreshOnes() {
    RandomStrings random = new RandomStrings(99);
    LcsPattern lcs = new LcsPattern();
    LevenshteinPattern lev = new LevenshteinPattern();
    for (int round = 0; round < 400; round++) {
      int[] alphabet = ALPHABETS.get(random.nextInt(ALPHABETS.size()));
      // alternate short and long patterns so the reset shrinks and grows the word count
      int[] a = random.next(alphabet, round % 2 == 0 ? 20 : 200);
      lcs.reset(a);
      lev.reset(a);
      for (int k = 0; k < 3; k++) {
        int[] b = random.next(RandomStrings.MIXED, 150);
        assertEquals(DpOracle.lcs(a, b), lcs.lcs(b));
        assertEquals(DpOracle.levenshtein(a, b), lev.distance(b));
      }
    }
  }

  @Test
  void boundedKernelsAreExactWhenTheBoundIsMetAndBelowOrAboveItOtherwise() {
    RandomStrings random = new RandomStrings(5);
    for (int round = 0; round < 1000; round++) {
      int[] alphabet = ALPHABETS.get(round % ALPHABETS.size());
      int[] a = random.next(alphabet, round % 4 == 0 ? 150 : 40);
      int[] b = random.next(alphabet, round % 4 == 0 ? 150 : 40);
      int lcs = DpOracle.lcs(a, b);
      int distance = DpOracle.levenshtein(a, b);
      int minLcs = random.nextInt(Math.max(1, Math.min(a.length, b.length) + 2));
      int maxDistance = random.nextInt(Math.max(a.length, b.length) + 2);
      int boundedLcs = LcsPattern.of(a).lcs(b, minLcs);
      int boundedDistance = LevenshteinPattern.of(a).distance(b, maxDistance);
      if (lcs >= minLcs) {
        assertEquals(lcs, boundedLcs);
      } else {
        assertTrue(boundedLcs < minLcs, "bounded LCS " + boundedLcs + " must stay below " + minLcs);
      }
      if (distance <= maxDistance) {
        assertEquals(distance, boundedDistance);
      } else {
        assertTrue(boundedDistance > maxDistance, "bounded distance " + boundedDistance + " must exceed "
            + maxDistance);
      }
    }
  }

  @Test
  void bagBoundNeverExceedsTheTrueLcsOrUndercutsTheDistance() {
    RandomStrings random = new RandomStrings(11);
    for (int round = 0; round < 2000; round++) {
      int[] alphabet = ALPHABETS.get(round % ALPHABETS.size());
      int[] a = random.next(alphabet, 50);
      int[] b = round % 2 == 0 ? random.mutate(a, alphabet, 5) : random.next(alphabet, 50);
      PreparedString pa = PreparedString.of(RandomStrings.string(a));
      PreparedString pb = PreparedString.of(RandomStrings.string(b));
      int lcs = DpOracle.lcs(a, b);
      assertTrue(lcs <= a.length - BagBound.unmatched(pa, pb));
      assertTrue(lcs <= b.length - BagBound.unmatched(pb, pa));
      int distance = DpOracle.levenshtein(a, b);
      assertTrue(distance >= Math.max(BagBound.unmatched(pa, pb), BagBound.unmatched(pb, pa)));
    }
  }

  @Test
  void indelDistanceIsLengthSumMinusTwiceTheLcs() {
    // the identity the ratio relies on, checked against the independent InDel table
    RandomStrings random = new RandomStrings(3);
    for (int round = 0; round < 500; round++) {
      int[] a = random.next(RandomStrings.MIXED, 80);
      int[] b = random.mutate(a, RandomStrings.MIXED, random.nextInt(10));
      assertEquals(DpOracle.indel(a, b), a.length + b.length - 2 * LcsPattern.of(a).lcs(b));
    }
  }

  private static int[] exactly(RandomStrings random, int[] alphabet, int length) {
    int[] s = new int[length];
    for (int i = 0; i < length; i++) {
      s[i] = alphabet[random.nextInt(alphabet.length)];
    }
    return s;
  }

  private static void assertKernelsMatch(int[] a, int[] b) {
    String context = "a=" + RandomStrings.string(a) + " b=" + RandomStrings.string(b);
    assertEquals(DpOracle.lcs(a, b), LcsPattern.of(a).lcs(b), () -> "LCS of " + context);
    assertEquals(DpOracle.levenshtein(a, b), LevenshteinPattern.of(a).distance(b),
        () -> "Levenshtein of " + context);
  }
}
