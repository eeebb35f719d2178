package org.scalebench.workloads.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A string converted once into what the kernels and the pruning read: its Unicode code points and a
 * two-level hashed character bag.
 *
 * <p>Lengths are counted in code points, as python-Levenshtein does, so a character outside the
 * Basic Multilingual Plane (an emoji, U+20BB7 in "𠮷野家") counts once, not as two UTF-16 chars.
 *
 * <p>The bag maps every code point to one of 64 buckets; bit {@code k} of {@link #bagAtLeastOnce()}
 * is set when bucket {@code k} holds at least one character, of {@link #bagAtLeastTwice()} when it
 * holds at least two. Bits of one string that the other lacks are characters the other cannot
 * match, which bounds the LCS and the edit distance from below without running a kernel (see
 * {@link BagBound}).
 */
public final class PreparedString {
  private final String text;
  private final int[] codePoints;
  private final long bagAtLeastOnce;
  private final long bagAtLeastTwice;

  private PreparedString(String text, int[] codePoints) {
    this.text = text;
    this.codePoints = codePoints;
    long once = 0;
    long twice = 0;
    for (int cp : codePoints) {
      long bit = 1L << BagBound.bucket(cp);
      twice |= once & bit;
      once |= bit;
    }
    this.bagAtLeastOnce = once;
    this.bagAtLeastTwice = twice;
  }

  /** Prepares {@code text}; unpaired surrogates count as one code point each, as in Java. */
  public static PreparedString of(String text) {
    Objects.requireNonNull(text, "text must not be null");
    return new PreparedString(text, text.codePoints().toArray());
  }

  /** Prepares every string of {@code texts}, keeping their order (the indices of the pairs). */
  public static List<PreparedString> ofAll(List<String> texts) {
    List<PreparedString> prepared = new ArrayList<>(texts.size());
    for (String text : texts) {
      prepared.add(of(text));
    }
    return List.copyOf(prepared);
  }

  public String text() {
    return text;
  }

  /**
   * The code points; the array is shared for speed (the kernels read it millions of times) and
   * must not be modified.
   */
  public int[] codePoints() {
    return codePoints;
  }

  /** The length in code points. */
  public int lengthCodePoints() {
    return codePoints.length;
  }

  public long bagAtLeastOnce() {
    return bagAtLeastOnce;
  }

  public long bagAtLeastTwice() {
    return bagAtLeastTwice;
  }

  @Override
  public String toString() {
    return text;
  }
}
