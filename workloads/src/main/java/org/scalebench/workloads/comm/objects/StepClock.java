package org.scalebench.workloads.comm.objects;

import mpi.MPIException;
import org.scalebench.results.PhaseKind;
import org.scalebench.api.mpi.MpiComm;
import org.scalebench.api.mpi.PhaseTimer;

/**
 * Times the steps of one rank: every step starts after a barrier (recorded as "sync", all wait),
 * so that each rank's time is its own step and not a late start; the step's nanoseconds and bytes
 * go to its phase.
 */
final class StepClock {
  private final MpiComm comm;
  private final PhaseTimer timer;

  StepClock(MpiComm comm) {
    this.comm = comm;
    this.timer = comm.timer();
  }

  /** Waits for every rank, then returns the start of the step. */
  long start() throws MPIException {
    comm.barrier("sync");
    return System.nanoTime();
  }

  /**
   * Records the step begun at {@code startNanos} in {@code phase}.
   *
   * @param bytes bytes this rank sent plus received (0 for local work)
   * @return the step's nanoseconds
   */
  long stop(String phase, PhaseKind kind, long startNanos, long bytes) {
    long nanos = System.nanoTime() - startNanos;
    timer.add(phase, kind, nanos, 0, bytes);
    return nanos;
  }

  PhaseTimer timer() {
    return timer;
  }
}
