package org.scalebench.workloads.matching;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.scalebench.api.mpi.BufferType;
import org.scalebench.api.mpi.MpiComm;
import org.scalebench.api.mpi.PhaseTimer;
import org.scalebench.api.RankContext;

/**
 * The seed's program: rank {@code r} of {@code p} takes the static block of left strings {@code
 * [r*L/p, (r+1)*L/p)} against all right strings, keeps its matches in memory as packed arrays
 * (left and right index interleaved in an {@code int[]}, scores in a {@code double[]}), and rank 0
 * gathers them (gatherv) and writes {@code pairs.csv}. Blocks go in rank order, so the gathered
 * pairs are already sorted. Rank 0 holds every match: the approach stops where that stops fitting
 * (the seed's own caveat), and a static block takes as long as its slowest rows.
 *
 * <p>Inside a rank, {@code cpus-per-task} threads share the block in chunks of rows (the tile
 * height) taken from a counter; the main thread waits and alone calls MPI.
 *
 * <p>Phases: {@code compute}; {@code gather} (counts, then the two gathervs; its barrier's wait is
 * the ranks finishing their blocks at different times); rank 0's {@code write} (I/O).
 */
final class BroadcastStrategy {
  private BroadcastStrategy() {}

  static Outcome run(RankContext ctx, NameLists lists, PairFinder finder, TileGrid grid) throws Exception {
    MpiComm comm = ctx.comm();
    PhaseTimer timer = ctx.timer();
    int size = comm.size();
    int rank = comm.rank();
    int leftFrom = (int) ((long) grid.leftSize() * rank / size);
    int leftTo = (int) ((long) grid.leftSize() * (rank + 1) / size);

    long t0 = System.nanoTime();
    Matches[] chunks;
    TileStats stats;
    try (PhaseTimer.Span span = timer.compute(MatchingPhases.COMPUTE)) {
      chunks = computeBlock(finder, grid, leftFrom, leftTo, ctx.cpus());
      stats = TileStats.EMPTY;
      for (Matches m : chunks) {
        stats = stats.plus(m.stats);
      }
    }
    long wall = System.nanoTime() - t0;
    Matches mine = Matches.concat(chunks);

    RankOutcome outcome = new RankOutcome(stats, chunks.length, wall);
    List<RankOutcome> outcomes = RankOutcome.gather(comm, outcome, MatchingPhases.GATHER);
    int[] counts = new int[size];
    comm.allGather(new int[] {mine.count}, counts, 1, BufferType.INT, MatchingPhases.GATHER);
    long total = 0;
    for (int c : counts) {
      total += c;
    }
    if (2 * total > Integer.MAX_VALUE - 16) {
      // every rank sees the same counts, so every rank stops here, none waits in the gatherv
      throw new IllegalStateException("strategy broadcast gathers " + total + " matches at rank 0, more than "
          + "one gatherv can hold; use strategy=tiles");
    }
    int[] pairCounts = new int[size];
    int[] pairDispls = new int[size];
    int[] scoreDispls = new int[size];
    for (int r = 0, at = 0; r < size; r++) {
      pairCounts[r] = 2 * counts[r];
      pairDispls[r] = 2 * at;
      scoreDispls[r] = at;
      at += counts[r];
    }
    int[] pairs = rank == 0 ? new int[(int) (2 * total)] : new int[0];
    double[] scores = rank == 0 ? new double[(int) total] : new double[0];
    comm.gatherv(mine.pairs, pairs, pairCounts, pairDispls, BufferType.INT, 0, MatchingPhases.GATHER);
    comm.gatherv(mine.scores, scores, counts, scoreDispls, BufferType.DOUBLE, 0, MatchingPhases.GATHER);

    long written = 0;
    if (rank == 0) {
      try (PhaseTimer.Span io = timer.io(MatchingPhases.WRITE)) {
        Path target = ctx.outputDir().resolve(MatchingWorkload.PAIRS_CSV);
        write(target, lists, pairs, scores, (int) total);
        written = Files.size(target);
        io.addBytes(written);
      }
    }
    return new Outcome(outcomes, total, written);
  }

  private static Matches[] computeBlock(PairFinder finder, TileGrid grid, int leftFrom, int leftTo, int threads)
      throws Exception {
    int rows = leftTo - leftFrom;
    int chunkRows = Math.max(1, grid.tileRows());
    int chunkCount = (rows + chunkRows - 1) / chunkRows;
    Matches[] chunks = new Matches[chunkCount];
    AtomicInteger next = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Runnable work = () -> {
      try {
        for (int c = next.getAndIncrement(); c < chunkCount; c = next.getAndIncrement()) {
          int from = leftFrom + c * chunkRows;
          Matches m = new Matches();
          m.stats = finder.findPairs(new Tile(from, Math.min(leftTo, from + chunkRows), 0, grid.rightSize()), m);
          chunks[c] = m;
        }
      } catch (Throwable e) {
        failure.compareAndSet(null, e);
      }
    };
    Thread[] helpers = new Thread[threads - 1];
    for (int i = 0; i < helpers.length; i++) {
      helpers[i] = new Thread(work, "block-worker-" + (i + 1));
      helpers[i].setDaemon(true);
      helpers[i].start();
    }
    work.run(); // the main thread is the first worker: it has nothing else to do until the gather
    for (Thread t : helpers) {
      t.join();
    }
    TileWorkers.rethrow(failure.get());
    return chunks;
  }

  private static void write(Path target, NameLists lists, int[] pairs, double[] scores, int count) throws IOException {
    PairsCsvWriter.writeAtomically(target, lists.left(), lists.right(), csv -> {
      for (int i = 0; i < count; i++) {
        csv.accept(pairs[2 * i], pairs[2 * i + 1], scores[i]);
      }
      return null;
    });
  }

  /** One chunk's matches, packed. */
  static final class Matches implements PairSink {
    int[] pairs = new int[32];
    double[] scores = new double[16];
    int count;
    TileStats stats = TileStats.EMPTY;

    @Override
    public void accept(int leftIndex, int rightIndex, double score) {
      if (count == scores.length) {
        if (2L * count * 2 > Integer.MAX_VALUE - 16) {
          throw new IllegalStateException("one rank's block has more matches than an array holds; use strategy=tiles");
        }
        scores = Arrays.copyOf(scores, count * 2);
        pairs = Arrays.copyOf(pairs, count * 4);
      }
      pairs[2 * count] = leftIndex;
      pairs[2 * count + 1] = rightIndex;
      scores[count++] = score;
    }

    static Matches concat(Matches[] chunks) {
      long total = 0;
      for (Matches m : chunks) {
        total += m.count;
      }
      if (2 * total > Integer.MAX_VALUE - 16) {
        throw new IllegalStateException("one rank's block has " + total + " matches, more than an array holds; "
            + "use strategy=tiles");
      }
      Matches all = new Matches();
      all.pairs = new int[(int) (2 * total)];
      all.scores = new double[(int) total];
      for (Matches m : chunks) {
        System.arraycopy(m.pairs, 0, all.pairs, 2 * all.count, 2 * m.count);
        System.arraycopy(m.scores, 0, all.scores, all.count, m.count);
        all.count += m.count;
      }
      return all;
    }
  }

  /** Rank 0's view: every rank's outcome, the matches written and the CSV's bytes. */
  record Outcome(List<RankOutcome> ranks, long matches, long bytesWritten) {}
}
