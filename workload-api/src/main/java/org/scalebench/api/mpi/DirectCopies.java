package org.scalebench.api.mpi;

import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;

/**
 * Direct buffers that stand in for Java arrays in the calls where the Open MPI 4.1 Java bindings
 * mishandle arrays, kept and reused so that a loop of such calls allocates once.
 *
 * <p>Why: the bindings size the temporary buffer of {@code scatterv}/{@code gatherv} on Java
 * arrays as {@code displs[max] * counts[max]} instead of {@code displs[max] + counts[max]} ({@code
 * ompi/mpi/java/c/mpi_MPI.c}, {@code getCountv}), which under- or overflows and crashes the JVM for
 * large chunks; and {@code Java_mpi_Comm_scatter} ({@code ompi/mpi/java/c/mpi_Comm.c}) copies a
 * received chunk back into the array only when its temporary buffer came from the 64 KiB eager
 * pool ({@code if(rItem != NULL && rBuf != NULL)}), so a larger chunk leaves the array untouched.
 * Direct buffers bypass both code paths.
 */
final class DirectCopies {
  private final Slot send = new Slot();
  private final Slot receive = new Slot();

  /** A direct buffer holding the first {@code count} elements of {@code array}. */
  Buffer sendCopy(Object array, int count, BufferType type) {
    Buffer buffer = send.fit(count, type);
    if (count == 0) {
      return buffer; // a non-root's send side of scatterv, which MPI ignores (its array may be empty or null)
    }
    switch (type) {
      case BYTE -> ((ByteBuffer) buffer).put((byte[]) array, 0, count);
      case INT -> ((IntBuffer) buffer).put((int[]) array, 0, count);
      case LONG -> ((LongBuffer) buffer).put((long[]) array, 0, count);
      case FLOAT -> ((FloatBuffer) buffer).put((float[]) array, 0, count);
      case DOUBLE -> ((DoubleBuffer) buffer).put((double[]) array, 0, count);
    }
    return buffer.clear();
  }

  /** A direct buffer for receiving {@code count} elements (its content is stale). */
  Buffer receiveArea(int count, BufferType type) {
    return receive.fit(count, type);
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

  /** Direct memory that grows to the largest request and is viewed as the element type asked for. */
  private static final class Slot {
    private ByteBuffer memory;
    private Buffer view;
    private BufferType viewType;

    /** A cleared buffer of at least {@code count} elements of {@code type}. */
    Buffer fit(int count, BufferType type) {
      int bytes = Math.multiplyExact(count, type.bytes());
      if (memory == null || memory.capacity() < bytes) {
        memory = DirectBuffers.bytes(bytes);
        view = null;
      }
      if (view == null || viewType != type) {
        memory.clear();
        view = switch (type) {
          case BYTE -> memory;
          case INT -> memory.asIntBuffer();
          case LONG -> memory.asLongBuffer();
          case FLOAT -> memory.asFloatBuffer();
          case DOUBLE -> memory.asDoubleBuffer();
        };
        viewType = type;
      }
      return view.clear();
    }
  }
}
