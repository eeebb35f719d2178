package org.scalebench.workloads.gridsearch.schedule;

import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import org.scalebench.api.mpi.BufferType;
import org.scalebench.api.mpi.DirectBuffers;
import org.scalebench.api.mpi.MpiCalls;
import org.scalebench.api.mpi.MpiException;
import org.scalebench.api.mpi.MpiRequests;

/**
 * Non-blocking sends of small messages from direct buffers, kept until they complete (each request
 * holds its buffer).
 *
 * <p>Why not a blocking send: measured here, a worker's blocking 700-byte send to rank 0 stalled
 * while rank 0 was inside an XGBoost fit (32 s of 86 over a run), although a message that small should
 * leave eagerly; the stalled worker could not start the task it already held. A non-blocking send
 * returns at once and completes whenever the receiver next enters MPI. The Open MPI Java bindings
 * need direct buffers for non-blocking calls (the Open MPI Java bindings' documentation).
 */
final class PendingSends {
  private final MpiRequests requests = new MpiRequests(DynamicSchedule.DEPTH);

  /** Sends {@code bytes} through {@code calls} (a block of the timed communicator). */
  void send(MpiCalls calls, byte[] bytes, int dest, int tag) throws MpiException {
    ByteBuffer buffer = DirectBuffers.bytes(bytes.length);
    buffer.put(bytes).clear();
    start(calls, buffer, bytes.length, BufferType.BYTE, dest, tag);
  }

  void send(MpiCalls calls, int[] values, int dest, int tag) throws MpiException {
    IntBuffer buffer = DirectBuffers.ints(values.length);
    buffer.put(values).clear();
    start(calls, buffer, values.length, BufferType.INT, dest, tag);
  }

  private void start(MpiCalls calls, Buffer buffer, int count, BufferType type, int dest, int tag)
      throws MpiException {
    calls.isend(buffer, count, type, dest, tag, requests);
    calls.test(requests); // drops the sends that have completed meanwhile
  }

  /** Blocks until every send has completed. */
  void finish(MpiCalls calls) throws MpiException {
    calls.waitAll(requests);
  }
}
