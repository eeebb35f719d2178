package org.scalebench.transport.ffm;

import java.util.Objects;

/**
 * How one predefined MPI handle (a communicator, datatype or operation of {@code mpi.h}) is found
 * in a library: Open MPI's are the address of a global symbol, MPICH's an integer constant.
 *
 * @param name the C name, e.g. {@code MPI_COMM_WORLD}
 * @param symbol the global whose address is the handle ({@code ompi_mpi_comm_world}), or null
 * @param value the integer handle ({@code 0x44000000}) when {@code symbol} is null
 */
public record Handle(String name, String symbol, int value) {
  public Handle {
    Objects.requireNonNull(name, "name must not be null");
    if (!name.startsWith("MPI_")) {
      throw new IllegalArgumentException("a handle's C name starts with MPI_, got " + name);
    }
  }

  static Handle symbol(String name, String symbol) {
    return new Handle(name, Objects.requireNonNull(symbol, "symbol"), 0);
  }

  static Handle value(String name, int value) {
    return new Handle(name, null, value);
  }

  public boolean isSymbol() {
    return symbol != null;
  }
}
