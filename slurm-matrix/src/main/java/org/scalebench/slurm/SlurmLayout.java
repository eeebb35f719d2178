package org.scalebench.slurm;

import java.nio.file.Path;
import org.scalebench.results.Names;

/**
 * Where the Slurm side of a study lives: the job arrays' scripts and run tables, the collect script,
 * the manifest and the collect logs in {@code <root>/<study>/slurm/}, the array tasks' logs in
 * {@code slurm/logs/<array-job-id>_<task>.out}; a folder without {@code rep-*} directories, which
 * store readers skip.
 */
public final class SlurmLayout {
  public static final String SLURM_DIR = "slurm";
  public static final String COLLECT_SCRIPT = "collect.sbatch";
  public static final String MANIFEST = "manifest.json";
  public static final String LOGS = "logs";

  private SlurmLayout() {}

  /** Where the tasks' output goes: {@code <job-id>_<task>.out}, the id the manifest records. */
  public static Path logDir(Path root, String study) {
    return slurmDir(root, study).resolve(LOGS);
  }

  /** The output file of the array task whose job id is {@code jobId} ({@code <array-id>_<task>}). */
  public static Path taskLog(Path root, String study, String jobId) {
    return logDir(root, study).resolve(jobId + ".out");
  }

  public static Path slurmDir(Path root, String study) {
    return root.resolve(Names.checkToken("study", study)).resolve(SLURM_DIR);
  }

  /** Where the study's exec arrays find the rank wrapper ({@code ExecWrapper}): {@code <slurm>/bin}. */
  public static Path binDir(Path root, String study) {
    return slurmDir(root, study).resolve("bin");
  }

  public static Path collectScript(Path root, String study) {
    return slurmDir(root, study).resolve(COLLECT_SCRIPT);
  }

  public static Path manifest(Path root, String study) {
    return slurmDir(root, study).resolve(MANIFEST);
  }
}
