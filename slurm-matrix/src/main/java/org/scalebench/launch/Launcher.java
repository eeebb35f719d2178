package org.scalebench.launch;

import java.io.IOException;
import java.nio.file.Path;
import org.scalebench.results.LaunchSpec;
import org.scalebench.results.StoredRun;

/** Starts the ranks of one run and returns the run as the store then holds it. */
public interface Launcher {
  /**
   * Runs {@code spec} into {@code runDir} (which gets {@code launch.json}, the ranks' files and
   * logs) and waits for it. A failed launch returns a run marked failed; it does not throw.
   *
   * @throws InterruptedException when Ctrl-C or a kill signal stopped the run, once it is recorded
   * @throws IOException when the run cannot be prepared or its failure cannot be recorded (a full
   *     disk), with a sentence naming the path
   */
  StoredRun launch(LaunchSpec spec, Path runDir) throws IOException, InterruptedException;
}
