package org.scalebench.analysis.aggregate;

import java.util.Comparator;
import java.util.List;
import org.scalebench.results.Checks;

/**
 * The complete repetitions of one point, summarised.
 *
 * @param key the point
 * @param runs the complete runs, in repetition order, {@code >= 1}
 * @param wallSeconds the wall time over repetitions
 * @param phases per phase, in order of first appearance
 * @param loadImbalance max/mean compute seconds over ranks; null when no rank computed
 * @param commFraction communication share of all recorded rank seconds; null when nothing recorded
 * @param waitShareOfComm the waiting share of communication seconds; null without communication
 */
public record PointStats(
    PointKey key,
    List<RunBreakdown> runs,
    Summary wallSeconds,
    List<PhaseSummary> phases,
    Summary loadImbalance,
    Summary commFraction,
    Summary waitShareOfComm) {

  public PointStats {
    Checks.notNull("key", key);
    runs = List.copyOf(runs);
    if (runs.isEmpty()) {
      throw new IllegalArgumentException("a point needs at least one complete run: " + key);
    }
    Checks.notNull("wallSeconds", wallSeconds);
    phases = List.copyOf(phases);
  }

  public int ranks() {
    return key.ranks();
  }

  /** Total cores: ranks x cpus per task. */
  public int cores() {
    return key.cores();
  }

  /**
   * True when any repetition ran oversubscribed (more ranks x cpus than cores): its time measures
   * time sharing, so the fits leave the point out unless asked to keep it.
   */
  public boolean oversubscribed() {
    return runs.stream().anyMatch(RunBreakdown::oversubscribed);
  }

  /** Compute / wait / transfer / I/O shares of all rank seconds over the repetitions; null if none recorded. */
  public PhaseShares phaseShares() {
    return PhaseShares.of(runs);
  }

  /** The wall seconds of every repetition. */
  public double[] wallSamples() {
    return runs.stream().mapToDouble(RunBreakdown::wallSeconds).toArray();
  }

  /**
   * The repetition whose wall time is the (lower) median: its per-rank breakdown stands for the
   * point, so the stacked bars add up to a run that really happened.
   */
  public RunBreakdown representative() {
    List<RunBreakdown> sorted = runs.stream()
        .sorted(Comparator.comparingDouble(RunBreakdown::wallSeconds).thenComparingInt(RunBreakdown::repetition))
        .toList();
    return sorted.get((sorted.size() - 1) / 2);
  }
}
