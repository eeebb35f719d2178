package org.scalebench.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.scalebench.launch.LocalLauncher;
import org.scalebench.launch.LocalStudyRunner;
import org.scalebench.launch.ProgressStyle;
import org.scalebench.results.BadInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code scalebench run-study study.yaml --local}: every point with mpirun on this machine, then the analysis. */
@Command(name = "run-study", mixinStandardHelpOptions = true, modelTransformer = CaseInsensitiveEnums.class,
    description = {"Run every point and repetition of a study on this machine with mpirun (nodes x ntasksPerNode "
        + "ranks per point, oversubscribing when there are fewer cores), then analyze it.",
        "Resume: complete runs are kept; failed or interrupted ones run again. Ctrl-C stops cleanly.",
        "Exit 0 when every run is complete, 1 when one failed."})
public final class RunStudyCommand implements Callable<Integer> {
  @Spec CommandSpec cmd;
  @Mixin StudyInput input = new StudyInput();
  @Mixin MpiOptions mpi = new MpiOptions();

  @Option(names = "--local", description = "run here with mpirun (use 'submit' for Slurm)")
  boolean local;

  @Option(names = "--no-analyze", description = "skip report.html / summary.md / summary.csv")
  boolean noAnalyze;

  @Option(names = "--no-progress", description = "no progress (a bar on a terminal, one line per finished run otherwise)")
  boolean noProgress;

  @Option(names = "--rank-heap-mb", defaultValue = "0", paramLabel = "MB",
      description = "-Xmx of each rank in MiB (default: the profile's, else a share of the machine's memory)")
  int rankHeapMegabytes;

  @Override
  public Integer call() throws Exception {
    if (!local) {
      throw new BadInputException("run-study runs a study on this machine: add --local (on Slurm use "
          + "'scalebench submit')");
    }
    PrintWriter out = cmd.commandLine().getOut();
    var spec = input.spec();
    input.prepareData(System.out);
    var points = input.points();
    LocalLauncher.LocalOptions options = mpi.apply(LocalLauncher.LocalOptions.defaults().withEcho(null)
        .withRankHeapMegabytes(rankHeapMegabytes), spec.profile());
    LocalStudyRunner.Outcome outcome = new LocalStudyRunner(spec, input.root(), GitCommit.current(), options)
        .run(points, out, ProgressStyle.forThisProcess(!noProgress));
    return LocalRunsReport.print(outcome.runs(), outcome.skipped(), input.studyDir(), spec.scaling(), !noAnalyze, out,
        cmd.commandLine().getErr());
  }
}
