package org.scalebench.workloads.comm;

import org.scalebench.results.PhaseKind;
import org.scalebench.api.mpi.PhaseTimer;

/**
 * Records a timed loop of MPI calls in a rank's {@link PhaseTimer}. A loop is timed as a whole (a
 * clock read per call would cost about as much as an 8-byte message on shared memory), so its time,
 * bytes and call count are added once.
 */
public final class LoopRecords {
  private LoopRecords() {}

  /**
   * @param nanos the loop's nanoseconds
   * @param bytes the bytes this rank sent plus received in the loop
   * @param calls the MPI calls of the loop, {@code >= 1}
   */
  public static void comm(PhaseTimer timer, String phase, long nanos, long bytes, long calls) {
    timer.add(phase, PhaseKind.COMM, nanos, 0, bytes, calls);
  }
}
