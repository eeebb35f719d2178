package org.scalebench.results;

import java.util.Objects;

/** Argument checks whose messages name the field and the bad value. */
public final class Checks {
  private Checks() {}

  public static String nonBlank(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank, got " + quote(value));
    }
    return value;
  }

  public static int atLeast(String field, int value, int min) {
    if (value < min) {
      throw new IllegalArgumentException(field + " must be at least " + min + ", got " + value);
    }
    return value;
  }

  public static long atLeast(String field, long value, long min) {
    if (value < min) {
      throw new IllegalArgumentException(field + " must be at least " + min + ", got " + value);
    }
    return value;
  }

  /** A finite, non-negative number of seconds (or any other non-negative quantity). */
  public static double nonNegative(String field, double value) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(field + " must be finite and >= 0, got " + value);
    }
    return value;
  }

  public static <T> T notNull(String field, T value) {
    return Objects.requireNonNull(value, () -> field + " must not be null");
  }

  /** A versioned format's version: {@code 1..max}, the versions this build reads. */
  public static void schemaVersion(int schemaVersion, int max) {
    if (schemaVersion < 1 || schemaVersion > max) {
      throw new IllegalArgumentException("schemaVersion must be 1.." + max + ", got " + schemaVersion);
    }
  }

  /**
   * The checks every record naming a run shares ({@link LaunchSpec}, {@link RunMetadata}): the
   * schema version is {@code 1..maxSchemaVersion}, names are path-safe tokens, counts are at least 1.
   */
  static void run(int schemaVersion, int maxSchemaVersion, String study, String pointId, int repetition,
      String workload, int nodes, int tasksPerNode, int cpusPerTask) {
    schemaVersion(schemaVersion, maxSchemaVersion);
    Names.checkToken("study", study);
    Names.checkToken("pointId", pointId);
    atLeast("repetition", repetition, 1);
    Names.checkToken("workload", workload);
    atLeast("nodes", nodes, 1);
    atLeast("tasksPerNode", tasksPerNode, 1);
    atLeast("cpusPerTask", cpusPerTask, 1);
  }

  private static String quote(String value) {
    return value == null ? "null" : "'" + value + "'";
  }
}
