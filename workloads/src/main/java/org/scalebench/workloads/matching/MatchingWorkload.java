package org.scalebench.workloads.matching;

import java.util.List;
import java.util.Locale;
import org.scalebench.api.ApiVersion;
import org.scalebench.api.OutputFiles;
import org.scalebench.api.ParamDef;
import org.scalebench.api.Params;
import org.scalebench.api.RankContext;
import org.scalebench.api.Workload;
import org.scalebench.api.WorkloadApi;
import org.scalebench.api.mpi.MpiComm;
import org.scalebench.api.mpi.PhaseTimer;

/**
 * The seed's second use case: every pair (left string, right string) whose similarity reaches a
 * threshold, written sorted by left then right index to {@code output/pairs.csv}.
 *
 * <p>Rank 0 reads the two files (phase {@code read}, I/O) or generates the lists ({@code
 * generate}), broadcasts them ({@code broadcast}), every rank prepares the strings ({@code
 * prepare}), and then the {@link Strategy} decides how the grid is shared: {@link
 * BroadcastStrategy} (static blocks, gatherv) or {@link TilesStrategy} (dynamic tiles, part files,
 * merge). The result never depends on the strategy, the rank count, the threads or the pruning.
 * Rank 0 prints a summary and writes it to {@code output/matching.csv}.
 */
@ApiVersion(WorkloadApi.VERSION)
public final class MatchingWorkload implements Workload {
  public static final String PAIRS_CSV = "pairs.csv";
  public static final String SUMMARY_CSV = "matching.csv";
  /** Version of {@code matching.csv}'s columns (its first column). */
  public static final int SUMMARY_SCHEMA_VERSION = 1;

  @Override
  public String name() {
    return "matching";
  }

  @Override
  public String summary() {
    return "all pairs of two string lists with Levenshtein ratio >= threshold (broadcast or dynamic tiles)";
  }

  @Override
  public List<ParamDef> params() {
    return MatchingConfig.params();
  }

  /**
   * Checks the combination of parameters and, for files, reads them whole: a missing file or
   * column, a CSV of several columns without {@code column=}, a file without a string, a malformed
   * CSV or invalid UTF-8 (with its line) fails here, before any rank starts.
   */
  @Override
  public void validate(Params params, int ranks) {
    MatchingConfig config = MatchingConfig.from(params);
    if (config.input() instanceof MatchingInput.FileInput files) {
      files.load();
    }
  }

  /** The parameters only: the run's {@code read} phase reads the files and fails the same way. */
  @Override
  public void validateAtRank(Params params, int ranks) {
    MatchingConfig.from(params);
  }

  @Override
  public void run(RankContext ctx) throws Exception {
    MatchingConfig config = MatchingConfig.from(ctx.params());
    MpiComm comm = ctx.comm();
    PhaseTimer timer = ctx.timer();
    long start = System.nanoTime();

    NameLists lists = null;
    if (comm.rank() == 0) {
      if (config.input() instanceof MatchingInput.GeneratedInput) {
        try (PhaseTimer.Span span = timer.compute(MatchingPhases.GENERATE)) {
          lists = config.input().load().lists();
        }
      } else {
        try (PhaseTimer.Span io = timer.io(MatchingPhases.READ)) {
          MatchingInput.Loaded loaded = config.input().load();
          io.addBytes(loaded.bytesRead());
          lists = loaded.lists();
        }
      }
    }
    lists = ListsBroadcast.share(comm, lists, MatchingPhases.BROADCAST);

    PairFinder finder;
    TileGrid grid;
    try (PhaseTimer.Span span = timer.compute(MatchingPhases.PREPARE)) {
      finder = new PairFinder(PreparedString.ofAll(lists.left()), PreparedString.ofAll(lists.right()), config.spec());
      grid = config.tile().grid(lists.left().size(), lists.right().size(), comm.size() * ctx.cpus());
    }

    MatchingSummary summary;
    if (config.strategy() == Strategy.TILES) {
      TilesStrategy.Outcome outcome = TilesStrategy.run(ctx, lists, finder, grid);
      summary = comm.rank() == 0
          ? MatchingSummary.of(config, grid, comm.size(), ctx.cpus(), outcome.ranks(),
              outcome.merged().pairs(), System.nanoTime() - start)
          : null;
    } else {
      BroadcastStrategy.Outcome outcome = BroadcastStrategy.run(ctx, lists, finder, grid);
      summary = comm.rank() == 0
          ? MatchingSummary.of(config, grid, comm.size(), ctx.cpus(),
              outcome.ranks(), outcome.matches(),
              System.nanoTime() - start)
          : null;
    }
    if (summary != null) {
      summary.print(ctx.out());
      String phase = config.strategy() == Strategy.TILES ? MatchingPhases.MERGE : MatchingPhases.WRITE;
      try (PhaseTimer.Span io = timer.io(phase)) {
        OutputFiles.writeCsv(ctx.outputDir().resolve(SUMMARY_CSV), SUMMARY_SCHEMA_VERSION, MatchingSummary.CSV_HEADER,
            List.of(summary.csvRow()));
      }
    }
  }

  /** Formats a count with thousands separators, the way the seed's table writes them. */
  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
