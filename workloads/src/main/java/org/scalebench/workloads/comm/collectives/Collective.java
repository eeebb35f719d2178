package org.scalebench.workloads.comm.collectives;

import java.util.Locale;
import org.scalebench.api.mpi.BufferType;
import org.scalebench.api.mpi.MpiCalls;
import org.scalebench.api.mpi.MpiException;
import org.scalebench.api.mpi.ReduceOp;

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

  /** One call on {@code data}'s buffers, through a block of the timed communicator or its untimed view. */
  void call(MpiCalls calls, CollectiveData data, int bytes) throws MpiException {
    int floats = bytes / Float.BYTES;
    switch (this) {
      case BARRIER -> calls.barrier();
      case BCAST -> calls.bcast(data.bcastBuffer().mpi(), bytes, BufferType.BYTE, ROOT);
      case SCATTER -> calls.scatter(data.send().mpi(), data.recv().mpi(), bytes, BufferType.BYTE, ROOT);
      case GATHER -> calls.gather(data.send().mpi(), data.recv().mpi(), bytes, BufferType.BYTE, ROOT);
      case REDUCE -> calls.reduce(data.floatSend().mpi(), data.floatRecv().mpi(), floats, BufferType.FLOAT,
          ReduceOp.SUM, ROOT);
      case ALLREDUCE -> calls.allReduce(data.floatSend().mpi(), data.floatRecv().mpi(), floats, BufferType.FLOAT,
          ReduceOp.SUM);
      case ALLTOALL -> calls.allToAll(data.send().mpi(), data.recv().mpi(), bytes, BufferType.BYTE);
    }
  }
}
