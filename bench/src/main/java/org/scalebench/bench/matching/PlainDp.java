package org.scalebench.bench.matching;

/**
 * The textbook two-row dynamic program (Wagner-Fischer) over code points: the baseline that shows
 * what the bit-parallel kernels gain on the same arrays, without Commons Text's String handling.
 */
final class PlainDp {
  private int[] previous = new int[64];
  private int[] current = new int[64];

  int levenshtein(int[] a, int[] b) {
    if (previous.length < b.length + 1) {
      previous = new int[b.length + 1];
      current = new int[b.length + 1];
    }
    int[] prev = previous;
    int[] cur = current;
    for (int j = 0; j <= b.length; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length; i++) {
      cur[0] = i;
      int ai = a[i - 1];
      for (int j = 1; j <= b.length; j++) {
        int substitute = prev[j - 1] + (ai == b[j - 1] ? 0 : 1);
        cur[j] = Math.min(substitute, Math.min(prev[j], cur[j - 1]) + 1);
      }
      int[] swap = prev;
      prev = cur;
      cur = swap;
    }
    return prev[b.length];
  }
}
