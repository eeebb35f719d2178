package org.scalebench.workloads.comm.objects;

import mpi.Intracomm;
import mpi.MPIException;
import org.scalebench.results.PhaseKind;
import org.scalebench.workloads.mpi.PhaseTimer;

/**
 * Times the steps of one rank: every step starts after a barrier (recorded as "sync", all wait),
 * so that each rank's time is its own step and not a late start; the step's nanoseconds and bytes
 * go to its phase.
 */
final class StepClock {
  private final Intracomm comm;
  private final PhaseTimer timer;

  StepClock(Intracomm comm, PhaseTimer timer) {
    this.comm = comm;
    this.timer = timer;
  }

  /** Waits for every rank, then returns the start of the step. */
  long start() throws MPIException {
    long t0 = System.nanoTime();
    comm.barrier();
    long t1 = System.nanoTime();
    timer.add("sync", PhaseKind.COMM, t1 - t0, t1 - t0, 0);
    return t1;
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
