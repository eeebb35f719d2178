package org.scalebench.workloads.matching;

/**
 * A lower bound on the characters of one string that cannot be matched in another, from the hashed
 * two-level bags of {@link PreparedString}.
 *
 * <p>For a bucket holding {@code a} characters of string A and {@code b} of B, at least
 * {@code max(0, a - b)} characters of A in that bucket have no partner in B. The two bit levels
 * count {@code [a >= 1 and b < 1] + [a >= 2 and b < 2] = max(0, min(a, 2) - min(b, 2))}, which is
 * never more than {@code max(0, a - b)}; hashing several code points into one bucket only merges
 * counts, which can lower the sum but never raise it. So {@link #unmatched} is a valid lower bound,
 * and with it: {@code lcs <= len(A) - unmatched(A, B)} and {@code levenshtein >= max(unmatched(A,
 * B), unmatched(B, A))} (each edit fixes at most one surplus character on each side).
 */
final class BagBound {
  private BagBound() {}

  /**
   * The bucket of a code point. ASCII keeps its low six bits (upper and lower case letters land in
   * different buckets, which a multiplicative hash would not guarantee); other code points are
   * spread by a Fibonacci hash.
   */
  static int bucket(int codePoint) {
    return codePoint < 128 ? codePoint & 63 : (codePoint * 0x9E3779B9) >>> 26;
  }

  /** A lower bound on the characters of {@code a} that have no partner in {@code b}. */
  static int unmatched(PreparedString a, PreparedString b) {
    return Long.bitCount(a.bagAtLeastOnce() & ~b.bagAtLeastOnce())
        + Long.bitCount(a.bagAtLeastTwice() & ~b.bagAtLeastTwice());
  }
}
