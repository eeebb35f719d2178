package org.scalebench.api.mpi;

import org.scalebench.results.PhaseKind;

/**
 * Calls timed as a whole and recorded once, in one phase: a tight loop of sends and receives or of
 * collectives, or one step of several calls (serialization included). Opened by {@link
 * MpiComm#block}; {@link #finish} adds to the phase the nanoseconds since the block was opened,
 * the wait of its barriers and probes, the logical bytes of its calls and their number (see {@link
 * MpiCalls} for what counts). Per call it adds two additions to plain fields: no clock read (but
 * for barriers and probes, whose wait it measures), no allocation, no map lookup, so that a
 * one-byte latency loop measures the bindings and not the bookkeeping.
 *
 * <p>A block never adds barriers of its own, whatever {@code barrierBeforeCollectives} says: a loop
 * that wants its ranks in step calls {@link #barrier()} between calls, and that time is its wait.
 * Other phases may be recorded while a block is open (they are separate records); the block's
 * time still runs.
 */
public final class MpiBlock extends MpiCalls {
  private final PhaseTimer timer;
  private final String phase;
  private final long startNanos;
  private long nanos = -1;

  MpiBlock(MpiTransport comm, int rank, int size, DirectCopies copies, PhaseTimer timer, String phase) {
    super(comm, rank, size, copies);
    this.timer = timer;
    this.phase = phase;
    this.startNanos = System.nanoTime();
  }

  /** The phase this block records in. */
  public String phase() {
    return phase;
  }

  /**
   * Records the block in its phase, once.
   *
   * @return the block's nanoseconds, from opening to now
   * @throws IllegalStateException when the block was finished before
   */
  public long finish() {
    if (nanos >= 0) {
      throw new IllegalStateException("the block of phase '" + phase + "' was finished before");
    }
    nanos = System.nanoTime() - startNanos;
    timer.add(phase, PhaseKind.COMM, nanos, waitNanos, bytes, calls);
    return nanos;
  }

  /** Nanoseconds waited so far in barriers and blocking probes, {@code >= 0}. */
  public long waitNanos() {
    return waitNanos;
  }

  /** Logical bytes of the calls so far, {@code >= 0}. */
  public long bytes() {
    return bytes;
  }

  /** Calls so far that moved data or synchronized the ranks, {@code >= 0}. */
  public long calls() {
    return calls;
  }
}
