package org.scalebench.workloads.comm;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.scalebench.api.mpi.DirectBuffers;

/**
 * A message buffer of {@code capacityBytes} bytes, a Java array or a direct buffer, with the
 * validation pattern of the benchmarks (OSU's {@code -c}): byte {@code i} of a message tagged
 * {@code seed} is {@code (i * 31 + seed * 7 + 1) mod 256}, so that a shifted, truncated or stale
 * message shows up as a mismatch.
 */
public final class MessageBuffer {
  private final BufferKind kind;
  private final byte[] array;
  private final ByteBuffer direct;

  private MessageBuffer(BufferKind kind, int capacityBytes) {
    this.kind = kind;
    this.array = kind == BufferKind.ARRAY ? new byte[capacityBytes] : null;
    this.direct = kind == BufferKind.DIRECT ? DirectBuffers.bytes(capacityBytes) : null;
  }

  /** A zeroed buffer of {@code capacityBytes >= 0} bytes. */
  public static MessageBuffer allocate(BufferKind kind, int capacityBytes) {
    if (capacityBytes < 0) {
      throw new IllegalArgumentException("capacityBytes must be >= 0, got " + capacityBytes);
    }
    return new MessageBuffer(kind, capacityBytes);
  }

  public BufferKind kind() {
    return kind;
  }

  /** What the MPI calls take: the {@code byte[]} or the direct {@code ByteBuffer}. */
  public Object mpi() {
    return kind == BufferKind.ARRAY ? array : direct;
  }

  /** The direct buffer, for non-blocking calls; fails for arrays, which those calls refuse. */
  public ByteBuffer direct() {
    if (direct == null) {
      throw new IllegalStateException("non-blocking MPI calls need a direct buffer, this one is an array");
    }
    return direct;
  }

  /** The expected byte {@code i} of a message tagged {@code seed}. */
  public static byte expected(int i, int seed) {
    return (byte) (i * 31 + seed * 7 + 1);
  }

  /** Writes the pattern of {@code seed} into bytes {@code [offset, offset + count)}. */
  public void fill(int offset, int count, int seed) {
    for (int i = 0; i < count; i++) {
      put(offset + i, expected(i, seed));
    }
  }

  /** Sets bytes {@code [offset, offset + count)} to the complement of the pattern, so stale data fails. */
  public void scramble(int offset, int count, int seed) {
    for (int i = 0; i < count; i++) {
      put(offset + i, (byte) ~expected(i, seed));
    }
  }

  /** The index (relative to {@code offset}) of the first byte not matching the pattern, or -1. */
  public int firstMismatch(int offset, int count, int seed) {
    for (int i = 0; i < count; i++) {
      if (get(offset + i) != expected(i, seed)) {
        return i;
      }
    }
    return -1;
  }

  /** Zeroes the whole buffer. */
  public void clear() {
    if (array != null) {
      Arrays.fill(array, (byte) 0);
    } else {
      for (int i = 0; i < direct.capacity(); i++) {
        direct.put(i, (byte) 0);
      }
    }
  }

  private void put(int i, byte b) {
    if (array != null) {
      array[i] = b;
    } else {
      direct.put(i, b);
    }
  }

  private byte get(int i) {
    return array != null ? array[i] : direct.get(i);
  }
}
