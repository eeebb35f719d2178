package org.scalebench.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.scalebench.slurm.JobManifest;
import org.scalebench.slurm.SlurmQueue;
import org.scalebench.slurm.RunProgress;
import org.scalebench.slurm.StudyCollector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code scalebench collect study.yaml}: check the store, close dead runs, analyze. */
@Command(name = "collect", mixinStandardHelpOptions = true,
    description = {"Check that every run of the study is in the store (the ranks write there directly), mark runs "
        + "whose Slurm job ended without a result as failed, and write the analysis.",
        "Exit 0 when every run is complete, 1 otherwise."})
public final class CollectCommand implements Callable<Integer> {
  @Spec CommandSpec cmd;
  @Mixin StudyInput input = new StudyInput();

  @Option(names = "--no-analyze", description = "skip report.html / summary.md / summary.csv")
  boolean noAnalyze;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = cmd.commandLine().getOut();
    var spec = input.spec();
    JobManifest manifest = JobManifest.read(input.root(), spec.name());
    List<RunProgress> progress = StudyCollector.collect(spec, input.root(), input.runs(), manifest,
        SlurmQueue.states(manifest));
    int exit = StudyStatusReport.print(out, spec.name(), progress, false);
    if (!noAnalyze && java.nio.file.Files.isDirectory(input.studyDir())) {
      StudyAnalysisStep.analyze(input.studyDir(), spec.scaling(), out, cmd.commandLine().getErr());
    }
    return exit;
  }
}
