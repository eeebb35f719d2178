package org.scalebench.workloads.matching;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.scalebench.results.PhaseKind;
import org.scalebench.api.mpi.BufferType;
import org.scalebench.api.mpi.MpiComm;
import org.scalebench.api.mpi.PhaseTimer;
import org.scalebench.api.RankContext;

/**
 * The strategy that scales: tiles handed out dynamically by rank 0 ({@link TileDispatch}), each
 * rank's workers stream matches to part files ({@link PartFile}), ranks send rank 0 only where
 * each tile's run is ({@link RunIndex}), and rank 0 merges the runs into {@code pairs.csv} ({@link
 * PartsMerger}) and deletes the parts. Per rank, memory is the two lists, one tile's scratch per
 * worker, write buffers and the run index: never the result, never anything of size left x right.
 *
 * <p>Phases (per rank, wall-clock on the rank's timeline): {@code compute}, {@code write-parts}
 * (I/O) and {@code idle} (waiting for a tile; communication, all of it wait) split the time from
 * the first tile to the last worker's end in proportion to the workers' own thread times; {@code
 * dispatch} is the requests and grants (calls and bytes; a few microseconds each, on the main
 * thread while the workers compute); {@code gather-index} collects the run index at rank 0 (its
 * barrier's wait is the ranks finishing at different times); {@code merge} is rank 0's merge (I/O).
 */
final class TilesStrategy {
  static final String PARTS_DIR = "parts";

  private TilesStrategy() {}

  static Outcome run(RankContext ctx, NameLists lists, PairFinder finder, TileGrid grid) throws Exception {
    MpiComm comm = ctx.comm();
    PhaseTimer timer = ctx.timer();
    Path partsDir = ctx.outputDir().resolve(PARTS_DIR);
    Files.createDirectories(partsDir);
    int threads = ctx.cpus();
    TileDispatch.Counter counter = comm.rank() == 0 ? new TileDispatch.Counter(grid.count(), comm.size() * threads) : null;
    TileDispatch.Queue queue = comm.rank() == 0 ? null : new TileDispatch.Queue(threads);
    TileWorkers workers = new TileWorkers(finder, grid, partsDir, comm.rank(), threads,
        comm.rank() == 0 ? counter.localSource() : queue.source());

    long t0 = System.nanoTime();
    workers.start();
    if (comm.rank() == 0) {
      TileDispatch.serve(comm, counter, workers);
    } else {
      queue.fill(comm, workers);
    }
    TileWorkers.Totals totals = workers.join();
    long wall = System.nanoTime() - t0;
    recordSplit(timer, wall, totals);

    RankOutcome mine = new RankOutcome(totals.stats, totals.tiles, wall);
    List<RankOutcome> ranks = RankOutcome.gather(comm, mine, MatchingPhases.GATHER_INDEX);
    RunIndex index = gatherIndex(comm, totals.index, grid.count());
    PartsMerger.Merged merged = null;
    if (comm.rank() == 0) {
      try (PhaseTimer.Span io = timer.io(MatchingPhases.MERGE)) {
        merged = PartsMerger.merge(grid, index, partsDir, lists, ctx.outputDir().resolve(MatchingWorkload.PAIRS_CSV));
        PartsMerger.deleteParts(partsDir);
        io.addBytes(merged.bytesRead() + merged.bytesWritten());
      }
    }
    return new Outcome(ranks, merged);
  }

  /**
   * Splits the wall time of the compute phase into compute, write and idle in proportion to the
   * workers' thread times, so the rank's phases add up to its wall clock whatever the thread count.
   */
  static void recordSplit(PhaseTimer timer, long wallNanos, TileWorkers.Totals totals) {
    long sum = totals.computeNanos + totals.ioNanos + totals.idleNanos;
    double scale = sum == 0 ? 0 : (double) wallNanos / sum;
    long compute = sum == 0 ? wallNanos : Math.round(totals.computeNanos * scale);
    long io = Math.round(totals.ioNanos * scale);
    long idle = Math.round(totals.idleNanos * scale);
    timer.add(MatchingPhases.COMPUTE, PhaseKind.COMPUTE, compute, 0, 0);
    timer.add(MatchingPhases.WRITE_PARTS, PhaseKind.IO, io, 0, totals.bytesWritten);
    timer.add(MatchingPhases.IDLE, PhaseKind.COMM, idle, idle, 0);
  }

  private static RunIndex gatherIndex(MpiComm comm, long[] entries, int tiles) throws Exception {
    int[] counts = new int[comm.size()];
    comm.allGather(new int[] {entries.length}, counts, 1, BufferType.INT, MatchingPhases.GATHER_INDEX);
    int[] displs = new int[comm.size()];
    long total = 0;
    for (int r = 0; r < comm.size(); r++) {
      displs[r] = (int) total;
      total += counts[r];
    }
    if (total > Integer.MAX_VALUE - 16) {
      throw new IllegalStateException("the run index of " + tiles + " tiles does not fit one gather; use larger tiles");
    }
    long[] all = comm.rank() == 0 ? new long[(int) total] : new long[0];
    comm.gatherv(entries, all, counts, displs, BufferType.LONG, 0, MatchingPhases.GATHER_INDEX);
    if (comm.rank() != 0) {
      return null;
    }
    RunIndex index = new RunIndex(tiles);
    index.addAll(all, 0, all.length);
    return index;
  }

  /** Rank 0's view after the merge: every rank's outcome and what the merge wrote. */
  record Outcome(List<RankOutcome> ranks, PartsMerger.Merged merged) {}
}
