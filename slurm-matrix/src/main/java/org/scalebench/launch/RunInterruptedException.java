package org.scalebench.launch;

import java.nio.file.Path;

/**
 * A local run stopped by Ctrl-C or a kill signal. By the time it is thrown the run is recorded as
 * interrupted and standard error says so; the JVM is shutting down, with the signal's exit code.
 */
public final class RunInterruptedException extends InterruptedException {
  private final transient Path runDir;

  public RunInterruptedException(Path runDir) {
    super("the run in " + runDir + " was interrupted");
    this.runDir = runDir;
  }

  /** The run directory, recorded as interrupted. */
  public Path runDir() {
    return runDir;
  }
}
