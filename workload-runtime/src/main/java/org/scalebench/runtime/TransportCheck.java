package org.scalebench.runtime;

import org.scalebench.results.BadInputException;

/** The one check that a rank's JVM can run its transport, with its message. */
public final class TransportCheck {
  /** The first JDK whose java.lang.foreign is final (JEP 454). */
  public static final int FFM_MIN_JDK = 22;

  private TransportCheck() {}

  /**
   * The problem with running {@code transport} on a JDK of feature version {@code jdkFeature} found at
   * {@code javaHome}, or null when there is none.
   */
  public static String problem(String transport, int jdkFeature, String javaHome) {
    if ("ffm".equals(transport) && jdkFeature < FFM_MIN_JDK) {
      return "transport ffm needs a JDK " + FFM_MIN_JDK + " or newer (java.lang.foreign), but the ranks' java is "
          + jdkFeature + " (" + javaHome + "); point the profile's java (or SCALEBENCH_FFM_JDK) at a JDK "
          + FFM_MIN_JDK + "+, or use transport jni";
    }
    return null;
  }

  /** Checks this JVM. */
  static void requireJdkFor(String transport) {
    String p = problem(transport, Runtime.version().feature(), System.getProperty("java.home"));
    if (p != null) {
      throw new BadInputException(p);
    }
  }
}
