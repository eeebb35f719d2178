package org.scalebench.api.mpi;

import mpi.Datatype;
import mpi.MPI;

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

  Datatype mpi() {
    return switch (this) {
      case BYTE -> MPI.BYTE;
      case INT -> MPI.INT;
      case LONG -> MPI.LONG;
      case FLOAT -> MPI.FLOAT;
      case DOUBLE -> MPI.DOUBLE;
    };
  }
}
