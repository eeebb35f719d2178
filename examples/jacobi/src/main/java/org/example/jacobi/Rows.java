package org.example.jacobi;

/**
 * The rows of the grid a rank owns: {@code n} interior rows split into contiguous blocks whose sizes
 * differ by at most one, the first {@code n % size} ranks taking one more.
 *
 * @param first the first global interior row of this rank, {@code 0 .. n - 1}
 * @param count how many rows, {@code >= 1} (the workload needs {@code n >= ranks})
 */
record Rows(int first, int count) {
  static Rows of(int n, int rank, int size) {
    int base = n / size;
    int extra = n % size;
    return new Rows(rank * base + Math.min(rank, extra), base + (rank < extra ? 1 : 0));
  }
}
