package org.scalebench.transport.ffm;

/** The reduction operations the transport offers, with their names in {@code mpi.h}. */
public enum Op {
  SUM("MPI_SUM"),
  MIN("MPI_MIN"),
  MAX("MPI_MAX");

  private final String cName;

  Op(String cName) {
    this.cName = cName;
  }

  public String cName() {
    return cName;
  }
}
