package org.scalebench.transport.ffm;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The binary interface of one MPI library, as far as this transport uses it: where the library is,
 * how big a handle is, the predefined handles, the wildcard constants and the layout of
 * {@code MPI_Status}. Every value is checked against the installed {@code mpi.h} by a test that
 * compiles a small C program with that library's {@code mpicc} ({@code AbiTableIT}).
 *
 * @param flavour the library
 * @param libraries the shared objects to try, in order (e.g. {@code libmpi.so.40})
 * @param handleBytes size of {@code MPI_Comm}, {@code MPI_Datatype}, {@code MPI_Op} and
 *     {@code MPI_Request}: 8 (pointers) or 4 (ints)
 * @param handles the predefined handles by C name: {@code MPI_COMM_WORLD}, the datatypes
 *     {@code MPI_BYTE, MPI_INT, MPI_LONG, MPI_FLOAT, MPI_DOUBLE}, the operations
 *     {@code MPI_SUM, MPI_MIN, MPI_MAX}, and {@code MPI_REQUEST_NULL}
 * @param anySource the value of {@code MPI_ANY_SOURCE}
 * @param anyTag the value of {@code MPI_ANY_TAG}
 * @param procNull the value of {@code MPI_PROC_NULL} (-2 in Open MPI, -1 in MPICH)
 * @param statusIgnore the address {@code MPI_STATUS_IGNORE} stands for (0 or 1)
 * @param statusBytes {@code sizeof(MPI_Status)}, {@code > 0}
 * @param sourceOffset {@code offsetof(MPI_Status, MPI_SOURCE)} in bytes
 * @param tagOffset {@code offsetof(MPI_Status, MPI_TAG)} in bytes
 * @param errorOffset {@code offsetof(MPI_Status, MPI_ERROR)} in bytes
 */
public record MpiAbi(
    MpiFlavour flavour, List<String> libraries, int handleBytes, Map<String, Handle> handles, int anySource,
    int anyTag, int procNull, long statusIgnore, int statusBytes, int sourceOffset, int tagOffset, int errorOffset) {

  /** The handles every table must have. */
  public static final List<String> REQUIRED_HANDLES = List.of("MPI_COMM_WORLD", "MPI_BYTE", "MPI_INT", "MPI_LONG",
      "MPI_FLOAT", "MPI_DOUBLE", "MPI_SUM", "MPI_MIN", "MPI_MAX", "MPI_REQUEST_NULL");

  public MpiAbi {
    Objects.requireNonNull(flavour, "flavour must not be null");
    libraries = List.copyOf(libraries);
    handles = Map.copyOf(handles);
    if (libraries.isEmpty()) {
      throw new IllegalArgumentException("an ABI table needs at least one library name");
    }
    if (handleBytes != 4 && handleBytes != 8) {
      throw new IllegalArgumentException("handleBytes must be 4 or 8, got " + handleBytes);
    }
    for (String name : REQUIRED_HANDLES) {
      if (!handles.containsKey(name)) {
        throw new IllegalArgumentException("the " + flavour + " ABI table lacks " + name);
      }
    }
    for (int offset : new int[] {sourceOffset, tagOffset, errorOffset}) {
      if (offset < 0 || offset + 4 > statusBytes) {
        throw new IllegalArgumentException("a status field at offset " + offset + " does not fit in "
            + statusBytes + " bytes");
      }
    }
  }

  /** The handle called {@code name}; throws when the table has none. */
  public Handle handle(String name) {
    Handle h = handles.get(name);
    if (h == null) {
      throw new IllegalArgumentException("the " + flavour + " ABI table has no handle " + name);
    }
    return h;
  }

  /** The table of {@code flavour}. */
  public static MpiAbi of(MpiFlavour flavour) {
    return switch (flavour) {
      case OPEN_MPI -> OpenMpiAbi.TABLE;
      case MPICH -> MpichAbi.TABLE;
    };
  }
}
