package org.scalebench.cli;

import java.nio.file.Path;

/** Where the store lives by default: {@code results/runs} of the checkout {@code ./scalebench} runs from. */
final class StorePaths {
  private StorePaths() {}

  static Path defaultRoot() {
    String home = System.getenv("SCALEBENCH_HOME");
    Path base = home == null || home.isBlank() ? Path.of("") : Path.of(home);
    return base.resolve("results").resolve("runs");
  }
}
