package org.scalebench.cli;

import picocli.CommandLine.Command;

/** The top-level command; every verb is a subcommand class of its own. */
@Command(
    name = "scalebench",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Scaling studies of MPI workloads: run, record, fit, report, gate.",
    subcommands = {RunCommand.class, DemoCommand.class, WorkloadsCommand.class,
        AnalyzeCommand.class,
        GenerateCommand.class, SubmitCommand.class, StatusCommand.class, CollectCommand.class,
        RunStudyCommand.class, FinishRunCommand.class, PrepareRunCommand.class, PrepareCdsCommand.class, BenchCommand.class,
        CompareCommand.class, BaselineCommand.class, AbCommand.class, DataCommand.class,
        picocli.CommandLine.HelpCommand.class},
    footer = {"", "Exit codes: 0 ok, 1 a run or check failed, 2 bad input."})
public final class ScalebenchCommand implements Runnable {
  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
