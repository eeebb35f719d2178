package org.scalebench.transport.ffm;

/** The MPI datatypes the transport sends, with their C names and sizes in bytes. */
public enum Datatype {
  BYTE("MPI_BYTE", 1),
  INT("MPI_INT", 4),
  LONG("MPI_LONG", 8),
  FLOAT("MPI_FLOAT", 4),
  DOUBLE("MPI_DOUBLE", 8);

  private final String cName;
  private final int bytes;

  Datatype(String cName, int bytes) {
    this.cName = cName;
    this.bytes = bytes;
  }

  /** The handle's name in {@code mpi.h}, e.g. {@code MPI_DOUBLE}. */
  public String cName() {
    return cName;
  }

  /** Bytes per element, {@code >= 1} ({@code MPI_LONG} is 8 on the LP64 systems this targets). */
  public int bytes() {
    return bytes;
  }
}
