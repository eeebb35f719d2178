package org.scalebench.workloads.comm.pingpong;

import java.nio.ByteBuffer;
import mpi.Intracomm;
import mpi.MPI;
import mpi.MPIException;
import mpi.Request;
import org.scalebench.workloads.comm.MessageBuffer;

/**
 * The timed loops between ranks 0 and 1, after OSU's {@code osu_latency}, {@code osu_bw} and
 * {@code osu_bibw}. Each runs {@code untimed + timed} rounds and returns the nanoseconds of the
 * timed rounds as seen by its own rank (rank 0's is the one reported, as in OSU). Calls go to the
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
  long latency(MessageBuffer send, MessageBuffer recv, int bytes, int untimed, int timed) throws MPIException {
    Object s = send.mpi();
    Object r = recv.mpi();
    long t0 = System.nanoTime();
    for (int i = 0; i < untimed + timed; i++) {
      if (i == untimed) {
        t0 = System.nanoTime();
      }
      if (rank == 0) {
        comm.send(s, bytes, MPI.BYTE, partner, TAG);
        comm.recv(r, bytes, MPI.BYTE, partner, TAG);
      } else {
        comm.recv(r, bytes, MPI.BYTE, partner, TAG);
        comm.send(r, bytes, MPI.BYTE, partner, TAG);
      }
    }
    return System.nanoTime() - t0;
  }

  /**
   * Unidirectional bandwidth: per round rank 0 sends {@code window} messages of {@code bytes},
   * rank 1 receives them, then acknowledges. Direct buffers use {@code iSend}/{@code iRecv} and one
   * {@code waitAll} (OSU's pattern); Java arrays, which the bindings accept only in blocking calls,
   * stream the window with blocking {@code send}/{@code recv}.
   */
  long bandwidth(MessageBuffer send, MessageBuffer recv, int bytes, int window, int untimed, int timed)
      throws MPIException {
    Request[] requests = new Request[window];
    boolean nonBlocking = send.kind() == org.scalebench.workloads.comm.BufferKind.DIRECT;
    long t0 = System.nanoTime();
    for (int i = 0; i < untimed + timed; i++) {
      if (i == untimed) {
        t0 = System.nanoTime();
      }
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
    return System.nanoTime() - t0;
  }

  /**
   * Bidirectional bandwidth: per round both ranks post {@code window} receives and {@code window}
   * sends to each other, then wait for all (direct buffers only: non-blocking calls).
   */
  long bidirectional(MessageBuffer send, MessageBuffer recv, int bytes, int window, int untimed, int timed)
      throws MPIException {
    Request[] requests = new Request[2 * window];
    ByteBuffer s = send.direct();
    ByteBuffer r = recv.direct();
    long t0 = System.nanoTime();
    for (int i = 0; i < untimed + timed; i++) {
      if (i == untimed) {
        t0 = System.nanoTime();
      }
      for (int w = 0; w < window; w++) {
        requests[w] = comm.iRecv(r, bytes, MPI.BYTE, partner, TAG);
      }
      for (int w = 0; w < window; w++) {
        requests[window + w] = comm.iSend(s, bytes, MPI.BYTE, partner, TAG);
      }
      Request.waitAll(requests);
    }
    return System.nanoTime() - t0;
  }
}
