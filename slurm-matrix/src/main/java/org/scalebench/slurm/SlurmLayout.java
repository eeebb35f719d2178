package org.scalebench.slurm;

import java.nio.file.Path;
import org.scalebench.results.Names;

/**
 * Where the Slurm side of a study lives: each run's script next to its {@code launch.json}, and the
 * study-wide files (collect script, manifest, collect logs) in {@code <root>/<study>/slurm/}, a folder
 * without {@code rep-*} directories, which store readers skip.
 */
public final class SlurmLayout {
  public static final String JOB_SCRIPT = "job.sbatch";
  public static final String SLURM_DIR = "slurm";
  public static final String COLLECT_SCRIPT = "collect.sbatch";
  public static final String MANIFEST = "manifest.json";

  private SlurmLayout() {}

  public static Path jobScript(Path runDir) {
    return runDir.resolve(JOB_SCRIPT);
  }

  public static Path slurmDir(Path root, String study) {
    return root.resolve(Names.checkToken("study", study)).resolve(SLURM_DIR);
  }

  public static Path collectScript(Path root, String study) {
    return slurmDir(root, study).resolve(COLLECT_SCRIPT);
  }

  public static Path manifest(Path root, String study) {
    return slurmDir(root, study).resolve(MANIFEST);
  }
}
