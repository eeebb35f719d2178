package org.scalebench.api.mpi;

/** The primitive element types the layer sends, with their size in bytes. */
public enum BufferType {
  BYTE(1),
  INT(4),
  LONG(8),
  FLOAT(4),
  DOUBLE(8);

  private final int bytes;

  BufferType(int bytes) {
    this.bytes = bytes;
  }

  /** Bytes per element. */
  public int bytes() {
    return bytes;
  }
}
