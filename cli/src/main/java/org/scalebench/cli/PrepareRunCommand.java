package org.scalebench.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.scalebench.slurm.ArrayRuns;
import org.scalebench.slurm.ArrayTaskStart;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code prepare-run TABLE TASK}: what a job array's task calls first ({@link ArrayTaskStart}); prints
 * the run directory of its line of the runs table ({@link ArrayRuns}), the only output on stdout, which
 * the script captures. Hidden: scripts use it.
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
    Path runDir = ArrayTaskStart.prepare(table, task);
    cmd.commandLine().getOut().println(runDir);
    return ExitCodes.OK;
  }
}
