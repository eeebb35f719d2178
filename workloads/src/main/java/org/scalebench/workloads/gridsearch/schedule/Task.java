package org.scalebench.workloads.gridsearch.schedule;

import java.io.Serializable;
import org.scalebench.results.Checks;

/**
 * One fit to do: a combination of the grid, trained for {@code rounds} rounds in rung {@code rung}
 * of successive halving (rung 0 without halving).
 *
 * @param combination the combination's index in the grid, {@code >= 0}
 * @param rounds boosting rounds, {@code >= 1}
 * @param rung the halving rung, {@code >= 0}
 */
public record Task(int combination, int rounds, int rung) implements Serializable {
  public Task {
    Checks.atLeast("combination", combination, 0);
    Checks.atLeast("rounds", rounds, 1);
    Checks.atLeast("rung", rung, 0);
  }
}
