package org.scalebench.workloads.matching;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The worker threads of one rank in the tiles strategy ({@code cpus-per-task} of them): each takes
 * tile ids from a {@link TileSource}, runs {@link PairFinder#findPairs} on the tile and streams the
 * matches to its own {@link PartFile}, noting where each tile's run starts. Workers never call MPI
 * (the rank's main thread does), so the bindings are only ever used from one thread.
 */
final class TileWorkers {
  /** Where workers get tile ids; {@code -1} means there are no more. */
  @FunctionalInterface
  interface TileSource {
    int next() throws InterruptedException;
  }

  private final List<Thread> threads = new ArrayList<>();
  private final List<Worker> workers = new ArrayList<>();
  private final AtomicReference<Throwable> failure = new AtomicReference<>();

  TileWorkers(PairFinder finder, TileGrid grid, Path partsDir, int rank, int count, TileSource source) {
    Objects.requireNonNull(source, "source must not be null");
    if (count < 1 || count > PartFile.MAX_WORKERS) {
      throw new IllegalArgumentException("worker threads must be in [1, " + PartFile.MAX_WORKERS + "], got " + count);
    }
    for (int w = 0; w < count; w++) {
      Worker worker = new Worker(finder, grid, PartFile.path(partsDir, rank, w), PartFile.partNumber(rank, w), source);
      workers.add(worker);
      Thread t = new Thread(() -> {
        try {
          worker.run();
        } catch (Throwable e) {
          failure.compareAndSet(null, e);
        }
      }, "tile-worker-" + w);
      t.setDaemon(true); // a failed rank exits through MPI abort; workers must not keep the JVM alive
      threads.add(t);
    }
  }

  void start() {
    threads.forEach(Thread::start);
  }

  /** Rethrows the first worker failure, if any, on the calling (main) thread. */
  void throwIfFailed() throws Exception {
    rethrow(failure.get());
  }

  /** Throws {@code e} (a worker thread's failure) on the calling thread, if it is not null. */
  static void rethrow(Throwable e) throws Exception {
    if (e instanceof Exception ex) {
      throw ex;
    } else if (e instanceof Error err) {
      throw err;
    } else if (e != null) {
      throw new IllegalStateException(e);
    }
  }

  /** Waits for every worker to finish, rethrowing a failure as soon as one happens. */
  Totals join() throws Exception {
    for (Thread t : threads) {
      while (t.isAlive()) {
        t.join(20);
        throwIfFailed();
      }
    }
    throwIfFailed();
    Totals totals = new Totals();
    for (Worker w : workers) {
      totals.add(w);
    }
    return totals;
  }

  /** The sums over the rank's workers, in thread-nanoseconds. */
  static final class Totals {
    long computeNanos;
    long ioNanos;
    long idleNanos;
    long bytesWritten;
    long tiles;
    TileStats stats = TileStats.EMPTY;
    long[] index = new long[0];

    private void add(Worker w) {
      computeNanos += w.computeNanos;
      ioNanos += w.ioNanos;
      idleNanos += w.idleNanos;
      bytesWritten += w.bytesWritten;
      tiles += w.tiles;
      stats = stats.plus(w.stats);
      long[] joined = new long[index.length + w.indexUsed];
      System.arraycopy(index, 0, joined, 0, index.length);
      System.arraycopy(w.index, 0, joined, index.length, w.indexUsed);
      index = joined;
    }
  }

  private static final class Worker {
    private final PairFinder finder;
    private final TileGrid grid;
    private final Path file;
    private final int part;
    private final TileSource source;
    private long computeNanos;
    private long ioNanos;
    private long idleNanos;
    private long bytesWritten;
    private long tiles;
    private TileStats stats = TileStats.EMPTY;
    private long[] index = new long[0];
    private int indexUsed;

    Worker(PairFinder finder, TileGrid grid, Path file, int part, TileSource source) {
      this.finder = finder;
      this.grid = grid;
      this.file = file;
      this.part = part;
      this.source = source;
    }

    void run() throws IOException, InterruptedException {
      long busyNanos = 0;
      try (PartFile.Writer out = new PartFile.Writer(file)) {
        while (true) {
          long t0 = System.nanoTime();
          int id = source.next();
          long t1 = System.nanoTime();
          idleNanos += t1 - t0;
          if (id < 0) {
            break;
          }
          long first = out.records();
          stats = stats.plus(finder.findPairs(grid.tile(id), out));
          busyNanos += System.nanoTime() - t1;
          index = RunIndex.append(index, indexUsed, id, part, first, out.records() - first);
          indexUsed += RunIndex.LONGS_PER_ENTRY;
          tiles++;
        }
        long drainedInTiles = out.writeNanos();
        long t2 = System.nanoTime();
        out.close();
        ioNanos = drainedInTiles + (System.nanoTime() - t2);
        // writes that happened inside findPairs (buffer drains) are I/O, not compute
        computeNanos = Math.max(0, busyNanos - drainedInTiles);
        bytesWritten = out.bytes();
      }
    }
  }
}
