package org.scalebench.workloads.matching;

/**
 * Bit-parallel Levenshtein distance (insert, delete and substitute each cost 1) of one prepared
 * pattern against many texts, over Unicode code points.
 *
 * <p>The algorithm is Myers (1999, "A fast bit-vector algorithm for approximate string matching
 * based on dynamic programming", JACM 46(3)) in Hyyrö's formulation (2001/2003): the column of the
 * dynamic-programming table is kept as vertical deltas in two bit vectors {@code Pv} (+1) and
 * {@code Mv} (-1), and one text character updates the whole column in about 15 word operations.
 * For a global distance (not a search) the top row is {@code D[0][j] = j}, so a +1 horizontal
 * delta enters at bit 0 of every step. The score {@code D[m][j]} follows the horizontal delta at
 * the last pattern row.
 *
 * <p>Patterns longer than 64 code points are split into 64-bit blocks, each passing its horizontal
 * delta at the bottom row to the next block as in Myers' {@code advance_block} (section 4 of the
 * paper): a -1 entering a block also sets bit 0 of its match vector, which stands in for the carry
 * of the addition. An instance is mutable, not thread-safe scratch, like {@link LcsPattern}.
 */
public final class LevenshteinPattern {
  private static final long HIGH_BIT = 1L << 63;

  private final PatternMasks masks = new PatternMasks();
  private long[] positive = new long[1];
  private long[] negative = new long[1];
  private long lastBit;
  /** The position of {@code lastBit}, for the branch-free score update. */
  private int lastShift;

  /** An empty pattern; call {@link #reset} before use. */
  public LevenshteinPattern() {
    reset(new int[0]);
  }

  /** A pattern prepared for {@code codePoints}. */
  public static LevenshteinPattern of(int[] codePoints) {
    LevenshteinPattern pattern = new LevenshteinPattern();
    pattern.reset(codePoints);
    return pattern;
  }

  /** Prepares {@code codePoints} (kept, not copied) as the pattern, reusing this instance's arrays. */
  public void reset(int[] codePoints) {
    masks.reset(codePoints);
    int words = masks.words();
    if (positive.length < words) {
      positive = new long[words];
      negative = new long[words];
    }
    lastShift = codePoints.length == 0 ? 0 : (codePoints.length - 1) & 63;
    lastBit = codePoints.length == 0 ? 0 : 1L << lastShift;
  }

  /** The pattern's length in code points. */
  public int length() {
    return masks.length();
  }

  /** The exact Levenshtein distance of the pattern and {@code text}. */
  public int distance(int[] text) {
    return distance(text, Integer.MAX_VALUE);
  }

  /**
   * The Levenshtein distance of the pattern and {@code text} when it is at most {@code
   * maxDistance}; otherwise some value above {@code maxDistance} (the computation stops once the
   * distance so far minus the text characters left exceeds it, since each character lowers the
   * last row by at most one).
   */
  public int distance(int[] text, int maxDistance) {
    int m = masks.length();
    if (m == 0) {
      return text.length;
    }
    if (text.length == 0) {
      return m;
    }
    return masks.words() == 1
        ? distanceSingleWord(text, maxDistance)
        : distanceMultiWord(text, maxDistance);
  }

  private int distanceSingleWord(int[] text, int maxDistance) {
    long[] rows = masks.masks();
    long pv = -1L;
    long mv = 0L;
    int score = masks.length();
    int shift = lastShift;
    int n = text.length;
    for (int j = 0; j < n; j++) {
      long eq = rows[masks.row(text[j])];
      long xv = eq | mv;
      long xh = (((eq & pv) + pv) ^ pv) | eq;
      long ph = mv | ~(xh | pv);
      long mh = pv & xh;
      // branch-free: whether the last row goes up or down is data-dependent and unpredictable, and
      // a mispredicted branch per character would cost more than the whole bit-vector update
      score += (int) ((ph >>> shift) & 1L) - (int) ((mh >>> shift) & 1L);
      ph = (ph << 1) | 1L;
      mh <<= 1;
      pv = mh | ~(xv | ph);
      mv = ph & xv;
      if (score - (n - 1 - j) > maxDistance) {
        return score - (n - 1 - j);
      }
    }
    return score;
  }

  private int distanceMultiWord(int[] text, int maxDistance) {
    long[] rows = masks.masks();
    int words = masks.words();
    long[] pvs = positive;
    long[] mvs = negative;
    java.util.Arrays.fill(pvs, 0, words, -1L);
    java.util.Arrays.fill(mvs, 0, words, 0L);
    int score = masks.length();
    int n = text.length;
    for (int j = 0; j < n; j++) {
      int base = masks.row(text[j]) * words;
      int hin = 1;
      for (int w = 0; w < words; w++) {
        long eq = rows[base + w];
        long pv = pvs[w];
        long mv = mvs[w];
        long xv = eq | mv;
        if (hin < 0) {
          eq |= 1L;
        }
        long xh = (((eq & pv) + pv) ^ pv) | eq;
        long ph = mv | ~(xh | pv);
        long mh = pv & xh;
        long high = w == words - 1 ? lastBit : HIGH_BIT;
        int hout = (ph & high) != 0 ? 1 : ((mh & high) != 0 ? -1 : 0);
        ph <<= 1;
        mh <<= 1;
        if (hin < 0) {
          mh |= 1L;
        } else if (hin > 0) {
          ph |= 1L;
        }
        pvs[w] = mh | ~(xv | ph);
        mvs[w] = ph & xv;
        hin = hout;
      }
      score += hin;
      if (score - (n - 1 - j) > maxDistance) {
        return score - (n - 1 - j);
      }
    }
    return score;
  }
}
