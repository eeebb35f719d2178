package org.scalebench.workloads.matching;

import java.util.Arrays;

/**
 * The match masks of a pattern for the bit-parallel kernels: for every code point {@code c}, the
 * bit vector whose bit {@code i} is set when {@code pattern[i] == c} ({@code Peq} in Myers 1999,
 * {@code M} in Allison and Dix 1986), in {@link #words()} 64-bit words.
 *
 * <p>Masks are stored as rows of one flat {@code long[]}: rows 0-255 are the Latin-1 code points
 * (looked up directly, since name-like data is mostly Latin), row 256 is all zeros (a code point not
 * in the pattern), and the rows after it belong to the slots of an open-addressing hash table for
 * the other code points of the pattern. A text character is thus one array load away from its mask
 * in the common case, and never allocates.
 *
 * <p>One instance is reused for many patterns: {@link #reset} clears only the rows the previous
 * pattern set, so preparing a pattern costs {@code O(m * words)}, not a 2 KB fill.
 */
final class PatternMasks {
  private static final int DIRECT_ROWS = 256;
  private static final int ZERO_ROW = DIRECT_ROWS;
  private static final int FIRST_HASH_ROW = DIRECT_ROWS + 1;
  private static final int EMPTY = -1;

  private int[] pattern = new int[0];
  private int words = 1;
  private long[] masks = new long[FIRST_HASH_ROW];
  /** Code points of the hash slots ({@code EMPTY} when free); length is a power of two. */
  private int[] hashKeys = new int[0];
  private int hashMask = -1;

  /** Builds the masks of {@code newPattern}, which must not be modified while in use. */
  void reset(int[] newPattern) {
    clear();
    pattern = newPattern;
    int m = newPattern.length;
    words = Math.max(1, (m + 63) >>> 6);
    int hashSlots = hashSlotsFor(newPattern);
    int rowsNeeded = FIRST_HASH_ROW + hashSlots;
    if (masks.length < rowsNeeded * words) {
      masks = new long[rowsNeeded * words];
    }
    if (hashKeys.length < hashSlots) {
      hashKeys = new int[hashSlots];
      Arrays.fill(hashKeys, EMPTY);
    }
    hashMask = hashSlots - 1;
    for (int i = 0; i < m; i++) {
      int row = insertRow(newPattern[i]);
      masks[row * words + (i >>> 6)] |= 1L << i;
    }
  }

  int[] pattern() {
    return pattern;
  }

  int length() {
    return pattern.length;
  }

  int words() {
    return words;
  }

  /** The flat mask array; the mask word {@code w} of a row starts at {@code row * words() + w}. */
  long[] masks() {
    return masks;
  }

  /** The row of {@code codePoint}: its masks, or the zero row when it is not in the pattern. */
  int row(int codePoint) {
    if (codePoint < DIRECT_ROWS) {
      return codePoint;
    }
    if (hashMask < 0) {
      return ZERO_ROW;
    }
    int slot = hash(codePoint) & hashMask;
    while (true) {
      int key = hashKeys[slot];
      if (key == codePoint) {
        return FIRST_HASH_ROW + slot;
      }
      if (key == EMPTY) {
        return ZERO_ROW;
      }
      slot = (slot + 1) & hashMask;
    }
  }

  private int insertRow(int codePoint) {
    if (codePoint < DIRECT_ROWS) {
      return codePoint;
    }
    int slot = hash(codePoint) & hashMask;
    while (hashKeys[slot] != EMPTY && hashKeys[slot] != codePoint) {
      slot = (slot + 1) & hashMask;
    }
    hashKeys[slot] = codePoint;
    return FIRST_HASH_ROW + slot;
  }

  /** Zeroes the rows and slots of the current pattern, leaving the arrays all clear again. */
  private void clear() {
    for (int cp : pattern) {
      int row = row(cp);
      Arrays.fill(masks, row * words, row * words + words, 0L);
    }
    // the used slots are [0, hashMask]; clearing them all (at most twice the pattern's non-Latin
    // count) is simpler than clearing key by key, which would break the probe chains of later keys
    Arrays.fill(hashKeys, 0, hashMask + 1, EMPTY);
  }

  /** Zero when every code point is Latin-1, else a power of two at least twice the count. */
  private static int hashSlotsFor(int[] pattern) {
    int outside = 0;
    for (int cp : pattern) {
      if (cp >= DIRECT_ROWS) {
        outside++;
      }
    }
    return outside == 0 ? 0 : Integer.highestOneBit(outside * 2 - 1) << 1;
  }

  private static int hash(int codePoint) {
    return (codePoint * 0x9E3779B9) >>> 16;
  }
}
