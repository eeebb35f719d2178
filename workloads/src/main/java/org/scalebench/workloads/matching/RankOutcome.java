package org.scalebench.workloads.matching;

import java.util.ArrayList;
import java.util.List;
import org.scalebench.api.mpi.BufferType;
import org.scalebench.api.mpi.MpiComm;
import org.scalebench.api.mpi.MpiException;

/**
 * What one rank did in the matching phase, as sent to rank 0 for the summary.
 *
 * @param stats where the rank's pairs went
 * @param units tiles (or row chunks) the rank computed, {@code >= 0}
 * @param computeWallNanos wall-clock nanoseconds of the rank's compute phase, {@code >= 0}
 */
record RankOutcome(TileStats stats, long units, long computeWallNanos) {
  static final int LONGS = 7;

  RankOutcome {
    if (units < 0 || computeWallNanos < 0) {
      throw new IllegalArgumentException("units and computeWallNanos must be >= 0, got " + units + ", " + computeWallNanos);
    }
  }

  long[] toLongs() {
    return new long[] {stats.pairs(), stats.prunedByLength(), stats.prunedByBag(), stats.kernelCalls(),
        stats.matches(), units, computeWallNanos};
  }

  /** Every rank's outcome at rank 0, in rank order (empty elsewhere), gathered in {@code phase}. */
  static List<RankOutcome> gather(MpiComm comm, RankOutcome mine, String phase) throws MpiException {
    long[] all = new long[comm.rank() == 0 ? LONGS * comm.size() : LONGS];
    comm.gather(mine.toLongs(), all, LONGS, BufferType.LONG, 0, phase);
    if (comm.rank() != 0) {
      return List.of();
    }
    List<RankOutcome> ranks = new ArrayList<>(comm.size());
    for (int r = 0; r < comm.size(); r++) {
      ranks.add(fromLongs(all, r));
    }
    return ranks;
  }

  static RankOutcome fromLongs(long[] all, int rank) {
    int o = rank * LONGS;
    return new RankOutcome(new TileStats(all[o], all[o + 1], all[o + 2], all[o + 3], all[o + 4]), all[o + 5],
        all[o + 6]);
  }
}
