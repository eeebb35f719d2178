package org.scalebench.workloads.gridsearch.schedule;

/** Trains one task on this rank. */
@FunctionalInterface
public interface TaskRunner {
  FitResult run(Task task);
}
