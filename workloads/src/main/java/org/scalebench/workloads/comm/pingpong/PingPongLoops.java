package org.scalebench.workloads.comm.pingpong;

import java.nio.ByteBuffer;
import org.scalebench.api.mpi.BufferType;
import org.scalebench.api.mpi.DirectBuffers;
import org.scalebench.api.mpi.MpiCalls;
import org.scalebench.api.mpi.MpiException;
import org.scalebench.api.mpi.MpiRequests;
import org.scalebench.workloads.comm.BatchTiming;
import org.scalebench.workloads.comm.BufferKind;
import org.scalebench.workloads.comm.MessageBuffer;

/**
 * The loops between ranks 0 and 1, after OSU's {@code osu_latency}, {@code osu_bw} and {@code
 * osu_bibw}. Each runs {@code rounds} rounds on {@code calls} and returns the clock of the rounds as
 * seen by its own rank (rank 0's is the one reported, as in OSU). The caller passes a block of the
 * timed communicator (timed loops and warm-ups: recorded once per loop, no per-call bookkeeping
 * that would show in 1-byte latencies) or its untimed view (the validation rounds).
 */
final class PingPongLoops {
  static final int TAG = 11;
  private static final int ACK_TAG = 12;

  private final int rank;
  private final int partner;
  /** The 4-byte acknowledgement closing each bandwidth round (OSU sends one too). */
  private final ByteBuffer ack = DirectBuffers.bytes(4);

  PingPongLoops(int rank) {
    if (rank > 1) {
      throw new IllegalArgumentException("only ranks 0 and 1 ping-pong, got rank " + rank);
    }
    this.rank = rank;
    this.partner = 1 - rank;
  }

  /**
   * Ping-pong: rank 0 sends {@code bytes} of {@code send} and waits for the echo into {@code
   * recv}; rank 1 receives into {@code recv} and sends that back. One-way latency is the result
   * over {@code 2 * rounds}.
   */
  BatchTiming latency(MpiCalls calls, MessageBuffer send, MessageBuffer recv, int bytes, int rounds)
      throws MpiException {
    Object s = send.mpi();
    Object r = recv.mpi();
    BatchTiming clock = new BatchTiming(0, rounds);
    for (int i = 0; i < rounds; i++) {
      clock.at(i);
      if (rank == 0) {
        calls.send(s, bytes, BufferType.BYTE, partner, TAG);
        calls.recv(r, bytes, BufferType.BYTE, partner, TAG);
      } else {
        calls.recv(r, bytes, BufferType.BYTE, partner, TAG);
        calls.send(r, bytes, BufferType.BYTE, partner, TAG);
      }
    }
    clock.finish();
    return clock;
  }

  /**
   * Unidirectional bandwidth: per round rank 0 sends {@code window} messages of {@code bytes},
   * rank 1 receives them, then acknowledges. Direct buffers use {@code isend}/{@code irecv} and one
   * {@code waitAll} (OSU's pattern); Java arrays, which the bindings accept only in blocking calls,
   * stream the window with blocking {@code send}/{@code recv}.
   */
  BatchTiming bandwidth(MpiCalls calls, MessageBuffer send, MessageBuffer recv, int bytes, int window, int rounds)
      throws MpiException {
    MpiRequests requests = new MpiRequests(window);
    boolean nonBlocking = send.kind() == BufferKind.DIRECT;
    BatchTiming clock = new BatchTiming(0, rounds);
    for (int i = 0; i < rounds; i++) {
      clock.at(i);
      if (rank == 0) {
        if (nonBlocking) {
          ByteBuffer s = send.direct();
          for (int w = 0; w < window; w++) {
            calls.isend(s, bytes, BufferType.BYTE, partner, TAG, requests);
          }
          calls.waitAll(requests);
        } else {
          Object s = send.mpi();
          for (int w = 0; w < window; w++) {
            calls.send(s, bytes, BufferType.BYTE, partner, TAG);
          }
        }
        calls.recv(ack, 4, BufferType.BYTE, partner, ACK_TAG);
      } else {
        if (nonBlocking) {
          ByteBuffer r = recv.direct();
          for (int w = 0; w < window; w++) {
            calls.irecv(r, bytes, BufferType.BYTE, partner, TAG, requests);
          }
          calls.waitAll(requests);
        } else {
          Object r = recv.mpi();
          for (int w = 0; w < window; w++) {
            calls.recv(r, bytes, BufferType.BYTE, partner, TAG);
          }
        }
        calls.send(ack, 4, BufferType.BYTE, partner, ACK_TAG);
      }
    }
    clock.finish();
    return clock;
  }

  /**
   * Bidirectional bandwidth: per round both ranks post {@code window} receives and {@code window}
   * sends to each other, then wait for all (direct buffers only: non-blocking calls).
   */
  BatchTiming bidirectional(MpiCalls calls, MessageBuffer send, MessageBuffer recv, int bytes, int window,
      int rounds) throws MpiException {
    MpiRequests requests = new MpiRequests(2 * window);
    ByteBuffer s = send.direct();
    ByteBuffer r = recv.direct();
    BatchTiming clock = new BatchTiming(0, rounds);
    for (int i = 0; i < rounds; i++) {
      clock.at(i);
      for (int w = 0; w < window; w++) {
        calls.irecv(r, bytes, BufferType.BYTE, partner, TAG, requests);
      }
      for (int w = 0; w < window; w++) {
        calls.isend(s, bytes, BufferType.BYTE, partner, TAG, requests);
      }
      calls.waitAll(requests);
    }
    clock.finish();
    return clock;
  }
}
