package org.scalebench.cli;

/** The commit of this build, as {@code ./scalebench} passes it in {@code SCALEBENCH_GIT_COMMIT}. */
final class GitCommit {
  private GitCommit() {}

  static String current() {
    String env = System.getenv("SCALEBENCH_GIT_COMMIT");
    return env == null || env.isBlank() ? "unknown" : env.strip();
  }
}
