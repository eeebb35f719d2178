package org.scalebench.api.mpi;

/**
 * What a probe found: a message waiting to be received.
 *
 * @param source the sending rank, {@code >= 0}
 * @param tag the message's tag, {@code >= 0}
 * @param bytes the message's size in bytes, {@code >= 0}
 */
public record MpiStatus(int source, int tag, int bytes) {
  public MpiStatus {
    if (source < 0 || tag < 0 || bytes < 0) {
      throw new IllegalArgumentException("source, tag and bytes must be >= 0, got source=" + source + ", tag=" + tag
          + ", bytes=" + bytes);
    }
  }

  /**
   * The message's size in elements of {@code type}.
   *
   * @throws IllegalStateException when the size is not a whole number of such elements
   */
  public int count(BufferType type) {
    if (bytes % type.bytes() != 0) {
      throw new IllegalStateException("a message of " + bytes + " bytes is not a whole number of " + type
          + " elements of " + type.bytes() + " bytes");
    }
    return bytes / type.bytes();
  }
}
