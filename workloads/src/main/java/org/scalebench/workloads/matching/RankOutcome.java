package org.scalebench.workloads.matching;

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

  static RankOutcome fromLongs(long[] all, int rank) {
    int o = rank * LONGS;
    return new RankOutcome(new TileStats(all[o], all[o + 1], all[o + 2], all[o + 3], all[o + 4]), all[o + 5],
        all[o + 6]);
  }
}
