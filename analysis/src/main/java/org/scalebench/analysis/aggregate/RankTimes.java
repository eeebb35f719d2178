package org.scalebench.analysis.aggregate;

import org.scalebench.results.Checks;

/**
 * Where one rank's time went in one run, summed over phases.
 *
 * @param rank the MPI rank, {@code >= 0}
 * @param host the host it ran on
 * @param computeSeconds seconds in compute phases, {@code >= 0}
 * @param waitSeconds seconds of communication spent waiting for other ranks, {@code >= 0}
 * @param transferSeconds seconds of communication moving data, {@code >= 0}
 * @param ioSeconds seconds in I/O phases, {@code >= 0}
 */
public record RankTimes(
    int rank, String host, double computeSeconds, double waitSeconds, double transferSeconds, double ioSeconds) {
  public RankTimes {
    Checks.atLeast("rank", rank, 0);
    Checks.nonNegative("computeSeconds", computeSeconds);
    Checks.nonNegative("waitSeconds", waitSeconds);
    Checks.nonNegative("transferSeconds", transferSeconds);
    Checks.nonNegative("ioSeconds", ioSeconds);
  }

  public double commSeconds() {
    return waitSeconds + transferSeconds;
  }

  public double totalSeconds() {
    return computeSeconds + waitSeconds + transferSeconds + ioSeconds;
  }

  /** The share of the rank's recorded time spent waiting for other ranks, in [0, 1]; NaN when it recorded none. */
  public double waitShare() {
    double total = totalSeconds();
    return total > 0 ? waitSeconds / total : Double.NaN;
  }
}
