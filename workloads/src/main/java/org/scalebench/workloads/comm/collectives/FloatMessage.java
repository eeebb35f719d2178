package org.scalebench.workloads.comm.collectives;

import java.nio.FloatBuffer;
import org.scalebench.api.mpi.DirectBuffers;
import org.scalebench.workloads.comm.BufferKind;

/**
 * A float message for the reductions (MPI cannot sum raw bytes): a {@code float[]} or a direct
 * {@code FloatBuffer}. Element {@code i} of rank {@code r} is {@code (i mod 251) + r}, whose sum over
 * {@code p} ranks, {@code p * (i mod 251) + p (p - 1) / 2}, is exact in single precision for any
 * rank count below 2^16.
 */
final class FloatMessage {
  private final float[] array;
  private final FloatBuffer direct;

  FloatMessage(BufferKind kind, int capacity) {
    this.array = kind == BufferKind.ARRAY ? new float[capacity] : null;
    this.direct = kind == BufferKind.DIRECT ? DirectBuffers.floats(capacity) : null;
  }

  Object mpi() {
    return array != null ? array : direct;
  }

  static float contribution(int i, int rank) {
    return (i % 251) + rank;
  }

  static float sum(int i, int ranks) {
    return (float) ranks * (i % 251) + ranks * (ranks - 1) / 2.0f;
  }

  void fill(int count, int rank) {
    for (int i = 0; i < count; i++) {
      put(i, contribution(i, rank));
    }
  }

  void scramble(int count) {
    for (int i = 0; i < count; i++) {
      put(i, -1f);
    }
  }

  /** The first element that is not the sum over {@code ranks}, or -1. */
  int firstWrongSum(int count, int ranks) {
    for (int i = 0; i < count; i++) {
      if (get(i) != sum(i, ranks)) {
        return i;
      }
    }
    return -1;
  }

  private void put(int i, float v) {
    if (array != null) {
      array[i] = v;
    } else {
      direct.put(i, v);
    }
  }

  private float get(int i) {
    return array != null ? array[i] : direct.get(i);
  }
}
