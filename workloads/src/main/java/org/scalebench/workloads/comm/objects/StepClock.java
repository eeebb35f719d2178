package org.scalebench.workloads.comm.objects;

import org.scalebench.api.mpi.MpiBlock;
import org.scalebench.api.mpi.MpiComm;
import org.scalebench.api.mpi.MpiException;
import org.scalebench.api.mpi.PhaseTimer;
import org.scalebench.results.PhaseKind;
import org.scalebench.workloads.comm.CommPhases;

/**
 * Times the steps of one rank: every step starts after a barrier (recorded as "sync", all wait),
 * so that each rank's time is its own step and not a late start. A communication step is one block
 * of the timed communicator (its calls, serialization included, timed and recorded together); a
 * local step is timed here.
 */
final class StepClock {
  private final MpiComm comm;
  private final PhaseTimer timer;

  StepClock(MpiComm comm) {
    this.comm = comm;
    this.timer = comm.timer();
  }

  /** Waits for every rank, then opens the block of a communication step in {@code phase}. */
  MpiBlock startComm(String phase) throws MpiException {
    comm.barrier(CommPhases.SYNC);
    return comm.block(phase);
  }

  /** Waits for every rank, then returns the start of a local step. */
  long startCompute() throws MpiException {
    comm.barrier(CommPhases.SYNC);
    return System.nanoTime();
  }

  /**
   * Records the local step begun at {@code startNanos} in {@code phase}.
   *
   * @return the step's nanoseconds
   */
  long stopCompute(String phase, long startNanos) {
    long nanos = System.nanoTime() - startNanos;
    timer.add(phase, PhaseKind.COMPUTE, nanos, 0, 0);
    return nanos;
  }

  PhaseTimer timer() {
    return timer;
  }
}
