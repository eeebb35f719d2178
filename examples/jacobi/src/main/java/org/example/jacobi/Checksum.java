package org.example.jacobi;

/**
 * A checksum of the grid that does not depend on how it is split over ranks: the sum, modulo 2^64,
 * of a 64-bit mix of each value's bits with its global index. Integer addition is exact and
 * commutative, so the partial sums of any decomposition add up to the same number, and a single
 * differing bit of any value changes it.
 */
final class Checksum {
  private Checksum() {}

  /** {@code sum} plus the mix of the value at global {@code index}. */
  static long add(long sum, long index, double value) {
    return sum + mix(Double.doubleToLongBits(value) ^ (index * 0x9E3779B97F4A7C15L));
  }

  /** SplitMix64's finalizer (Steele, Lea and Flood, "Fast splittable pseudorandom number generators", 2014). */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** The partial sums of all ranks combined. */
  static long combine(long[] parts) {
    long sum = 0;
    for (long p : parts) {
      sum += p;
    }
    return sum;
  }
}
