package org.scalebench.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.scalebench.slurm.JobManifest;
import org.scalebench.slurm.SlurmQueue;
import org.scalebench.slurm.StudyProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code scalebench status study.yaml}: where each run stands, from the store, the manifest and squeue. */
@Command(name = "status", mixinStandardHelpOptions = true,
    description = "Show how many runs of the study are complete, failed, queued or running (store + manifest + "
        + "squeue, and sacct when accounting is on; it is not needed). Exit 0 when every run is complete, else 1.")
public final class StatusCommand implements Callable<Integer> {
  @Spec CommandSpec cmd;
  @Mixin StudyInput input = new StudyInput();

  @Option(names = "--all", description = "list every run, not only the first unfinished ones")
  boolean all;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = cmd.commandLine().getOut();
    var spec = input.spec();
    JobManifest manifest = JobManifest.read(input.root(), spec.name());
    return StudyStatusReport.print(out, spec.name(), StudyProgress.of(input.runs(), manifest, SlurmQueue.states(manifest)), all);
  }
}
