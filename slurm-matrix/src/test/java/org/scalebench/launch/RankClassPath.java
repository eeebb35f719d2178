package org.scalebench.launch;

/** The ranks' class path of this module's integration tests, which failsafe passes in. */
final class RankClassPath {
  private RankClassPath() {}

  /** This module's classes and its test class path (the runtime, the built-in workloads, mpi.jar). */
  static String get() {
    String classPath = System.getProperty("scalebench.rank.classpath");
    if (classPath == null || classPath.isBlank()) {
      throw new IllegalStateException("system property scalebench.rank.classpath is not set (run through failsafe)");
    }
    return classPath;
  }

  /** Launcher options for the tests: this class path, no echo to the test's output. */
  static LocalLauncher.LocalOptions options() {
    return LocalLauncher.LocalOptions.defaults(get()).withEcho(null);
  }
}
