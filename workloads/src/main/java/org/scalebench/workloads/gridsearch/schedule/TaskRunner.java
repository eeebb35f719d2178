package org.scalebench.workloads.gridsearch.schedule;

/**
 * Trains one task on this rank. It may run on a helper thread, so it must not touch the rank's
 * {@link org.scalebench.api.mpi.PhaseTimer}: the schedule records each result's fit seconds
 * as phase {@link GridSearchPhases#TRAIN} from the main thread.
 */
@FunctionalInterface
public interface TaskRunner {
  CombinationResult run(Task task);

  /** Records a finished fit in the rank's timer (main thread only). */
  static void record(org.scalebench.api.mpi.PhaseTimer timer, CombinationResult result) {
    timer.add(GridSearchPhases.TRAIN, org.scalebench.results.PhaseKind.COMPUTE, (long) (result.fitSeconds() * 1e9),
        0, 0);
  }
}
