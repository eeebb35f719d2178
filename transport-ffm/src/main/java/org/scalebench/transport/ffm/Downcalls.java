package org.scalebench.transport.ffm;

import java.lang.invoke.MethodHandle;

/**
 * The downcall handles of this process's MPI library as {@code static final} fields: only a
 * constant method handle is inlined by the JIT into its call site, and a handle read from an
 * instance field or a map cost about 0.4 us per 8-byte one-way message in the ping-pong (measured
 * with bench/scripts/comm-vs-native.sh), more than Open MPI's whole shared-memory latency. A process
 * initializes MPI once, so one library fills them: {@link FfmMpi} sets {@link LibMpi#active} before
 * its first call touches this class (a field of this class could not carry it: writing it would
 * initialize the class first).
 */
final class Downcalls {
  static final MethodHandle MPI_INIT;
  static final MethodHandle MPI_FINALIZE;
  static final MethodHandle MPI_INITIALIZED;
  static final MethodHandle MPI_FINALIZED;
  static final MethodHandle MPI_COMM_RANK;
  static final MethodHandle MPI_COMM_SIZE;
  static final MethodHandle MPI_ABORT;
  static final MethodHandle MPI_GET_LIBRARY_VERSION;
  static final MethodHandle MPI_GET_PROCESSOR_NAME;
  static final MethodHandle MPI_GET_COUNT;
  static final MethodHandle MPI_BARRIER;
  static final MethodHandle MPI_PROBE;
  static final MethodHandle MPI_IPROBE;
  static final MethodHandle MPI_WAIT;
  static final MethodHandle MPI_WAITALL;
  static final MethodHandle MPI_TEST;
  static final MethodHandle MPI_ISEND;
  static final MethodHandle MPI_IRECV;
  static final MethodHandle MPI_WTIME;
  static final MethodHandle MPI_SEND;
  static final MethodHandle MPI_RECV;
  static final MethodHandle MPI_SENDRECV;
  static final MethodHandle MPI_BCAST;
  static final MethodHandle MPI_SCATTER;
  static final MethodHandle MPI_GATHER;
  static final MethodHandle MPI_SCATTERV;
  static final MethodHandle MPI_GATHERV;
  static final MethodHandle MPI_REDUCE;
  static final MethodHandle MPI_ALLREDUCE;
  static final MethodHandle MPI_ALLGATHER;
  static final MethodHandle MPI_ALLTOALL;
  static final MethodHandle MPI_SEND_HEAP;
  static final MethodHandle MPI_RECV_HEAP;
  static final MethodHandle MPI_SENDRECV_HEAP;
  static final MethodHandle MPI_BCAST_HEAP;
  static final MethodHandle MPI_SCATTER_HEAP;
  static final MethodHandle MPI_GATHER_HEAP;
  static final MethodHandle MPI_SCATTERV_HEAP;
  static final MethodHandle MPI_GATHERV_HEAP;
  static final MethodHandle MPI_REDUCE_HEAP;
  static final MethodHandle MPI_ALLREDUCE_HEAP;
  static final MethodHandle MPI_ALLGATHER_HEAP;
  static final MethodHandle MPI_ALLTOALL_HEAP;

  static {
    LibMpi lib = LibMpi.active;
    if (lib == null) {
      throw new IllegalStateException("Downcalls used before FfmMpi loaded an MPI library");
    }
    MPI_INIT = lib.call("MPI_Init");
    MPI_FINALIZE = lib.call("MPI_Finalize");
    MPI_INITIALIZED = lib.call("MPI_Initialized");
    MPI_FINALIZED = lib.call("MPI_Finalized");
    MPI_COMM_RANK = lib.call("MPI_Comm_rank");
    MPI_COMM_SIZE = lib.call("MPI_Comm_size");
    MPI_ABORT = lib.call("MPI_Abort");
    MPI_GET_LIBRARY_VERSION = lib.call("MPI_Get_library_version");
    MPI_GET_PROCESSOR_NAME = lib.call("MPI_Get_processor_name");
    MPI_GET_COUNT = lib.call("MPI_Get_count");
    MPI_BARRIER = lib.call("MPI_Barrier");
    MPI_PROBE = lib.call("MPI_Probe");
    MPI_IPROBE = lib.call("MPI_Iprobe");
    MPI_WAIT = lib.call("MPI_Wait");
    MPI_WAITALL = lib.call("MPI_Waitall");
    MPI_TEST = lib.call("MPI_Test");
    MPI_ISEND = lib.call("MPI_Isend");
    MPI_IRECV = lib.call("MPI_Irecv");
    MPI_WTIME = lib.call("MPI_Wtime");
    MPI_SEND = lib.call("MPI_Send");
    MPI_RECV = lib.call("MPI_Recv");
    MPI_SENDRECV = lib.call("MPI_Sendrecv");
    MPI_BCAST = lib.call("MPI_Bcast");
    MPI_SCATTER = lib.call("MPI_Scatter");
    MPI_GATHER = lib.call("MPI_Gather");
    MPI_SCATTERV = lib.call("MPI_Scatterv");
    MPI_GATHERV = lib.call("MPI_Gatherv");
    MPI_REDUCE = lib.call("MPI_Reduce");
    MPI_ALLREDUCE = lib.call("MPI_Allreduce");
    MPI_ALLGATHER = lib.call("MPI_Allgather");
    MPI_ALLTOALL = lib.call("MPI_Alltoall");
    MPI_SEND_HEAP = lib.callWithHeap("MPI_Send");
    MPI_RECV_HEAP = lib.callWithHeap("MPI_Recv");
    MPI_SENDRECV_HEAP = lib.callWithHeap("MPI_Sendrecv");
    MPI_BCAST_HEAP = lib.callWithHeap("MPI_Bcast");
    MPI_SCATTER_HEAP = lib.callWithHeap("MPI_Scatter");
    MPI_GATHER_HEAP = lib.callWithHeap("MPI_Gather");
    MPI_SCATTERV_HEAP = lib.callWithHeap("MPI_Scatterv");
    MPI_GATHERV_HEAP = lib.callWithHeap("MPI_Gatherv");
    MPI_REDUCE_HEAP = lib.callWithHeap("MPI_Reduce");
    MPI_ALLREDUCE_HEAP = lib.callWithHeap("MPI_Allreduce");
    MPI_ALLGATHER_HEAP = lib.callWithHeap("MPI_Allgather");
    MPI_ALLTOALL_HEAP = lib.callWithHeap("MPI_Alltoall");
  }

  private Downcalls() {}
}
