package org.scalebench.slurm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.scalebench.results.BadInputException;
import org.scalebench.results.LaunchSpec;
import org.scalebench.results.RunLayout;
import org.scalebench.study.StudyRuns;

/**
 * What a job array's task does first: makes the run directory of its line of the runs table ({@link
 * ArrayRuns}) and writes its launch.json. An earlier attempt in the directory (a task Slurm requeued)
 * is set aside first.
 */
public final class ArrayTaskStart {
  private ArrayTaskStart() {}

  /**
   * Prepares task {@code task} of {@code table}.
   *
   * @return the run directory, made and holding launch.json
   * @throws BadInputException when the table has no such task, its directory does not match its launch,
   *     or the directory already holds a complete run
   */
  public static Path prepare(Path table, int task) throws IOException {
    ArrayRuns.Task t = ArrayRuns.read(table, task);
    Path runDir = Path.of(t.runDir());
    LaunchSpec launch = t.launch();
    // the directory must be the one the store expects for this run, or readers would file it wrongly
    Path expected = runDir.getNameCount() < 3 ? null : RunLayout.runDir(runDir.getParent().getParent().getParent(),
        launch.study(), launch.pointId(), launch.repetition());
    if (!runDir.equals(expected)) {
      throw new BadInputException(table + " task " + task + ": run directory " + runDir + " does not match its "
          + "launch (" + launch.study() + "/" + launch.pointId() + "/rep-" + launch.repetition() + ")");
    }
    if (StudyRuns.isComplete(runDir)) {
      throw new BadInputException(runDir + " already holds a complete run; it is not run again");
    }
    StudyRuns.setAside(runDir);
    Files.createDirectories(runDir);
    launch.write(runDir);
    return runDir;
  }
}
