package org.scalebench.workloads.matching;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.locks.LockSupport;
import org.scalebench.api.mpi.BufferType;
import org.scalebench.api.mpi.MpiComm;
import org.scalebench.api.mpi.MpiException;
import org.scalebench.api.mpi.MpiStatus;

/**
 * Dynamic tile scheduling with a dispatcher on rank 0, over point-to-point messages.
 *
 * <p>Rank 0 keeps the next free tile id. Its own worker threads take tiles straight from that
 * counter (one at a time, no messages), while its main thread serves the other ranks: a request
 * ({@code int[1]}: how many tiles the rank has room for) is answered with a grant ({@code int[2]}:
 * first tile id, count; count 0 means no tiles are left). So rank 0 computes as much as any rank,
 * and its main thread only costs a few microseconds per request. Grants are guided (Polychronopoulos
 * and Kuck 1987): at most the remaining tiles over twice the worker threads, so that the last tiles
 * go out one by one and ranks finish together.
 *
 * <p>The other ranks' main threads keep {@code 2 x workers} tile ids queued for their workers and
 * ask for more while waiting for none: the request for the next tiles travels while the current
 * ones compute.
 *
 * <p>Waiting is polling with {@code MPI_Iprobe} and a short sleep (20 us doubling to 0.5 ms), not a
 * blocking receive: Open MPI busy-polls inside a blocking receive, and that spinning main thread
 * would take a core from the rank's own workers.
 */
final class TileDispatch {
  static final int TAG_REQUEST = 7301;
  static final int TAG_GRANT = 7302;
  private static final long MIN_PAUSE_NANOS = 20_000;
  private static final long MAX_PAUSE_NANOS = 500_000;

  private TileDispatch() {}

  /** Rank 0's tile counter, shared by its workers and the requests it serves. */
  static final class Counter {
    private final int tiles;
    private final int totalWorkers;
    private int next;

    Counter(int tiles, int totalWorkers) {
      this.tiles = tiles;
      this.totalWorkers = Math.max(1, totalWorkers);
    }

    /** Up to {@code wanted} consecutive tile ids: {@code {first, count}}, count 0 when none are left. */
    synchronized int[] grant(int wanted) {
      int remaining = tiles - next;
      int count = Math.min(Math.max(1, wanted), Math.max(1, remaining / (2 * totalWorkers)));
      count = Math.min(count, remaining);
      int[] g = {next, count};
      next += count;
      return g;
    }

    /** The source rank 0's own workers read. */
    TileWorkers.TileSource localSource() {
      return () -> {
        int[] g = grant(1);
        return g[1] == 0 ? -1 : g[0];
      };
    }
  }

  /** Rank 0's main thread: answers requests until every other rank has been told that none are left. */
  static void serve(MpiComm comm, Counter counter, TileWorkers local) throws Exception {
    int open = comm.size() - 1;
    long pause = MIN_PAUSE_NANOS;
    int[] request = new int[1];
    while (open > 0) {
      local.throwIfFailed();
      MpiStatus s = comm.iProbe(MpiComm.ANY_SOURCE, TAG_REQUEST);
      if (s == null) {
        LockSupport.parkNanos(pause);
        pause = Math.min(MAX_PAUSE_NANOS, pause * 2);
        continue;
      }
      int source = s.source();
      comm.recv(request, 1, BufferType.INT, source, TAG_REQUEST, MatchingPhases.DISPATCH);
      int[] grant = counter.grant(request[0]);
      comm.send(grant, 2, BufferType.INT, source, TAG_GRANT, MatchingPhases.DISPATCH);
      if (grant[1] == 0) {
        open--;
      }
      pause = MIN_PAUSE_NANOS;
    }
  }

  /** A queue of tile ids that another rank's main thread fills and its workers drain. */
  static final class Queue {
    private static final int DONE = -1;
    private final BlockingQueue<Integer> ids = new LinkedBlockingQueue<>();
    private final int workers;

    Queue(int workers) {
      this.workers = workers;
    }

    TileWorkers.TileSource source() {
      return ids::take;
    }

    /**
     * The main thread of a rank other than 0: requests tiles until rank 0 says none are left, then
     * tells each worker to stop.
     */
    void fill(MpiComm comm, TileWorkers local) throws Exception {
      int prefetch = 2 * workers;
      boolean outstanding = false;
      long pause = MIN_PAUSE_NANOS;
      int[] grant = new int[2];
      while (true) {
        local.throwIfFailed();
        if (!outstanding && ids.size() < prefetch) {
          comm.send(new int[] {prefetch - ids.size()}, 1, BufferType.INT, 0, TAG_REQUEST,
              MatchingPhases.DISPATCH);
          outstanding = true;
        }
        if (outstanding && arrived(comm)) {
          comm.recv(grant, 2, BufferType.INT, 0, TAG_GRANT, MatchingPhases.DISPATCH);
          outstanding = false;
          if (grant[1] == 0) {
            break;
          }
          for (int i = 0; i < grant[1]; i++) {
            ids.add(grant[0] + i);
          }
          pause = MIN_PAUSE_NANOS;
          continue;
        }
        LockSupport.parkNanos(pause);
        pause = Math.min(MAX_PAUSE_NANOS, pause * 2);
      }
      for (int w = 0; w < workers; w++) {
        ids.add(DONE);
      }
    }

    private static boolean arrived(MpiComm comm) throws MpiException {
      return comm.iProbe(0, TAG_GRANT) != null;
    }
  }
}
