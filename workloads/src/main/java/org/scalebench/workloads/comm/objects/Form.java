package org.scalebench.workloads.comm.objects;

import java.util.Locale;
import org.scalebench.workloads.comm.CommPhases;

/**
 * One way of holding the benchmark's data, after the seed's example 3: {@code objects} is a list of
 * boxed numbers sent serialized (Java serialization playing pickle's part), {@code array} a {@code
 * double[]} sent as an MPI buffer (copied by the bindings through native memory), {@code direct} a
 * direct {@code DoubleBuffer} passed by address.
 */
interface Form {
  /** "objects", "array" or "direct": the suffix of the phases ({@code bcast-objects}). */
  String label();

  /**
   * Rank 0 builds this form from {@code values} (phase {@code build-<form>}, not part of the
   * table); then broadcast, scatter, square locally, gather, each a timed step.
   *
   * @param values the data at rank 0 ({@code values[i] = i}), null elsewhere
   * @return this rank's step times
   */
  StepTimes run(Run run, double[] values) throws Exception;

  /** What every form's run gets. */
  record Run(int rank, int size, StepClock clock, Split split, boolean validate) {
    String phase(String step, Form form) {
      return CommPhases.of(step, form.label());
    }
  }

  /**
   * One rank's nanoseconds per step and, at rank 0, the bytes of the broadcast payload.
   *
   * @param payloadBytes bytes rank 0 broadcasts (the serialized form for objects), 0 elsewhere
   */
  record StepTimes(long bcastNanos, long scatterNanos, long squareNanos, long gatherNanos, long payloadBytes) {
    long[] asArray() {
      return new long[] {bcastNanos, scatterNanos, squareNanos, gatherNanos};
    }
  }

  /** Thrown when a check of validate=true finds a wrong element. */
  static IllegalStateException mismatch(Form form, String step, int rank, int index, double got, double want) {
    return new IllegalStateException(String.format(Locale.ROOT,
        "validation failed: %s of %s: rank %d has %s at element %d, expected %s", step, form.label(), rank, got,
        index, want));
  }
}
