package org.scalebench.analysis.aggregate;

import java.util.List;
import org.scalebench.results.Checks;

/**
 * Where the ranks' time went at one point, as shares of every recorded rank second (all ranks of all
 * repetitions summed): compute, communication split into waiting and transfer, and I/O. The four
 * shares add up to 1.
 *
 * @param computeShare share in compute phases, in [0, 1]
 * @param waitShare share of communication spent waiting for other ranks, in [0, 1]
 * @param transferShare share of communication moving data, in [0, 1]
 * @param ioShare share in I/O phases, in [0, 1]
 */
public record PhaseShares(double computeShare, double waitShare, double transferShare, double ioShare) {
  public PhaseShares {
    share("computeShare", computeShare);
    share("waitShare", waitShare);
    share("transferShare", transferShare);
    share("ioShare", ioShare);
  }

  private static void share(String field, double value) {
    if (!(Checks.nonNegative(field, value) <= 1)) {
      throw new IllegalArgumentException(field + " must be a share in [0, 1], got " + value);
    }
  }

  /**
   * The shares over every rank of {@code runs}; null when they recorded no time at all (a workload
   * without phase records).
   */
  public static PhaseShares of(List<RunBreakdown> runs) {
    double compute = 0;
    double wait = 0;
    double transfer = 0;
    double io = 0;
    for (RunBreakdown run : runs) {
      for (RankTimes r : run.ranks()) {
        compute += r.computeSeconds();
        wait += r.waitSeconds();
        transfer += r.transferSeconds();
        io += r.ioSeconds();
      }
    }
    double total = compute + wait + transfer + io;
    if (!(total > 0)) {
      return null;
    }
    return new PhaseShares(compute / total, wait / total, transfer / total, io / total);
  }
}
