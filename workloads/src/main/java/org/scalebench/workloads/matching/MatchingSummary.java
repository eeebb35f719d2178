package org.scalebench.workloads.matching;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Rank 0's account of a matching run: the pairs compared and where they went, the matches, and the
 * throughput, printed for the user and kept as one row of {@code output/matching.csv}.
 *
 * @param config the run's parameters
 * @param grid the tile grid (for broadcast, its height is the row chunk)
 * @param ranks MPI ranks, {@code >= 1}
 * @param threads worker threads per rank, {@code >= 1}
 * @param perRank each rank's outcome, in rank order
 * @param stats the sum over ranks
 * @param written pairs written to {@code pairs.csv}, equal to {@code stats.matches()}
 * @param totalNanos wall-clock nanoseconds at rank 0 from the start of the workload to the written
 *     output, {@code >= 0}
 */
record MatchingSummary(MatchingConfig config, TileGrid grid, int ranks, int threads, List<RankOutcome> perRank,
    TileStats stats, long written, long totalNanos) {
  static final String CSV_HEADER = "left_size,right_size,pairs,pruned_by_length,pruned_by_bag,"
      + "kernel_calls,matches,metric,threshold,pruning,strategy,ranks,threads_per_rank,tiles,tile_rows,tile_cols,"
      + "compute_seconds,total_seconds,pairs_per_second";

  MatchingSummary {
    perRank = List.copyOf(perRank);
    if (stats.matches() != written) {
      throw new IllegalStateException("the ranks found " + stats.matches() + " matches but " + written
          + " were written to " + MatchingWorkload.PAIRS_CSV);
    }
    if (stats.pairs() != grid.pairs()) {
      throw new IllegalStateException("the ranks compared " + stats.pairs() + " pairs of a grid of " + grid.pairs());
    }
  }

  static MatchingSummary of(MatchingConfig config, TileGrid grid, int ranks, int threads, List<RankOutcome> perRank,
      long written, long totalNanos) {
    TileStats sum = TileStats.EMPTY;
    for (RankOutcome r : perRank) {
      sum = sum.plus(r.stats());
    }
    return new MatchingSummary(config, grid, ranks, threads, perRank, sum, written, totalNanos);
  }

  /** The longest compute phase of any rank: the parallel part's wall time. */
  double computeSeconds() {
    return perRank.stream().mapToLong(RankOutcome::computeWallNanos).max().orElse(0) / 1e9;
  }

  double totalSeconds() {
    return totalNanos / 1e9;
  }

  private String metricWord() {
    return config.spec().metric() == SimilarityMetric.INDEL_RATIO ? "ratio" : "levenshtein similarity";
  }

  void print(PrintStream out) {
    String c = MatchingWorkload.count(grid.pairs());
    out.printf(Locale.ROOT, "matching: %s x %s strings, %s pairs compared, %s matches with %s >= %s%n",
        MatchingWorkload.count(grid.leftSize()), MatchingWorkload.count(grid.rightSize()), c,
        MatchingWorkload.count(written), metricWord(), config.spec().threshold());
    if (config.spec().pruning()) {
      out.printf(Locale.ROOT, "matching: pruning: %s skipped by length, %s by character bag, %s computed%n",
          MatchingWorkload.count(stats.prunedByLength()), MatchingWorkload.count(stats.prunedByBag()),
          MatchingWorkload.count(stats.kernelCalls()));
    }
    String units = config.strategy() == Strategy.TILES
        ? String.format(Locale.ROOT, "%s tiles of %d x %d", MatchingWorkload.count(grid.count()), grid.tileRows(),
            grid.tileCols())
        : "static blocks in chunks of " + grid.tileRows() + " rows";
    out.printf(Locale.ROOT, "matching: strategy %s, %s, %d rank(s) x %d thread(s); %s per rank: %s%n",
        config.strategy().paramValue(), units, ranks, threads,
        config.strategy() == Strategy.TILES ? "tiles" : "chunks",
        perRank.stream().map(r -> Long.toString(r.units())).collect(Collectors.joining(" ")));
    double compute = computeSeconds();
    out.printf(Locale.ROOT, "matching: compute %.3f s (%s pairs/s, %s per thread), total %.3f s (%s pairs/s)%n",
        compute, rate(grid.pairs(), compute), rate(grid.pairs(), compute * ranks * threads), totalSeconds(),
        rate(grid.pairs(), totalSeconds()));
  }

  String csvRow() {
    return String.join(",", Integer.toString(grid.leftSize()), Integer.toString(grid.rightSize()), Long.toString(grid.pairs()),
        Long.toString(stats.prunedByLength()), Long.toString(stats.prunedByBag()), Long.toString(stats.kernelCalls()),
        Long.toString(written), config.spec().metric().paramValue(),
        Double.toString(config.spec().threshold()), Boolean.toString(config.spec().pruning()),
        config.strategy().paramValue(), Integer.toString(ranks), Integer.toString(threads),
        Integer.toString(grid.count()), Integer.toString(grid.tileRows()), Integer.toString(grid.tileCols()),
        String.format(Locale.ROOT, "%.6f", computeSeconds()), String.format(Locale.ROOT, "%.6f", totalSeconds()),
        String.format(Locale.ROOT, "%.0f", totalSeconds() > 0 ? grid.pairs() / totalSeconds() : 0.0));
  }

  /** {@code 12.3 M} style rate, or {@code -} when the time is 0. */
  private static String rate(long pairs, double seconds) {
    if (seconds <= 0) {
      return "-";
    }
    double r = pairs / seconds;
    return r >= 1e9 ? String.format(Locale.ROOT, "%.2f G", r / 1e9)
        : r >= 1e6 ? String.format(Locale.ROOT, "%.1f M", r / 1e6) : String.format(Locale.ROOT, "%.0f", r);
  }
}
