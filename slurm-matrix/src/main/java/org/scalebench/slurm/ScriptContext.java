package org.scalebench.slurm;

import java.nio.file.Path;
import org.scalebench.results.Checks;

/**
 * What a generated script needs beyond the spec: where things are on the cluster.
 *
 * @param storeRoot the result store root, absolute (run directories and Slurm logs go under it)
 * @param jar the scalebench jar as the nodes see it, absolute
 * @param gitCommit the commit recorded in launch.json
 */
public record ScriptContext(Path storeRoot, Path jar, String gitCommit) {
  public ScriptContext {
    Checks.notNull("storeRoot", storeRoot);
    Checks.notNull("jar", jar);
    if (!storeRoot.isAbsolute() || !jar.isAbsolute()) {
      throw new IllegalArgumentException("storeRoot and jar must be absolute, got " + storeRoot + " and " + jar);
    }
    gitCommit = gitCommit == null || gitCommit.isBlank() ? "unknown" : gitCommit;
  }
}
