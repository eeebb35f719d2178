package org.scalebench.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.scalebench.slurm.JobManifest;
import org.scalebench.slurm.RunProgress;
import org.scalebench.slurm.SlurmCommands;
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
  /** Without --all, at most this many unfinished runs are listed. */
  static final int LISTED = 40;

  @Spec CommandSpec cmd;
  @Mixin StudyInput input = new StudyInput();

  @Option(names = "--all", description = "list every run, not only the first unfinished ones")
  boolean all;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = cmd.commandLine().getOut();
    var spec = input.spec();
    JobManifest manifest = JobManifest.read(input.root(), spec.name());
    return report(out, spec.name(), StudyProgress.of(input.runs(), manifest, queueOf(manifest)), all);
  }

  /** Prints the table and the summary line; the exit code: 0 when every run is complete, else 1. */
  static int report(PrintWriter out, String study, List<RunProgress> progress, boolean all) {
    print(out, progress, all);
    out.printf(Locale.ROOT, "scalebench: study %s: %d run(s): %s%n", study, progress.size(),
        StudyProgress.summary(progress));
    out.flush();
    return progress.stream().allMatch(p -> p.phase() == RunProgress.Phase.COMPLETE) ? ExitCodes.OK : ExitCodes.FAILED;
  }

  static void print(PrintWriter out, List<RunProgress> progress, boolean all) {
    int listed = 0;
    for (RunProgress p : progress) {
      if (!all && p.phase() == RunProgress.Phase.COMPLETE) {
        continue;
      }
      if (!all && listed == LISTED) {
        out.println("  ... (--all lists every run)");
        break;
      }
      out.printf(Locale.ROOT, "  %-28s rep %-3d %-22s %-8s %s%n", p.run().point().id(), p.run().repetition(),
          p.phase().word(), p.jobId() == null ? "-" : p.jobId(), p.detail() == null ? "" : p.detail());
      listed++;
    }
  }

  /**
   * The states of the study's jobs: squeue's for queued and running ones, sacct's for ended ones when
   * accounting is on; empty without jobs or without Slurm commands.
   */
  static Map<String, String> queueOf(JobManifest manifest) throws java.io.IOException, InterruptedException {
    if (manifest.jobs().isEmpty() || !SlurmCommands.available()) {
      return Map.of();
    }
    SlurmCommands slurm = new SlurmCommands();
    Map<String, String> states = new java.util.HashMap<>(slurm.queue());
    List<String> gone = manifest.latest().values().stream().map(JobManifest.Job::jobId)
        .filter(id -> !states.containsKey(id)).toList();
    slurm.accounting(gone).forEach(states::putIfAbsent);
    return states;
  }
}
