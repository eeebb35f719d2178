package org.scalebench.workloads.matching;

import java.util.Arrays;

/**
 * The match masks of a pattern for the bit-parallel kernels: for every code point {@code c}, the
 * bit vector whose bit {@code i} is set when {@code pattern[i] == c} ({@code Peq} in Myers 1999,
 * {@code M} in Allison and Dix 1986), in {@link #words()} 64-bit words.
 *
 * <p>Masks are stored compactly, one row per distinct code point of the pattern in a flat {@code
 * long[]} (row 0 is all zeros: a code point not in the pattern). A code point finds its row through
 * a 256-entry {@code char} table for Latin-1 (name-like data is mostly Latin, so this is the common
 * case) or an open-addressing hash table for the rest. A name of 20 characters thus needs about
 * 700 bytes, which stay in L1 while the pattern meets thousands of texts; a direct 256-row table
 * of masks would take 2 KB per pattern and miss the cache whenever patterns alternate.
 *
 * <p>One instance is reused for many patterns: {@link #reset} clears only what the previous
 * pattern set, so preparing a pattern costs {@code O(m * words)} and does not allocate once the
 * arrays have grown to the longest pattern.
 */
final class PatternMasks {
  private static final int DIRECT = 256;
  private static final int ZERO_ROW = 0;
  private static final int EMPTY = -1;

  private int[] pattern = new int[0];
  private int words = 1;
  private int rowsUsed = 1;
  private long[] masks = new long[16];
  /** Row of each Latin-1 code point, 0 when it is not in the pattern. */
  private final char[] directRows = new char[DIRECT];
  /** Code points of the hash slots ({@code EMPTY} when free), their rows; lengths a power of two. */
  private int[] hashKeys = new int[0];
  private int[] hashRows = new int[0];
  private int hashMask = -1;

  /** Builds the masks of {@code newPattern}, which must not be modified while in use. */
  void reset(int[] newPattern) {
    clear();
    pattern = newPattern;
    int m = newPattern.length;
    words = Math.max(1, (m + 63) >>> 6);
    int hashSlots = hashSlotsFor(newPattern);
    if (hashKeys.length < hashSlots) {
      hashKeys = new int[hashSlots];
      hashRows = new int[hashSlots];
      Arrays.fill(hashKeys, EMPTY);
    }
    hashMask = hashSlots - 1;
    // at most one row per character, plus the zero row
    long needed = (long) (m + 1) * words;
    if (masks.length < needed) {
      masks = new long[Math.toIntExact(needed)];
    }
    for (int i = 0; i < m; i++) {
      int row = rowForInsert(newPattern[i]);
      masks[row * words + (i >>> 6)] |= 1L << i;
    }
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
    if (codePoint < DIRECT) {
      return directRows[codePoint];
    }
    if (hashMask < 0) {
      return ZERO_ROW;
    }
    int slot = hash(codePoint) & hashMask;
    while (true) {
      int key = hashKeys[slot];
      if (key == codePoint) {
        return hashRows[slot];
      }
      if (key == EMPTY) {
        return ZERO_ROW;
      }
      slot = (slot + 1) & hashMask;
    }
  }

  private int rowForInsert(int codePoint) {
    if (codePoint < DIRECT) {
      if (directRows[codePoint] == 0) {
        directRows[codePoint] = (char) rowsUsed++;
      }
      return directRows[codePoint];
    }
    int slot = hash(codePoint) & hashMask;
    while (hashKeys[slot] != EMPTY && hashKeys[slot] != codePoint) {
      slot = (slot + 1) & hashMask;
    }
    if (hashKeys[slot] == EMPTY) {
      hashKeys[slot] = codePoint;
      hashRows[slot] = rowsUsed++;
    }
    return hashRows[slot];
  }

  /** Zeroes the rows, table entries and slots of the current pattern. */
  private void clear() {
    Arrays.fill(masks, 0, rowsUsed * words, 0L);
    rowsUsed = 1;
    for (int cp : pattern) {
      if (cp < DIRECT) {
        directRows[cp] = 0;
      }
    }
    // the used slots are [0, hashMask] (at most twice the pattern's non-Latin count): clearing
    // them all is simpler than key by key, which would break the probe chains of later keys
    Arrays.fill(hashKeys, 0, hashMask + 1, EMPTY);
  }

  /** Zero when every code point is Latin-1, else a power of two at least twice the count. */
  private static int hashSlotsFor(int[] pattern) {
    int outside = 0;
    for (int cp : pattern) {
      if (cp >= DIRECT) {
        outside++;
      }
    }
    return outside == 0 ? 0 : Integer.highestOneBit(outside * 2 - 1) << 1;
  }

  private static int hash(int codePoint) {
    return (codePoint * 0x9E3779B9) >>> 16;
  }
}
