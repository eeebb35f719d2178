package org.scalebench.api.mpi;

import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.ByteOrder;
import java.nio.LongBuffer;

/**
 * Direct buffers in the byte order MPI expects (the native one), zeroed. MPI reads and writes them
 * in place, where a Java array is copied through a temporary native buffer on every call; the
 * non-blocking calls take nothing else. (The same buffers as the Open MPI bindings' {@code
 * MPI.newByteBuffer} and its typed views.)
 */
public final class DirectBuffers {
  private DirectBuffers() {}

  /** @param count elements, {@code >= 0} */
  public static ByteBuffer bytes(int count) {
    return ByteBuffer.allocateDirect(count).order(ByteOrder.nativeOrder());
  }

  /** @param count elements, {@code >= 0} */
  public static IntBuffer ints(int count) {
    return bytes(Math.multiplyExact(count, Integer.BYTES)).asIntBuffer();
  }

  /** @param count elements, {@code >= 0} */
  public static LongBuffer longs(int count) {
    return bytes(Math.multiplyExact(count, Long.BYTES)).asLongBuffer();
  }

  /** @param count elements, {@code >= 0} */
  public static FloatBuffer floats(int count) {
    return bytes(Math.multiplyExact(count, Float.BYTES)).asFloatBuffer();
  }

  /** @param count elements, {@code >= 0} */
  public static DoubleBuffer doubles(int count) {
    return bytes(Math.multiplyExact(count, Double.BYTES)).asDoubleBuffer();
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
