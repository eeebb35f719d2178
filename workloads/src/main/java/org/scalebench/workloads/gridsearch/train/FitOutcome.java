package org.scalebench.workloads.gridsearch.train;

import org.scalebench.results.Checks;

/**
 * What one fit of a combination produced.
 *
 * @param metrics the held-out metrics (mean over folds with k-fold)
 * @param bestRounds the rounds the evaluated model used: the trained rounds, or fewer when early
 *     stopping found the best iteration earlier (mean over folds, rounded); {@code >= 1}
 */
public record FitOutcome(EvalMetrics metrics, int bestRounds) {
  public FitOutcome {
    Checks.notNull("metrics", metrics);
    Checks.atLeast("bestRounds", bestRounds, 1);
  }
}
