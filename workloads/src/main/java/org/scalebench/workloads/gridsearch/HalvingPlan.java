package org.scalebench.workloads.gridsearch;

import org.scalebench.results.Checks;

/**
 * Successive halving over boosting rounds (Jamieson and Talwalkar 2016; Li et al., Hyperband, 2018):
 * rung 0 trains every combination briefly, each rung keeps the best {@code 1/factor} (rounded up) and
 * trains them {@code factor} times longer, the last rung trains the single survivor with its full
 * rounds. A combination's budget in rung {@code i} of {@code R} is {@code ceil(rounds /
 * factor^(R-1-i))}, at least 1. The rungs depend only on the grid size and the factor, never on the
 * number of ranks, so the outcome does not either.
 *
 * @param rungs how many rungs, {@code >= 1} (1 = no halving)
 * @param factor the keep ratio's inverse and the budget growth per rung, {@code >= 2}
 */
public record HalvingPlan(int rungs, int factor) {
  public HalvingPlan {
    Checks.atLeast("rungs", rungs, 1);
    Checks.atLeast("factor", factor, 2);
  }

  /** One rung: every combination with its full rounds. */
  public static HalvingPlan none() {
    return new HalvingPlan(1, 2);
  }

  /** The rungs that take {@code combinations} down to one survivor. */
  public static HalvingPlan of(int combinations, int factor) {
    Checks.atLeast("combinations", combinations, 1);
    int rungs = 1;
    for (int n = combinations; n > 1; n = survivors(n, factor)) {
      rungs++;
    }
    return new HalvingPlan(rungs, factor);
  }

  /** How many of {@code n} combinations go on to the next rung. */
  public static int survivors(int n, int factor) {
    return Math.max(1, (n + factor - 1) / factor);
  }

  public int survivors(int n) {
    return survivors(n, factor);
  }

  /** The rounds a combination of {@code fullRounds} trains in {@code rung}. */
  public int rounds(int fullRounds, int rung) {
    if (rung < 0 || rung >= rungs) {
      throw new IllegalArgumentException("rung must be in 0.." + (rungs - 1) + ", got " + rung);
    }
    double shrink = Math.pow(factor, rungs - 1 - rung);
    return (int) Math.max(1, Math.ceil(fullRounds / shrink));
  }
}
