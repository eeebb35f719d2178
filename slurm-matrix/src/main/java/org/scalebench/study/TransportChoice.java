package org.scalebench.study;

/**
 * How the ranks reach MPI: {@code jni} (the Open MPI Java bindings, {@code mpi.jar} and its JNI
 * library), {@code ffm} (java.lang.foreign downcalls into libmpi itself, Open MPI or MPICH, on a
 * JDK 22 or newer), or {@code auto}: {@code ffm} when the bindings cannot serve (MPICH, or no
 * {@code mpi.jar} in this build) and a JDK 22 or newer is at hand, else {@code jni}.
 */
public enum TransportChoice {
  JNI,
  FFM,
  AUTO;

  /** The name {@code launch.json} records: {@code jni} or {@code ffm}; throws for {@link #AUTO}. */
  public String recordedName() {
    if (this == AUTO) {
      throw new IllegalStateException("auto is resolved before a run is recorded");
    }
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
