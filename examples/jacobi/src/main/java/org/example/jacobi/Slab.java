package org.example.jacobi;

import java.util.stream.IntStream;

/**
 * One rank's part of the grid: its rows of the {@code n x n} interior, each with the fixed boundary
 * column on either side ({@code n + 2} values), plus a halo row above and below that holds the
 * neighbour's edge row (or, at the top and bottom of the grid, the fixed boundary). Two copies, the
 * current and the next iterate, swapped after every sweep.
 *
 * <p>Boundary: the top edge of the plate is held at 1.0, the other three at 0.0; the interior
 * starts at 0.0. Every interior value is computed from the same four neighbours whatever the
 * decomposition, so the grid after k sweeps is bit for bit the same on any number of ranks.
 */
final class Slab {
  /** The temperature of the top edge. */
  static final double HOT = 1.0;

  private final int n;
  private final Rows rows;
  private double[][] current;
  private double[][] next;

  Slab(int n, Rows rows, boolean topOfGrid) {
    this.n = n;
    this.rows = rows;
    current = new double[rows.count() + 2][n + 2];
    next = new double[rows.count() + 2][n + 2];
    if (topOfGrid) {
      for (int j = 1; j <= n; j++) {
        current[0][j] = HOT; // both copies: a halo that no neighbour fills keeps the boundary
        next[0][j] = HOT;
      }
    }
  }

  /** The row a halo exchange sends up (this rank's first row) or down (its last). */
  double[] firstRow() {
    return current[1];
  }

  double[] lastRow() {
    return current[rows.count()];
  }

  /** Where the row from the rank above lands, and from the rank below. */
  double[] haloAbove() {
    return current[0];
  }

  double[] haloBelow() {
    return current[rows.count() + 1];
  }

  /** Values per row, boundary columns included: the length of a halo message. */
  int rowLength() {
    return n + 2;
  }

  /**
   * One Jacobi sweep, {@code next = average of current's four neighbours}, then the copies swap.
   *
   * @param threads worker threads, {@code >= 1} (rows are independent)
   * @return the largest change of a value in this sweep over this rank's rows (the max norm is
   *     exact whatever the order, so the residual too is the same on any number of ranks)
   */
  double sweep(int threads) {
    double[] rowChange = new double[rows.count() + 1];
    IntStream range = IntStream.rangeClosed(1, rows.count());
    (threads > 1 ? range.parallel() : range).forEach(i -> {
      double[] up = current[i - 1];
      double[] mid = current[i];
      double[] down = current[i + 1];
      double[] out = next[i];
      double change = 0;
      for (int j = 1; j <= n; j++) {
        double v = 0.25 * (up[j] + down[j] + mid[j - 1] + mid[j + 1]);
        change = Math.max(change, Math.abs(v - mid[j]));
        out[j] = v;
      }
      rowChange[i] = change;
    });
    double[][] t = current;
    current = next;
    next = t;
    double max = 0;
    for (double c : rowChange) {
      max = Math.max(max, c);
    }
    return max;
  }

  /** This rank's part of the grid's checksum ({@link Checksum}), over its interior values. */
  long checksum() {
    long sum = 0;
    for (int i = 1; i <= rows.count(); i++) {
      long row = rows.first() + i - 1;
      for (int j = 1; j <= n; j++) {
        sum = Checksum.add(sum, row * n + (j - 1), current[i][j]);
      }
    }
    return sum;
  }
}
