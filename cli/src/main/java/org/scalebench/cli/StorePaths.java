package org.scalebench.cli;

import java.nio.file.Path;

/**
 * Where the store and the baselines live by default: {@code results/runs} and {@code
 * results/baseline} of the checkout {@code ./scalebench} runs from.
 */
final class StorePaths {
  private StorePaths() {}

  static Path defaultRoot() {
    return home().resolve("results").resolve("runs");
  }

  /** The committed baselines: {@code results/baseline} of the checkout. */
  static Path baselineRoot() {
    return home().resolve("results").resolve("baseline");
  }

  /** The store root a command uses: {@code out} when given, else {@link #defaultRoot()}; absolute. */
  static Path root(Path out) {
    return (out != null ? out : defaultRoot()).toAbsolutePath().normalize();
  }

  /** The checkout: {@code SCALEBENCH_HOME} (set by {@code ./scalebench}), else the working directory. */
  static Path home() {
    String home = System.getenv("SCALEBENCH_HOME");
    return home == null || home.isBlank() ? Path.of("") : Path.of(home);
  }
}
