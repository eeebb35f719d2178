package org.scalebench.transport.ffm;

import java.util.List;
import java.util.Map;

/**
 * MPICH's ABI (3.x, 4.x, {@code libmpich.so.12}): handles are {@code int} constants of its
 * {@code mpi.h}; {@code MPI_Status} is {@code count_lo, count_hi_and_cancelled, MPI_SOURCE, MPI_TAG,
 * MPI_ERROR} (20 bytes); {@code MPI_ANY_SOURCE} is -2 (not -1 as in Open MPI) and
 * {@code MPI_STATUS_IGNORE} is {@code (MPI_Status *) 1}.
 */
final class MpichAbi {
  static final MpiAbi TABLE = new MpiAbi(MpiFlavour.MPICH, List.of("libmpich.so.12", "libmpi.so.12", "libmpich.so"), 4,
      Map.ofEntries(
          Map.entry("MPI_COMM_WORLD", Handle.value("MPI_COMM_WORLD", 0x44000000)),
          Map.entry("MPI_BYTE", Handle.value("MPI_BYTE", 0x4c00010d)),
          Map.entry("MPI_INT", Handle.value("MPI_INT", 0x4c000405)),
          Map.entry("MPI_LONG", Handle.value("MPI_LONG", 0x4c000807)),
          Map.entry("MPI_FLOAT", Handle.value("MPI_FLOAT", 0x4c00040a)),
          Map.entry("MPI_DOUBLE", Handle.value("MPI_DOUBLE", 0x4c00080b)),
          Map.entry("MPI_SUM", Handle.value("MPI_SUM", 0x58000003)),
          Map.entry("MPI_MIN", Handle.value("MPI_MIN", 0x58000002)),
          Map.entry("MPI_MAX", Handle.value("MPI_MAX", 0x58000001)),
          Map.entry("MPI_REQUEST_NULL", Handle.value("MPI_REQUEST_NULL", 0x2c000000))),
      -2, -1, -1, 1L, 20, 8, 12, 16);

  private MpichAbi() {}
}
