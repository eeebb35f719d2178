package org.scalebench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.scalebench.results.BadInputException;
import org.scalebench.results.LaunchSpec;
import org.scalebench.results.RunLayout;
import org.scalebench.slurm.ArrayRuns;
import org.scalebench.study.StudyRuns;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code prepare-run TABLE TASK}: what a job array's task calls first; makes the run directory of
 * its line of the runs table ({@link ArrayRuns}), writes its launch.json and prints the directory
 * (the only output on stdout, which the script captures). An earlier attempt in the directory (a
 * task Slurm requeued) is set aside first. Hidden: scripts use it.
 */
@Command(name = "prepare-run", hidden = true, mixinStandardHelpOptions = true,
    description = "Make the run directory and launch.json of one job-array task (used by generated job scripts).")
public final class PrepareRunCommand implements Callable<Integer> {
  @Spec CommandSpec cmd;

  @Parameters(index = "0", paramLabel = "TABLE", description = "the array's runs table (*.runs.jsonl)")
  Path table;

  @Parameters(index = "1", paramLabel = "TASK", description = "the array task index (SLURM_ARRAY_TASK_ID)")
  int task;

  @Override
  public Integer call() throws Exception {
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
    cmd.commandLine().getOut().println(runDir);
    return ExitCodes.OK;
  }
}
