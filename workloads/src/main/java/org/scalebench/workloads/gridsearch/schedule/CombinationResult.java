package org.scalebench.workloads.gridsearch.schedule;

import java.io.Serializable;
import org.scalebench.results.Checks;
import org.scalebench.workloads.gridsearch.train.EvalMetrics;

/**
 * A finished fit, as sent back to rank 0.
 *
 * @param task what was trained
 * @param bestRounds the rounds the evaluated model used (fewer than {@code task.rounds()} after early stopping)
 * @param metrics held-out metrics
 * @param fitSeconds wall seconds of training and evaluating on every fold, {@code >= 0}
 * @param rank the MPI rank that trained it
 * @param host that rank's host
 */
public record CombinationResult(Task task, int bestRounds, EvalMetrics metrics, double fitSeconds, int rank, String host)
    implements Serializable {
  public CombinationResult {
    Checks.notNull("task", task);
    Checks.atLeast("bestRounds", bestRounds, 1);
    Checks.notNull("metrics", metrics);
    Checks.nonNegative("fitSeconds", fitSeconds);
    Checks.atLeast("rank", rank, 0);
    Checks.nonBlank("host", host);
  }
}
