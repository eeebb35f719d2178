package org.scalebench.workloads.comm.collectives;

import java.util.Locale;
import org.scalebench.workloads.comm.BufferKind;
import org.scalebench.workloads.comm.MessageBuffer;

/**
 * The buffers of one rank for one buffer kind, sized for the largest message on {@code ranks}
 * ranks, and the validation of each collective: byte chunks carry {@link MessageBuffer}'s pattern
 * with a seed naming sender and receiver, reductions carry {@link FloatMessage}'s values.
 */
final class CollectiveData {
  private final BufferKind kind;
  private final int rank;
  private final int ranks;
  private final MessageBuffer send;
  private final MessageBuffer recv;
  private final FloatMessage floatSend;
  private final FloatMessage floatRecv;

  CollectiveData(BufferKind kind, int rank, int ranks, int maxBytes) {
    this.kind = kind;
    this.rank = rank;
    this.ranks = ranks;
    int chunks = Math.multiplyExact(maxBytes, ranks);
    this.send = MessageBuffer.allocate(kind, chunks);
    this.recv = MessageBuffer.allocate(kind, chunks);
    this.floatSend = new FloatMessage(kind, maxBytes / Float.BYTES);
    this.floatRecv = new FloatMessage(kind, maxBytes / Float.BYTES);
  }

  /**
   * Bytes of buffers per kind on one rank, for the heap check: send and receive of {@code ranks}
   * chunks, two float vectors, and the direct buffer an array scatter receives into ({@code
   * MpiComm}'s way around the bindings' 64 KiB bug).
   */
  static long bytesNeeded(int ranks, long maxBytes) {
    return 2L * ranks * maxBytes + 3L * maxBytes;
  }

  MessageBuffer send() {
    return send;
  }

  MessageBuffer recv() {
    return recv;
  }

  FloatMessage floatSend() {
    return floatSend;
  }

  FloatMessage floatRecv() {
    return floatRecv;
  }

  /** The root broadcasts from its send buffer, the others receive into their receive buffer. */
  MessageBuffer bcastBuffer() {
    return rank == Collective.ROOT ? send : recv;
  }

  /** The pattern seed of the chunk that {@code from} sends to {@code to} at message size {@code bytes}. */
  private int seed(int bytes, int from, int to) {
    return bytes + 1009 * (from * ranks + to);
  }

  /** Fills what this rank sends for {@code c} at {@code bytes}. */
  void fill(Collective c, int bytes) {
    switch (c) {
      case BARRIER -> { }
      case BCAST -> send.fill(0, bytes, seed(bytes, Collective.ROOT, 0));
      case GATHER -> send.fill(0, bytes, seed(bytes, rank, Collective.ROOT));
      case SCATTER, ALLTOALL -> {
        for (int to = 0; to < ranks; to++) {
          send.fill(to * bytes, bytes, seed(bytes, rank, to));
        }
      }
      case REDUCE, ALLREDUCE -> floatSend.fill(bytes / Float.BYTES, rank);
    }
  }

  /** Overwrites what this rank will receive, so that a call that delivers nothing fails the check. */
  void scramble(Collective c, int bytes) {
    switch (c) {
      case BARRIER -> { }
      case BCAST -> {
        if (rank != Collective.ROOT) {
          recv.scramble(0, bytes, seed(bytes, Collective.ROOT, 0));
        }
      }
      case SCATTER, GATHER, ALLTOALL -> {
        for (int from = 0; from < ranks; from++) {
          recv.scramble(from * bytes, bytes, seed(bytes, from, c == Collective.GATHER ? Collective.ROOT : rank));
        }
      }
      case REDUCE, ALLREDUCE -> floatRecv.scramble(bytes / Float.BYTES);
    }
  }

  /**
   * Checks what this rank received from the last call.
   *
   * @throws IllegalStateException naming the collective, size, rank and offset of the first wrong value
   */
  void check(Collective c, int bytes) {
    switch (c) {
      case BARRIER -> { }
      case BCAST -> {
        if (rank != Collective.ROOT) {
          require(c, bytes, recv.firstMismatch(0, bytes, seed(bytes, Collective.ROOT, 0)), 0);
        }
      }
      case SCATTER -> require(c, bytes, recv.firstMismatch(0, bytes, seed(bytes, Collective.ROOT, rank)), 0);
      case GATHER -> {
        if (rank == Collective.ROOT) {
          for (int from = 0; from < ranks; from++) {
            require(c, bytes, recv.firstMismatch(from * bytes, bytes, seed(bytes, from, Collective.ROOT)), from);
          }
        }
      }
      case ALLTOALL -> {
        for (int from = 0; from < ranks; from++) {
          require(c, bytes, recv.firstMismatch(from * bytes, bytes, seed(bytes, from, rank)), from);
        }
      }
      case REDUCE -> {
        if (rank == Collective.ROOT) {
          require(c, bytes, floatRecv.firstWrongSum(bytes / Float.BYTES, ranks), -1);
        }
      }
      case ALLREDUCE -> require(c, bytes, floatRecv.firstWrongSum(bytes / Float.BYTES, ranks), -1);
    }
  }

  private void require(Collective c, int bytes, int badOffset, int fromRank) {
    if (badOffset >= 0) {
      throw new IllegalStateException(String.format(Locale.ROOT,
          "validation failed: %s with %s buffers, %d-byte message: rank %d got a wrong value at offset %d%s",
          c.label(), kind.label(), bytes, rank, badOffset, fromRank >= 0 ? " of the chunk from rank " + fromRank : ""));
    }
  }
}
