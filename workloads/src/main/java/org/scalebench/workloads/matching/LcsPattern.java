package org.scalebench.workloads.matching;

import java.util.Arrays;

/**
 * Bit-parallel length of the longest common subsequence (LCS) of one prepared pattern against many
 * texts, over Unicode code points.
 *
 * <p>The algorithm is the bit-vector LCS of Allison and Dix (1986, "A bit-string
 * longest-common-subsequence algorithm", IPL 23) in the form of Crochemore et al. (2001) and Hyyrö
 * (2004, "Bit-parallel LCS-length computation revisited"): with {@code V} all ones and {@code M}
 * the match mask of the next text character, {@code V' = (V + (V & M)) | (V & ~M)}; after the whole
 * text the LCS length is the number of zero bits among the low {@code m} bits of {@code V}. The
 * addition moves a zero up to the next match within a run, which is the dynamic-programming
 * recurrence of one whole column in a few word operations: {@code O(ceil(m/64) * n)} instead of
 * {@code O(m * n)}.
 *
 * <p>Patterns of up to 64 code points use one {@code long}; longer ones a {@code long[]} across
 * which the carry of the addition is propagated. An instance is mutable and not thread-safe: it is
 * the per-thread scratch of the all-pairs loop, {@link #reset} once per left string, then
 * {@link #lcs} against every right string without allocating.
 */
public final class LcsPattern {
  private final PatternMasks masks = new PatternMasks();
  private long[] vector = new long[1];
  private long lastWordMask;

  /** An empty pattern; call {@link #reset} before use. */
  public LcsPattern() {
    reset(new int[0]);
  }

  /** A pattern prepared for {@code codePoints}. */
  public static LcsPattern of(int[] codePoints) {
    LcsPattern pattern = new LcsPattern();
    pattern.reset(codePoints);
    return pattern;
  }

  /**
   * Prepares {@code codePoints} as the pattern, reusing this instance's arrays. The array is kept
   * (not copied) and must not be modified while it is the pattern.
   */
  public void reset(int[] codePoints) {
    masks.reset(codePoints);
    if (vector.length < masks.words()) {
      vector = new long[masks.words()];
    }
    int tailBits = codePoints.length & 63;
    lastWordMask = tailBits == 0 ? -1L : (1L << tailBits) - 1;
  }

  /** The pattern's length in code points. */
  public int length() {
    return masks.length();
  }

  /** The exact LCS length of the pattern and {@code text}. */
  public int lcs(int[] text) {
    return lcs(text, 0);
  }

  /**
   * The LCS length of the pattern and {@code text} when it is at least {@code minLcs}; otherwise
   * some value below {@code minLcs} (the computation may stop early once the LCS so far plus the
   * text characters left cannot reach {@code minLcs}, since each character adds at most one).
   */
  public int lcs(int[] text, int minLcs) {
    int m = masks.length();
    if (m == 0 || text.length == 0) {
      return 0;
    }
    return masks.words() == 1 ? lcsSingleWord(text, minLcs) : lcsMultiWord(text, minLcs);
  }

  private int lcsSingleWord(int[] text, int minLcs) {
    long[] rows = masks.masks();
    long v = -1L;
    int n = text.length;
    for (int j = 0; j < n; j++) {
      long u = v & rows[masks.row(text[j])];
      v = (v + u) | (v - u);
      // an early exit costs a popcount: check every 8 characters, which is often enough to stop
      // a hopeless pair halfway through a name
      if ((j & 7) == 7 && Long.bitCount(~v & lastWordMask) + (n - 1 - j) < minLcs) {
        return Long.bitCount(~v & lastWordMask);
      }
    }
    return Long.bitCount(~v & lastWordMask);
  }

  private int lcsMultiWord(int[] text, int minLcs) {
    long[] rows = masks.masks();
    int words = masks.words();
    long[] v = vector;
    Arrays.fill(v, 0, words, -1L);
    int n = text.length;
    for (int j = 0; j < n; j++) {
      int base = masks.row(text[j]) * words;
      long carry = 0;
      for (int w = 0; w < words; w++) {
        long vw = v[w];
        long u = vw & rows[base + w];
        long sum = vw + u + carry;
        // carry out of the three-input addition: the majority of the top bits of vw, u and the
        // inverted sum (Hacker's Delight, 2-13)
        carry = ((vw & u) | ((vw | u) & ~sum)) >>> 63;
        v[w] = sum | (vw - u);
      }
      if ((j & 7) == 7 && zeros(v, words) + (n - 1 - j) < minLcs) {
        return zeros(v, words);
      }
    }
    return zeros(v, words);
  }

  private int zeros(long[] v, int words) {
    int count = 0;
    for (int w = 0; w < words - 1; w++) {
      count += Long.bitCount(~v[w]);
    }
    return count + Long.bitCount(~v[words - 1] & lastWordMask);
  }
}
