package org.scalebench.analysis.aggregate;

import java.util.Comparator;
import java.util.List;
import org.scalebench.results.Checks;
import org.scalebench.results.LaunchSpec;
import org.scalebench.results.PhaseKind;

/**
 * The complete repetitions of one point, summarised.
 *
 * @param key the point
 * @param runs the complete runs, in repetition order, {@code >= 1}
 * @param wallSeconds the wall time over repetitions
 * @param phases per phase, in order of first appearance
 * @param loadImbalance max/mean compute seconds over ranks; null when no rank computed, or when the
 *     ranks recorded their total time only ({@link #instrumented()} false)
 * @param commFraction communication share of all recorded rank seconds; null when nothing recorded, or
 *     total times only
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

  /**
   * The phase the exec wrapper records for a rank that wrote no records of its own: its process wall
   * time, as compute (the exec contract).
   */
  public static final String UNINSTRUMENTED_PHASE = "total";
  /** What every table and chart shows instead of the phase split of a point that is not {@link #instrumented()}. */
  public static final String NOT_INSTRUMENTED = "not instrumented: total time only";

  /**
   * False for an exec run whose ranks recorded nothing but the wrapper's {@link #UNINSTRUMENTED_PHASE}:
   * its only phase is a process's whole wall time, not compute, so no compute / communication / I/O split
   * can be read from it.
   */
  public boolean instrumented() {
    return instrumented(key, phases);
  }

  /** {@link #instrumented()} of a point with these phases. */
  public static boolean instrumented(PointKey key, List<PhaseSummary> phases) {
    return !(LaunchSpec.EXEC.equals(key.workload()) && !phases.isEmpty() && phases.stream()
        .allMatch(p -> p.phase().equals(UNINSTRUMENTED_PHASE) && p.kind() == PhaseKind.COMPUTE));
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
