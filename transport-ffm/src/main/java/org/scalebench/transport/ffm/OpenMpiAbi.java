package org.scalebench.transport.ffm;

import java.util.List;
import java.util.Map;

/**
 * Open MPI's ABI (4.x, 5.x): predefined handles are {@code OMPI_PREDEFINED_GLOBAL(type, global)},
 * the address of a global of {@code libmpi.so.40}; {@code struct ompi_status_public_t} begins with
 * {@code MPI_SOURCE, MPI_TAG, MPI_ERROR} and ends with {@code _cancelled} and a {@code size_t
 * _ucount} (24 bytes); {@code MPI_STATUS_IGNORE} is the null pointer.
 */
final class OpenMpiAbi {
  static final MpiAbi TABLE = new MpiAbi(MpiFlavour.OPEN_MPI, List.of("libmpi.so.40", "libmpi.so"), 8, Map.ofEntries(
      Map.entry("MPI_COMM_WORLD", Handle.symbol("MPI_COMM_WORLD", "ompi_mpi_comm_world")),
      Map.entry("MPI_BYTE", Handle.symbol("MPI_BYTE", "ompi_mpi_byte")),
      Map.entry("MPI_INT", Handle.symbol("MPI_INT", "ompi_mpi_int")),
      Map.entry("MPI_LONG", Handle.symbol("MPI_LONG", "ompi_mpi_long")),
      Map.entry("MPI_FLOAT", Handle.symbol("MPI_FLOAT", "ompi_mpi_float")),
      Map.entry("MPI_DOUBLE", Handle.symbol("MPI_DOUBLE", "ompi_mpi_double")),
      Map.entry("MPI_SUM", Handle.symbol("MPI_SUM", "ompi_mpi_op_sum")),
      Map.entry("MPI_MIN", Handle.symbol("MPI_MIN", "ompi_mpi_op_min")),
      Map.entry("MPI_MAX", Handle.symbol("MPI_MAX", "ompi_mpi_op_max")),
      Map.entry("MPI_REQUEST_NULL", Handle.symbol("MPI_REQUEST_NULL", "ompi_request_null"))),
      -1, -1, -2, 0L, 24, 0, 4, 8);

  private OpenMpiAbi() {}
}
