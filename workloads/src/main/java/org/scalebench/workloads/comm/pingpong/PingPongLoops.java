package org.scalebench.workloads.comm.pingpong;

import java.nio.ByteBuffer;
import mpi.Intracomm;
import mpi.MPI;
import mpi.MPIException;
import mpi.Request;
import org.scalebench.workloads.comm.BatchTiming;
import org.scalebench.workloads.comm.BufferKind;
import org.scalebench.workloads.comm.MessageBuffer;

/**
 * The timed loops between ranks 0 and 1, after OSU's {@code osu_latency}, {@code osu_bw} and
 * {@code osu_bibw}. Each runs {@code untimed + timed} rounds and returns the clock of the timed
 * rounds as seen by its own rank (rank 0's is the one reported, as in OSU). Calls go to the
 * raw communicator: the timed layer's per-call bookkeeping would show up in 1-byte latencies.
 */
final class PingPongLoops {
  static final int TAG = 11;
  private static final int ACK_TAG = 12;

  private final Intracomm comm;
  private final int rank;
  private final int partner;
  /** The 4-byte acknowledgement closing each bandwidth round (OSU sends one too). */
  private final ByteBuffer ack = MPI.newByteBuffer(4);

  PingPongLoops(Intracomm comm, int rank) {
    if (rank > 1) {
      throw new IllegalArgumentException("only ranks 0 and 1 ping-pong, got rank " + rank);
    }
    this.comm = comm;
    this.rank = rank;
    this.partner = 1 - rank;
  }

  /**
   * Ping-pong: rank 0 sends {@code bytes} of {@code send} and waits for the echo into {@code
   * recv}; rank 1 receives into {@code recv} and sends that back. One-way latency is the result
   * over {@code 2 * timed}.
   */
  BatchTiming latency(MessageBuffer send, MessageBuffer recv, int bytes, int untimed, int timed) throws MPIException {
    Object s = send.mpi();
    Object r = recv.mpi();
    BatchTiming clock = new BatchTiming(untimed, timed);
    for (int i = 0; i < clock.iterations(); i++) {
      clock.at(i);
      if (rank == 0) {
        comm.send(s, bytes, MPI.BYTE, partner, TAG);
        comm.recv(r, bytes, MPI.BYTE, partner, TAG);
      } else {
        comm.recv(r, bytes, MPI.BYTE, partner, TAG);
        comm.send(r, bytes, MPI.BYTE, partner, TAG);
      }
    }
    clock.finish();
    return clock;
  }

  /**
   * Unidirectional bandwidth: per round rank 0 sends {@code window} messages of {@code bytes},
   * rank 1 receives them, then acknowledges. Direct buffers use {@code iSend}/{@code iRecv} and one
   * {@code waitAll} (OSU's pattern); Java arrays, which the bindings accept only in blocking calls,
   * stream the window with blocking {@code send}/{@code recv}.
   */
  BatchTiming bandwidth(MessageBuffer send, MessageBuffer recv, int bytes, int window, int untimed, int timed)
      throws MPIException {
    Request[] requests = new Request[window];
    boolean nonBlocking = send.kind() == BufferKind.DIRECT;
    BatchTiming clock = new BatchTiming(untimed, timed);
    for (int i = 0; i < clock.iterations(); i++) {
      clock.at(i);
      if (rank == 0) {
        if (nonBlocking) {
          ByteBuffer s = send.direct();
          for (int w = 0; w < window; w++) {
            requests[w] = comm.iSend(s, bytes, MPI.BYTE, partner, TAG);
          }
          Request.waitAll(requests);
        } else {
          Object s = send.mpi();
          for (int w = 0; w < window; w++) {
            comm.send(s, bytes, MPI.BYTE, partner, TAG);
          }
        }
        comm.recv(ack, 4, MPI.BYTE, partner, ACK_TAG);
      } else {
        if (nonBlocking) {
          ByteBuffer r = recv.direct();
          for (int w = 0; w < window; w++) {
            requests[w] = comm.iRecv(r, bytes, MPI.BYTE, partner, TAG);
          }
          Request.waitAll(requests);
        } else {
          Object r = recv.mpi();
          for (int w = 0; w < window; w++) {
            comm.recv(r, bytes, MPI.BYTE, partner, TAG);
          }
        }
        comm.send(ack, 4, MPI.BYTE, partner, ACK_TAG);
      }
    }
    clock.finish();
    return clock;
  }

  /**
   * Bidirectional bandwidth: per round both ranks post {@code window} receives and {@code window}
   * sends to each other, then wait for all (direct buffers only: non-blocking calls).
   */
  BatchTiming bidirectional(MessageBuffer send, MessageBuffer recv, int bytes, int window, int untimed, int timed)
      throws MPIException {
    Request[] requests = new Request[2 * window];
    ByteBuffer s = send.direct();
    ByteBuffer r = recv.direct();
    BatchTiming clock = new BatchTiming(untimed, timed);
    for (int i = 0; i < clock.iterations(); i++) {
      clock.at(i);
      for (int w = 0; w < window; w++) {
        requests[w] = comm.iRecv(r, bytes, MPI.BYTE, partner, TAG);
      }
      for (int w = 0; w < window; w++) {
        requests[window + w] = comm.iSend(s, bytes, MPI.BYTE, partner, TAG);
      }
      Request.waitAll(requests);
    }
    clock.finish();
    return clock;
  }
}
