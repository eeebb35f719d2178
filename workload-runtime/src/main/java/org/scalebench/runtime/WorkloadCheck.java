package org.scalebench.runtime;

import java.util.Map;
import org.scalebench.api.Params;
import org.scalebench.api.Workload;
import org.scalebench.results.BadInputException;

/**
 * The one answer to "can workload W run with these parameters on R ranks?", asked by a single run
 * before it launches, by every point of a study matrix, and once per job at rank 0. One check, one
 * wording: the launcher and the ranks cannot disagree.
 */
public final class WorkloadCheck {
  /** Where the check is made; the ranks' check may skip reading whole inputs (see {@link Workload#validateAtRank}). */
  public enum Site {
    /** Before anything is launched, on the machine that launches. */
    LAUNCHER,
    /** At rank 0, once per job, before the timed run. */
    RANK
  }

  private WorkloadCheck() {}

  /**
   * Resolves {@code given} against {@code workload}'s parameters and checks them for {@code ranks}.
   *
   * @param ranks the job's rank count, {@code >= 1}
   * @return the parameters with defaults applied
   * @throws BadInputException naming the workload and the problem
   */
  public static Params check(Workload workload, Map<String, String> given, int ranks, Site site) {
    checkRanks(workload, ranks);
    Params params = Params.resolve(workload, given);
    if (site == Site.RANK) {
      workload.validateAtRank(params, ranks);
    } else {
      workload.validate(params, ranks);
    }
    return params;
  }

  /** The rank count alone: at least 1 and at least {@link Workload#minRanks()}. */
  public static void checkRanks(Workload workload, int ranks) {
    if (ranks < Math.max(1, workload.minRanks())) {
      throw new BadInputException("workload " + workload.name() + " needs at least " + Math.max(1, workload.minRanks())
          + (workload.minRanks() == 1 ? " rank" : " ranks") + ", got " + ranks);
    }
  }
}
