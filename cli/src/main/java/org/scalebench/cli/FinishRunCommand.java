package org.scalebench.cli;

import org.scalebench.exec.ExecFinisher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.scalebench.results.BadInputException;
import org.scalebench.results.LaunchSpec;
import org.scalebench.results.RunFinisher;
import org.scalebench.results.StoredRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code finish-run RUN_DIR --exit-code N}: what a job script calls when its launch failed or left no
 * run.json, to mark the run failed with the ranks' reasons ({@link RunFinisher}), and after every
 * launch of an exec run, whose results it writes ({@link ExecFinisher}). Hidden: scripts use it.
 */
@Command(name = "finish-run", hidden = true, mixinStandardHelpOptions = true,
    description = "Mark a run failed after its launch exited (used by generated job scripts).")
public final class FinishRunCommand implements Callable<Integer> {
  @Spec CommandSpec cmd;

  @Parameters(index = "0", paramLabel = "RUN_DIR", description = "the run directory (with launch.json)")
  Path runDir;

  @Option(names = "--exit-code", required = true, paramLabel = "N", description = "the launch's exit code")
  int exitCode;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(runDir.resolve(LaunchSpec.FILE))) {
      throw new BadInputException(runDir + " has no " + LaunchSpec.FILE + "; it is not a prepared run directory");
    }
    // an exec run's ranks are the user's programs: the finisher writes its results from their records
    StoredRun run = LaunchSpec.read(runDir).exec() != null
        ? ExecFinisher.finish(runDir, exitCode, null, null)
        : RunFinisher.finish(runDir, exitCode, null, null);
    cmd.commandLine().getErr().println("scalebench: " + runDir + ": " + run.state().name().toLowerCase(java.util.Locale.ROOT)
        + (run.problem() == null ? "" : ": " + run.problem()));
    return run.isComplete() ? ExitCodes.OK : ExitCodes.FAILED;
  }
}
