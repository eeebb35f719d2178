package org.scalebench.exec;

import java.util.Map;

/** Names of the POSIX signals a rank's program is typically ended by (Linux numbers). */
final class Signals {
  private static final Map<Integer, String> NAMES = Map.ofEntries(Map.entry(1, "SIGHUP"), Map.entry(2, "SIGINT"),
      Map.entry(3, "SIGQUIT"), Map.entry(4, "SIGILL"), Map.entry(5, "SIGTRAP"), Map.entry(6, "SIGABRT"),
      Map.entry(7, "SIGBUS"), Map.entry(8, "SIGFPE"), Map.entry(9, "SIGKILL"), Map.entry(10, "SIGUSR1"),
      Map.entry(11, "SIGSEGV"), Map.entry(12, "SIGUSR2"), Map.entry(13, "SIGPIPE"), Map.entry(14, "SIGALRM"),
      Map.entry(15, "SIGTERM"), Map.entry(24, "SIGXCPU"), Map.entry(25, "SIGXFSZ"));

  private Signals() {}

  /** e.g. {@code " (SIGKILL)"}, or empty for a signal without a common name. */
  static String nameInParentheses(int signal) {
    String name = NAMES.get(signal);
    return name == null ? "" : " (" + name + ")";
  }
}
