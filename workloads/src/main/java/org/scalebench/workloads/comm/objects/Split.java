package org.scalebench.workloads.comm.objects;

/**
 * How {@code n} elements split over {@code ranks}: rank r gets {@code counts[r]} elements from
 * {@code displs[r]}, the first {@code n mod ranks} ranks one more. When {@code n} divides, the
 * plain scatter/gather suffice; otherwise the v-variants carry the uneven chunks, nothing is cut.
 *
 * @param elements the data size, {@code >= 1}
 * @param counts elements per rank
 * @param displs offset of each rank's chunk
 */
record Split(int elements, int[] counts, int[] displs) {
  Split {
    if (elements < 1 || counts.length != displs.length || counts.length == 0) {
      throw new IllegalArgumentException("a split needs elements >= 1 and one count per rank, got " + elements);
    }
  }

  static Split of(int elements, int ranks) {
    int[] counts = new int[ranks];
    int[] displs = new int[ranks];
    for (int r = 0, offset = 0; r < ranks; r++) {
      counts[r] = elements / ranks + (r < elements % ranks ? 1 : 0);
      displs[r] = offset;
      offset += counts[r];
    }
    return new Split(elements, counts, displs);
  }

  boolean even() {
    return elements % counts.length == 0;
  }

  int chunk(int rank) {
    return counts[rank];
  }

  /** The counts scaled by {@code factor} (e.g. elements to bytes). */
  int[] scaledCounts(int factor) {
    int[] out = new int[counts.length];
    for (int r = 0; r < out.length; r++) {
      out[r] = Math.multiplyExact(counts[r], factor);
    }
    return out;
  }

}
