package org.scalebench.workloads.comm.collectives;

import java.util.Locale;
import mpi.Intracomm;
import mpi.MPI;
import mpi.MPIException;

/**
 * The collectives measured, with OSU's meaning of "message size": the bytes each rank contributes
 * ({@code bcast}: the message; {@code scatter}/{@code gather}/{@code alltoall}: the chunk per rank
 * (pair); {@code reduce}/{@code allreduce}: the vector of floats, so sizes below 4 bytes are
 * skipped, as OSU does). The root is rank 0.
 */
enum Collective {
  BARRIER,
  BCAST,
  SCATTER,
  GATHER,
  REDUCE,
  ALLREDUCE,
  ALLTOALL;

  static final int ROOT = 0;

  String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether a size applies: one row for the barrier, floats for the reductions. */
  boolean applies(int bytes, int smallestBytes) {
    return switch (this) {
      case BARRIER -> bytes == smallestBytes;
      case REDUCE, ALLREDUCE -> bytes >= Float.BYTES;
      default -> true;
    };
  }

  /** The size reported in the table (0 for the barrier, whole floats for the reductions). */
  int reportedBytes(int bytes) {
    return switch (this) {
      case BARRIER -> 0;
      case REDUCE, ALLREDUCE -> bytes / Float.BYTES * Float.BYTES;
      default -> bytes;
    };
  }

  /** One call on {@code data}'s buffers. */
  void call(Intracomm comm, CollectiveData data, int bytes) throws MPIException {
    int floats = bytes / Float.BYTES;
    switch (this) {
      case BARRIER -> comm.barrier();
      case BCAST -> comm.bcast(data.bcastBuffer().mpi(), bytes, MPI.BYTE, ROOT);
      case SCATTER -> data.scatter(comm, bytes);
      case GATHER -> comm.gather(data.send().mpi(), bytes, MPI.BYTE, data.recv().mpi(), bytes, MPI.BYTE, ROOT);
      case REDUCE -> comm.reduce(data.floatSend().mpi(), data.floatRecv().mpi(), floats, MPI.FLOAT, MPI.SUM, ROOT);
      case ALLREDUCE -> comm.allReduce(data.floatSend().mpi(), data.floatRecv().mpi(), floats, MPI.FLOAT, MPI.SUM);
      case ALLTOALL -> comm.allToAll(data.send().mpi(), bytes, MPI.BYTE, data.recv().mpi(), bytes, MPI.BYTE);
    }
  }

  /**
   * The logical bytes one call moves at {@code rank} of {@code size} under a linear algorithm, the
   * convention of {@link org.scalebench.api.mpi.MpiComm}.
   */
  long bytesMoved(int bytes, int rank, int size) {
    long n = reportedBytes(bytes);
    return switch (this) {
      case BARRIER -> 0;
      case BCAST, SCATTER, GATHER, REDUCE -> rank == ROOT ? n * (size - 1) : n;
      case ALLREDUCE -> 2 * n;
      case ALLTOALL -> 2 * n * (size - 1);
    };
  }
}
