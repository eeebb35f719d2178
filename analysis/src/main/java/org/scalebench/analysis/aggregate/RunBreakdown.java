package org.scalebench.analysis.aggregate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scalebench.results.Checks;
import org.scalebench.results.PhaseKind;
import org.scalebench.results.RankRecord;
import org.scalebench.results.StoredRun;

/**
 * One complete run reduced to the numbers the analysis needs.
 *
 * @param dir the run directory
 * @param repetition the repetition number
 * @param wallSeconds the run's wall time, {@code > 0}
 * @param phaseSeconds per phase (in order of first appearance): the seconds of the slowest rank,
 *     each rank's records of the phase summed first
 * @param phaseKinds the kind of each phase (of its first record)
 * @param ranks per rank, in rank order, where the time went
 * @param oversubscribed true when the launcher started more ranks x cpus than the machine had cores
 *     ({@code LaunchSpec.oversubscribed()}): the run measures time sharing, not parallel speedup
 */
public record RunBreakdown(
    Path dir,
    int repetition,
    double wallSeconds,
    Map<String, Double> phaseSeconds,
    Map<String, PhaseKind> phaseKinds,
    List<RankTimes> ranks,
    boolean oversubscribed) {

  public RunBreakdown {
    Checks.notNull("dir", dir);
    if (!(wallSeconds > 0) || Double.isInfinite(wallSeconds)) {
      throw new IllegalArgumentException("wallSeconds must be finite and > 0, got " + wallSeconds);
    }
    phaseSeconds = Collections.unmodifiableMap(new LinkedHashMap<>(phaseSeconds));
    phaseKinds = Collections.unmodifiableMap(new LinkedHashMap<>(phaseKinds));
    ranks = List.copyOf(ranks);
  }

  /** Reduces a complete run; {@code run.metadata()} must be set. */
  public static RunBreakdown of(StoredRun run) {
    int n = run.metadata().launch().ranks();
    double[] compute = new double[n];
    double[] wait = new double[n];
    double[] transfer = new double[n];
    double[] io = new double[n];
    String[] hosts = new String[n];
    // phase -> per-rank sums; a phase may have several lines per rank
    Map<String, double[]> perPhase = new LinkedHashMap<>();
    Map<String, PhaseKind> kinds = new HashMap<>();
    for (RankRecord r : run.records()) {
      int rank = r.rank();
      if (rank >= n) {
        continue; // a record from outside the job's ranks: ResultStore already judged completeness
      }
      hosts[rank] = hosts[rank] == null ? r.host() : hosts[rank];
      switch (r.kind()) {
        case COMPUTE -> compute[rank] += r.seconds();
        case COMM -> {
          wait[rank] += r.waitSeconds();
          transfer[rank] += r.transferSeconds();
        }
        case IO -> io[rank] += r.seconds();
        default -> throw new IllegalStateException("unknown phase kind " + r.kind());
      }
      perPhase.computeIfAbsent(r.phase(), k -> new double[n])[rank] += r.seconds();
      kinds.putIfAbsent(r.phase(), r.kind());
    }
    Map<String, Double> phaseMax = new LinkedHashMap<>();
    Map<String, PhaseKind> phaseKinds = new LinkedHashMap<>();
    perPhase.forEach((phase, sums) -> {
      double max = 0;
      for (double s : sums) {
        max = Math.max(max, s);
      }
      phaseMax.put(phase, max);
      phaseKinds.put(phase, kinds.get(phase));
    });
    List<RankTimes> ranks = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      ranks.add(new RankTimes(i, hosts[i] == null ? "?" : hosts[i], compute[i], wait[i], transfer[i], io[i]));
    }
    return new RunBreakdown(run.dir(), run.metadata().launch().repetition(), run.metadata().wallSeconds(),
        phaseMax, phaseKinds, ranks, run.metadata().launch().oversubscribed());
  }

  /**
   * Load imbalance of compute: {@code max / mean} over ranks (1 = perfectly balanced); NaN when no
   * rank computed.
   */
  public double loadImbalance() {
    double max = 0;
    double sum = 0;
    for (RankTimes r : ranks) {
      max = Math.max(max, r.computeSeconds());
      sum += r.computeSeconds();
    }
    return sum > 0 ? max / (sum / ranks.size()) : Double.NaN;
  }

  /** The rank that spent the most seconds waiting (the lowest rank on a tie). */
  public RankTimes mostWaiting() {
    RankTimes most = ranks.get(0);
    for (RankTimes r : ranks) {
      most = r.waitSeconds() > most.waitSeconds() ? r : most;
    }
    return most;
  }

  /** Communication seconds over all recorded seconds, summed over ranks, in [0, 1]; NaN if none. */
  public double commFraction() {
    double comm = 0;
    double total = 0;
    for (RankTimes r : ranks) {
      comm += r.commSeconds();
      total += r.totalSeconds();
    }
    return total > 0 ? comm / total : Double.NaN;
  }

  /** Of the communication seconds, the part spent waiting, in [0, 1]; NaN without communication. */
  public double waitShareOfComm() {
    double waitSum = 0;
    double comm = 0;
    for (RankTimes r : ranks) {
      waitSum += r.waitSeconds();
      comm += r.commSeconds();
    }
    return comm > 0 ? waitSum / comm : Double.NaN;
  }
}
