package org.scalebench.workloads.gridsearch.schedule;

import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import mpi.Comm;
import mpi.MPI;
import mpi.MPIException;
import mpi.Request;

/**
 * Non-blocking sends of small messages from direct buffers, kept alive until they complete.
 *
 * <p>Why not a blocking send: measured here, a worker's blocking 700-byte send to rank 0 stalled
 * while rank 0 was inside an XGBoost fit (32 s of 86 over a run), although a message that small should
 * leave eagerly; the stalled worker could not start the task it already held. A non-blocking send
 * returns at once and completes whenever the receiver next enters MPI. The Open MPI Java bindings
 * need direct buffers for non-blocking calls (the Open MPI Java bindings' documentation).
 */
final class PendingSends {
  private final Comm comm;
  private final List<Request> requests = new ArrayList<>();
  private final List<Buffer> buffers = new ArrayList<>();

  PendingSends(Comm comm) {
    this.comm = comm;
  }

  void send(byte[] bytes, int dest, int tag) throws MPIException {
    ByteBuffer buffer = MPI.newByteBuffer(bytes.length);
    buffer.put(bytes).clear();
    start(comm.iSend(buffer, bytes.length, MPI.BYTE, dest, tag), buffer);
  }

  void send(int[] values, int dest, int tag) throws MPIException {
    IntBuffer buffer = MPI.newIntBuffer(values.length);
    buffer.put(values).clear();
    start(comm.iSend(buffer, values.length, MPI.INT, dest, tag), buffer);
  }

  private void start(Request request, Buffer buffer) throws MPIException {
    requests.add(request);
    buffers.add(buffer);
    Iterator<Request> r = requests.iterator();
    Iterator<Buffer> b = buffers.iterator();
    while (r.hasNext()) {
      Request next = r.next();
      b.next();
      if (next.test()) {
        r.remove();
        b.remove();
      }
    }
  }

  /** Blocks until every send has completed. */
  void finish() throws MPIException {
    for (Request r : requests) {
      r.waitFor();
    }
    requests.clear();
    buffers.clear();
  }
}
