package org.scalebench.workloads.comm;

/**
 * The phase names the communication benchmarks share. A measured test records in {@code
 * <test>-<variant>} ({@link #of}), e.g. {@code latency-direct}, {@code alltoall-array}, {@code
 * scatter-objects}; the test names are constants of each workload.
 */
public final class CommPhases {
  /** The barrier before each message size or step, all wait. */
  public static final String SYNC = "sync";
  /** Writing the validation pattern into the send buffers (local work). */
  public static final String FILL = "fill";
  /** The untimed checks of {@code validate=true} (local work and its extra calls). */
  public static final String VALIDATE = "validate";
  /** The untimed calls before the timed ones (JIT and connection warm-up). */
  public static final String WARMUP = "warmup";
  /** Rank 0 writing the result tables. */
  public static final String WRITE_OUTPUT = "write-output";

  private CommPhases() {}

  /** The phase of {@code test} on {@code variant} (a buffer kind or a data form). */
  public static String of(String test, String variant) {
    return test + "-" + variant;
  }
}
