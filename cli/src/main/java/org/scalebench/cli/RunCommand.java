package org.scalebench.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.scalebench.launch.LocalCapacity;
import org.scalebench.launch.LocalLauncher;
import org.scalebench.launch.RankJvm;
import org.scalebench.launch.RunPlan;
import org.scalebench.exec.ExecTemplate;
import org.scalebench.results.BadInputException;
import org.scalebench.results.LaunchSpec;
import org.scalebench.results.RunStatus;
import org.scalebench.results.StoredRun;
import org.scalebench.runtime.WorkloadRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code scalebench run}: one workload, one MPI launch on this machine, into the store. */
@Command(name = "run", mixinStandardHelpOptions = true, modelTransformer = CaseInsensitiveEnums.class,
    description = {"Run one workload as one local MPI job (mpirun) and record it in the result store.",
        "Any program: --workload exec --ranks N -- PROGRAM ARGS... (each rank is the program; it may append phase "
            + "records to the file $SCALEBENCH_RECORDS names, see examples/mpi4py)."})
public final class RunCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin WorkloadJarOption jars = new WorkloadJarOption();
  @Mixin MpiOptions mpi = new MpiOptions();

  @Option(names = "--workload", required = true, paramLabel = "NAME",
      description = "the workload (see 'scalebench workloads')")
  String workload;

  @Option(names = "--ranks", defaultValue = "1", paramLabel = "N",
      description = "MPI ranks (default: ${DEFAULT-VALUE}); ranks x cpus may be at most "
          + LocalCapacity.DEFAULT_CPUS_PER_CORE + " x the cores (" + LocalCapacity.CPUS_PER_CORE_ENV + " changes the "
          + LocalCapacity.DEFAULT_CPUS_PER_CORE + ")")
  int ranks;

  @Option(names = "--cpus-per-task", defaultValue = "1", paramLabel = "C",
      description = "worker threads per rank (default: ${DEFAULT-VALUE})")
  int cpusPerTask;

  @Option(names = "--param", paramLabel = "KEY=VALUE", mapFallbackValue = "",
      description = "a workload parameter; repeat for several")
  Map<String, String> params = new LinkedHashMap<>();

  @Option(names = "--out", paramLabel = "DIR", description = "the result store (default: results/runs)")
  Path out;

  @Option(names = "--study", defaultValue = "adhoc", paramLabel = "NAME",
      description = "the study the run is filed under (default: ${DEFAULT-VALUE})")
  String study;

  @Option(names = "--barrier", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "time a barrier before each collective to split wait from transfer (default: on)")
  boolean barrier;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "3600",
      description = "stop the run after this many seconds and record it as failed (default: ${DEFAULT-VALUE})")
  long timeoutSeconds;

  @Option(names = "--rank-heap-mb", defaultValue = "0", paramLabel = "MB",
      description = "-Xmx of each rank in MiB, at least " + RankJvm.MIN_HEAP_MEGABYTES + " (default: a share of the "
          + "machine's memory); the ranks' heaps plus " + RankJvm.OVERHEAD_MEGABYTES + " MiB per JVM must fit in the "
          + "machine's memory")
  int rankHeapMegabytes;

  @Option(names = "--arg", paramLabel = "ARG",
      description = "with --workload exec: one word of the program's command line (repeat; the words after -- follow)")
  java.util.List<String> args = new java.util.ArrayList<>();

  @Parameters(paramLabel = "COMMAND", arity = "0..*",
      description = "with --workload exec, after --: the program and its arguments, as separate words (no shell "
          + "parses them); {{name}} in a word is the value of --param name")
  java.util.List<String> command = new java.util.ArrayList<>();

  @Option(names = "--cwd", paramLabel = "DIR",
      description = "with --workload exec: the folder the ranks start in (default: the current folder)")
  Path workingDirectory;

  @Option(names = "--env", paramLabel = "NAME=VALUE",
      description = "with --workload exec: a variable added to the ranks' environment; repeat for several")
  Map<String, String> environment = new LinkedHashMap<>();

  @Override
  public Integer call() throws Exception {
    var err = spec.commandLine().getErr();
    var outStream = spec.commandLine().getOut();
    if (ranks < 1) {
      throw new org.scalebench.results.BadInputException("--ranks must be at least 1, got " + ranks);
    }
    if (timeoutSeconds < 1) {
      throw new org.scalebench.results.BadInputException("--timeout must be at least 1 second, got " + timeoutSeconds);
    }
    RankJvm.checkHeapMegabytes(rankHeapMegabytes);
    Path root = out != null ? out : StorePaths.defaultRoot();
    boolean oversubscribed = LocalLauncher.oversubscribes(ranks, cpusPerTask);
    java.util.List<String> argv = new java.util.ArrayList<>(args);
    argv.addAll(command);
    boolean exec = LaunchSpec.EXEC.equals(workload);
    if (exec && argv.isEmpty()) {
      throw new BadInputException("--workload exec needs the program to run, after -- (e.g. scalebench run "
          + "--workload exec --ranks 2 -- python3 prog.py) or as --arg words");
    }
    if (!exec && (!argv.isEmpty() || workingDirectory != null || !environment.isEmpty())) {
      throw new BadInputException("a program to run (" + (argv.isEmpty() ? "--cwd, --env" : String.join(" ", argv))
          + ") belongs to --workload exec, not to " + workload);
    }
    WorkloadRegistry workloads = jars.registry();
    RunPlan plan = exec
        ? RunPlan.ofExec(root, study, new ExecTemplate(argv, (workingDirectory != null ? workingDirectory
            : Path.of("")).toAbsolutePath().normalize().toString(), environment), null, params, 1, ranks,
            cpusPerTask, "mpirun", GitCommit.current(), oversubscribed, barrier)
        : RunPlan.of(root, study, workloads, workload, params, 1, ranks, cpusPerTask, "mpirun",
            GitCommit.current(), oversubscribed, barrier);
    LocalLauncher.LocalOptions options = mpi.apply(LocalLauncher.LocalOptions.defaults()
        .withEcho(new java.io.PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true))
        .withRankHeapMegabytes(rankHeapMegabytes)
        .withTimeout(Duration.ofSeconds(timeoutSeconds))
        .withWorkloadJars(workloads.jars()));
    LocalLauncher launcher = new LocalLauncher(options);
    launcher.requireFits(ranks, cpusPerTask, !exec);
    if (oversubscribed) {
      err.println("scalebench: " + ranks + " ranks x " + cpusPerTask + " cpus on "
          + Runtime.getRuntime().availableProcessors() + " cores: oversubscribing (noted in run.json)");
    }
    StoredRun run = launcher.launch(plan.spec(), plan.runDir());
    return report(run, outStream, err);
  }

  static int report(StoredRun run, java.io.PrintWriter out, java.io.PrintWriter err) {
    if (run.state() == RunStatus.OK) {
      out.printf(java.util.Locale.ROOT, "scalebench: %s ok in %.3f s -> %s%n", run.metadata().launch().pointId(),
          run.metadata().wallSeconds(), run.dir());
      return ExitCodes.OK;
    }
    err.println("scalebench: run failed: " + run.problem());
    err.println("scalebench: logs and partial records are in " + run.dir());
    return ExitCodes.FAILED;
  }
}
