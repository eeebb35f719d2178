package org.scalebench.api.mpi;

import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import mpi.MPI;

/**
 * Copies between Java arrays and direct buffers for the v-collectives.
 *
 * <p>Why: Open MPI 4.1.x's Java bindings size the temporary buffer of {@code scatterv}/{@code
 * gatherv} on Java arrays as {@code displs[max] * counts[max]} instead of {@code displs[max] +
 * counts[max]} ({@code ompi/mpi/java/c/mpi_MPI.c}, {@code getCountv}), which under- or overflows and
 * crashes the JVM for large chunks. Direct buffers bypass that code path.
 */
final class DirectCopies {
  private DirectCopies() {}

  /** A direct buffer holding the first {@code count} elements of {@code array}. */
  static Buffer copyOf(Object array, int count, BufferType type) {
    return switch (type) {
      case BYTE -> MPI.newByteBuffer(Math.max(count, 0)).put((byte[]) array, 0, count).clear();
      case INT -> MPI.newIntBuffer(count).put((int[]) array, 0, count).clear();
      case LONG -> MPI.newLongBuffer(count).put((long[]) array, 0, count).clear();
      case FLOAT -> MPI.newFloatBuffer(count).put((float[]) array, 0, count).clear();
      case DOUBLE -> MPI.newDoubleBuffer(count).put((double[]) array, 0, count).clear();
    };
  }

  /** An empty direct buffer for {@code count} elements. */
  static Buffer allocate(int count, BufferType type) {
    return switch (type) {
      case BYTE -> MPI.newByteBuffer(count);
      case INT -> MPI.newIntBuffer(count);
      case LONG -> MPI.newLongBuffer(count);
      case FLOAT -> MPI.newFloatBuffer(count);
      case DOUBLE -> MPI.newDoubleBuffer(count);
    };
  }

  /** Copies the first {@code count} elements of {@code buffer} into {@code array}. */
  static void copyInto(Buffer buffer, Object array, int count, BufferType type) {
    buffer.clear();
    switch (type) {
      case BYTE -> ((ByteBuffer) buffer).get((byte[]) array, 0, count);
      case INT -> ((IntBuffer) buffer).get((int[]) array, 0, count);
      case LONG -> ((LongBuffer) buffer).get((long[]) array, 0, count);
      case FLOAT -> ((FloatBuffer) buffer).get((float[]) array, 0, count);
      case DOUBLE -> ((DoubleBuffer) buffer).get((double[]) array, 0, count);
    }
  }

  static int length(Object array) {
    return java.lang.reflect.Array.getLength(array);
  }
}
