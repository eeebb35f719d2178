package org.scalebench.workloads.gridsearch.schedule;

import java.util.List;
import org.scalebench.api.mpi.MpiException;

/**
 * How the fits of one round of work are spread over the ranks. Every rank calls {@link #run} with
 * the same task list (a collective call).
 */
public interface Schedule {
  /**
   * Runs every task exactly once on some rank.
   *
   * @return at rank 0 the results of all tasks (in no particular order); an empty list elsewhere
   */
  List<CombinationResult> run(List<Task> tasks, TaskRunner runner) throws MpiException;
}
