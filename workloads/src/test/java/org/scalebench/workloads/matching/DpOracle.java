package org.scalebench.workloads.matching;

/**
 * The textbook dynamic programs, cell by cell over code points: the reference the bit-parallel
 * kernels are tested against. Deliberately naive, full tables, no shortcuts.
 */
final class DpOracle {
  private DpOracle() {}

  static int[] cp(String s) {
    return s.codePoints().toArray();
  }

  static int lcs(int[] a, int[] b) {
    int[][] t = new int[a.length + 1][b.length + 1];
    for (int i = 1; i <= a.length; i++) {
      for (int j = 1; j <= b.length; j++) {
        t[i][j] = a[i - 1] == b[j - 1] ? t[i - 1][j - 1] + 1 : Math.max(t[i - 1][j], t[i][j - 1]);
      }
    }
    return t[a.length][b.length];
  }

  /** Insert and delete cost 1, substitute 2 (python-Levenshtein's distance behind {@code ratio}). */
  static int indel(int[] a, int[] b) {
    int[][] t = new int[a.length + 1][b.length + 1];
    for (int i = 0; i <= a.length; i++) {
      t[i][0] = i;
    }
    for (int j = 0; j <= b.length; j++) {
      t[0][j] = j;
    }
    for (int i = 1; i <= a.length; i++) {
      for (int j = 1; j <= b.length; j++) {
        int substitute = t[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 2);
        t[i][j] = Math.min(substitute, Math.min(t[i - 1][j], t[i][j - 1]) + 1);
      }
    }
    return t[a.length][b.length];
  }

  static int levenshtein(int[] a, int[] b) {
    int[][] t = new int[a.length + 1][b.length + 1];
    for (int i = 0; i <= a.length; i++) {
      t[i][0] = i;
    }
    for (int j = 0; j <= b.length; j++) {
      t[0][j] = j;
    }
    for (int i = 1; i <= a.length; i++) {
      for (int j = 1; j <= b.length; j++) {
        int substitute = t[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
        t[i][j] = Math.min(substitute, Math.min(t[i - 1][j], t[i][j - 1]) + 1);
      }
    }
    return t[a.length][b.length];
  }

  /** python-Levenshtein's ratio from its definition: (lensum - indel) / lensum, 1.0 for two empties. */
  static double pythonRatio(String a, String b) {
    int[] x = cp(a);
    int[] y = cp(b);
    int lensum = x.length + y.length;
    return lensum == 0 ? 1.0 : (double) (lensum - indel(x, y)) / (double) lensum;
  }
}
