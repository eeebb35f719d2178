package org.scalebench.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.scalebench.slurm.SlurmCommands;
import org.scalebench.slurm.StudySubmitter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code scalebench submit study.yaml}: generate and sbatch the runs still to do. */
@Command(name = "submit", mixinStandardHelpOptions = true,
    description = {"Generate the study's jobs and submit them with sbatch, then a collect-and-analyze job "
        + "(--dependency=afterany). Job ids go to <store>/<study>/slurm/manifest.json.",
        "Resume: complete runs and runs whose job still runs are skipped; failed runs are re-queued."})
public final class SubmitCommand implements Callable<Integer> {
  @Spec CommandSpec cmd;
  @Mixin StudyInput input = new StudyInput();

  @Option(names = "--jar", paramLabel = "JAR", description = "the scalebench jar as the nodes see it "
      + "(default: the profile's jar, else this one)")
  Path jar;

  @Override
  public Integer call() throws Exception {
    input.prepareData(System.out);
    var points = input.points();
    new StudySubmitter(input.spec(), input.scriptContext(jar), new SlurmCommands())
        .submit(points, cmd.commandLine().getOut());
    return ExitCodes.OK;
  }
}
