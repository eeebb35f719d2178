package org.scalebench.api.mpi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scalebench.results.PhaseKind;
import org.scalebench.results.RankRecord;

/**
 * Accumulates one rank's time per phase: seconds, the waiting part of communication, bytes and
 * calls. Phases keep the order in which they were first entered. Not thread-safe: worker threads
 * inside a rank report to the rank's main thread, which records.
 */
public final class PhaseTimer {
  private final Map<String, Totals> phases = new LinkedHashMap<>();

  private static final class Totals {
    final PhaseKind kind;
    long nanos;
    long waitNanos;
    long bytes;
    long calls;

    Totals(PhaseKind kind) {
      this.kind = kind;
    }
  }

  /** A running measurement; {@link #close()} adds it to its phase. */
  public final class Span implements AutoCloseable {
    private final String phase;
    private final PhaseKind kind;
    private final long startNanos = System.nanoTime();
    private long bytes;

    private Span(String phase, PhaseKind kind) {
      this.phase = phase;
      this.kind = kind;
    }

    /** Adds bytes read or written within this span. */
    public void addBytes(long n) {
      bytes += n;
    }

    @Override
    public void close() {
      add(phase, kind, System.nanoTime() - startNanos, 0, bytes);
    }
  }

  /** Starts timing local work in {@code phase}. */
  public Span compute(String phase) {
    return new Span(phase, PhaseKind.COMPUTE);
  }

  /** Starts timing file access in {@code phase}; report its bytes with {@link Span#addBytes}. */
  public Span io(String phase) {
    return new Span(phase, PhaseKind.IO);
  }

  /**
   * Makes {@code phase} appear in the records even if it is never entered (then with 0 seconds and
   * 0 calls), so that readers see "no idle time" rather than a missing phase.
   */
  public void declare(String phase, PhaseKind kind) {
    totals(phase, kind);
  }

  /**
   * Adds one call to {@code phase}.
   *
   * @param nanos total nanoseconds of the call, {@code >= 0}
   * @param waitNanos of those, nanoseconds spent waiting for other ranks, {@code 0..nanos}
   * @param bytes bytes moved by this rank
   */
  public void add(String phase, PhaseKind kind, long nanos, long waitNanos, long bytes) {
    add(phase, kind, nanos, waitNanos, bytes, 1);
  }

  /**
   * Adds {@code calls} calls to {@code phase} that were timed together (a loop timed as a whole).
   *
   * @param nanos total nanoseconds of the calls, {@code >= 0}
   * @param waitNanos of those, nanoseconds spent waiting for other ranks, {@code 0..nanos}
   * @param bytes bytes moved by this rank
   * @param calls how many calls, {@code >= 0} (0 for time that made none, e.g. waiting for sends
   *     posted earlier to complete)
   */
  public void add(String phase, PhaseKind kind, long nanos, long waitNanos, long bytes, long calls) {
    if (calls < 0) {
      throw new IllegalArgumentException("calls must be at least 0, got " + calls);
    }
    Totals t = totals(phase, kind);
    t.nanos += Math.max(0, nanos);
    t.waitNanos += Math.min(Math.max(0, waitNanos), Math.max(0, nanos));
    t.bytes += bytes;
    t.calls += calls;
  }

  private Totals totals(String phase, PhaseKind kind) {
    Totals t = phases.computeIfAbsent(phase, p -> new Totals(kind));
    if (t.kind != kind) {
      throw new IllegalArgumentException("phase '" + phase + "' was recorded as " + t.kind + ", now as " + kind);
    }
    return t;
  }

  /** The totals so far as store records of {@code rank} on {@code host}. */
  public List<RankRecord> records(int rank, String host) {
    List<RankRecord> out = new ArrayList<>(phases.size());
    phases.forEach((phase, t) -> out.add(new RankRecord(rank, host, phase, t.kind, t.nanos / 1e9,
        t.waitNanos / 1e9, t.bytes, t.calls)));
    return out;
  }
}
