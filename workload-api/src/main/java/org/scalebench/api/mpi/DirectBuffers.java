package org.scalebench.api.mpi;

import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import mpi.MPI;

/**
 * Direct buffers in the byte order the bindings expect (the native one), zeroed. MPI reads and
 * writes them in place, where a Java array is copied through a temporary native buffer on every
 * call; the non-blocking calls take nothing else.
 */
public final class DirectBuffers {
  private DirectBuffers() {}

  /** @param count elements, {@code >= 0} */
  public static ByteBuffer bytes(int count) {
    return MPI.newByteBuffer(count);
  }

  /** @param count elements, {@code >= 0} */
  public static IntBuffer ints(int count) {
    return MPI.newIntBuffer(count);
  }

  /** @param count elements, {@code >= 0} */
  public static LongBuffer longs(int count) {
    return MPI.newLongBuffer(count);
  }

  /** @param count elements, {@code >= 0} */
  public static FloatBuffer floats(int count) {
    return MPI.newFloatBuffer(count);
  }

  /** @param count elements, {@code >= 0} */
  public static DoubleBuffer doubles(int count) {
    return MPI.newDoubleBuffer(count);
  }

  /** A buffer of {@code count >= 0} elements of {@code type}. */
  public static Buffer of(int count, BufferType type) {
    return switch (type) {
      case BYTE -> bytes(count);
      case INT -> ints(count);
      case LONG -> longs(count);
      case FLOAT -> floats(count);
      case DOUBLE -> doubles(count);
    };
  }
}
