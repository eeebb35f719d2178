package org.scalebench.launch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.scalebench.results.LaunchSpec;
import org.scalebench.results.RunFinisher;
import org.scalebench.results.StoredRun;

/**
 * Runs a point with {@code mpirun} on this machine. The ranks' standard output goes to {@code
 * stdout.log} in the run directory (and, when echoing, to the terminal); their standard error,
 * where MPI prints its banners, only to {@code stderr.log}.
 *
 * <p>Binding: Open MPI binds each rank to one core by default, so a rank's worker threads would
 * share it. With more than one cpu per task, or when oversubscribing, ranks are
 * started with {@code --bind-to none}.
 */
public final class LocalLauncher implements Launcher {
  private final LocalOptions options;

  /** The mpirun command line of a run, one word per line, in its run directory. */
  public static final String COMMAND_FILE = "command.txt";

  public LocalLauncher(LocalOptions options) {
    this.options = options;
  }

  /** True when {@code ranks * cpusPerTask} exceeds the cores of this machine. */
  public static boolean oversubscribes(int ranks, int cpusPerTask) {
    return (long) ranks * cpusPerTask > Runtime.getRuntime().availableProcessors();
  }

  /** The command line that starts the ranks of {@code spec} on {@code runDir}. */
  public List<String> command(LaunchSpec spec, Path runDir) {
    List<String> cmd = new ArrayList<>();
    cmd.add(options.mpirun().toString());
    if (MpiEnvironment.isRoot()) {
      cmd.add("--allow-run-as-root");
    }
    cmd.add("-n");
    cmd.add(Integer.toString(spec.ranks()));
    if (spec.oversubscribed() || oversubscribes(spec.ranks(), spec.cpusPerTask())) {
      cmd.add("--oversubscribe");
    }
    if (spec.cpusPerTask() > 1 || spec.oversubscribed()) {
      cmd.add("--bind-to");
      cmd.add("none");
    }
    // XGBoost's OpenMP threads spin while waiting; on shared cores that cost a 2-thread fit 5x
    // (bench/README-gridsearch.md). Passive waiting is harmless for everything else.
    cmd.add("-x");
    cmd.add("OMP_WAIT_POLICY=PASSIVE");
    // one machine: shared memory between the ranks, without probing the network transports
    // (MPI_Init 0.2 s faster here); an OMPI_MCA_btl or OMPI_MCA_pml of the user's wins
    if (System.getenv("OMPI_MCA_btl") == null && System.getenv("OMPI_MCA_pml") == null) {
      cmd.addAll(List.of("--mca", "btl", "self,vader", "--mca", "pml", "ob1"));
    }
    cmd.add(options.java());
    // mpirun rewrites a java command line: the argument after the first one that contains "cp"
    // gets mpirun's working directory prepended (Open MPI 4.1, orte/mca/schizo/ompi). A class path
    // with the user's folder in it lets files there shadow ours and stops class-data sharing
    // ("non-empty directory in paths"); and a run folder with "cp" in its name would have its next
    // argument mangled. So the first such argument is a -cp whose value mpirun may rewrite, and
    // --class-path (which mpirun does not recognize) at the end sets the class path that counts.
    cmd.add("-cp");
    cmd.add(options.classPath());
    cmd.addAll(RankJvm.options(spec.ranks(), spec.cpusPerTask(), options.rankHeapMegabytes()));
    cmd.addAll(options.jvmOptions());
    // a crashing JVM writes its report next to the run, not into the user's working directory
    cmd.add("-XX:ErrorFile=" + runDir.toAbsolutePath().resolve("hs_err_pid%p.log"));
    cmd.add("--class-path");
    cmd.add(options.classPath());
    cmd.add(RankJvm.MAIN_CLASS);
    cmd.add(runDir.toAbsolutePath().toString());
    return cmd;
  }

  @Override
  public StoredRun launch(LaunchSpec spec, Path runDir) throws IOException, InterruptedException {
    Files.createDirectories(runDir);
    spec.write(runDir);
    List<String> command = command(spec, runDir);
    // what was started, word per line, for whoever reads the run folder (and the tests)
    Files.write(runDir.resolve(COMMAND_FILE), command);
    ProcessBuilder pb = new ProcessBuilder(command)
        .redirectError(runDir.resolve("stderr.log").toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    Instant launchedAt = Instant.now();
    Process process = pb.start();
    Thread pump = pump(process.getInputStream(), runDir.resolve("stdout.log"), options.echo());
    java.util.concurrent.atomic.AtomicBoolean interrupted = new java.util.concurrent.atomic.AtomicBoolean();
    Thread onInterrupt = new Thread(() -> {
      interrupted.set(true);
      stop(process, runDir, launchedAt);
    });
    try {
      Runtime.getRuntime().addShutdownHook(onInterrupt);
    } catch (IllegalStateException shuttingDown) {
      // Ctrl-C came while the ranks were being started: stop them here, no hook will
      kill(process);
      return RunFinisher.finish(runDir, 130, launchedAt, "the run was interrupted (Ctrl-C or a kill signal)");
    }
    String problem = null;
    int exit;
    try {
      boolean done = options.timeout() == null
          ? process.waitFor(Long.MAX_VALUE, TimeUnit.DAYS)
          : process.waitFor(options.timeout().toMillis(), TimeUnit.MILLISECONDS);
      if (!done) {
        problem = "the run did not finish within its time limit of " + options.timeout().toSeconds() + " s";
        kill(process);
      }
      exit = process.waitFor();
      pump.join(5_000);
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(onInterrupt);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running: it finishes the run
      }
    }
    if (interrupted.get()) {
      StoredRun stored = org.scalebench.results.ResultStore.read(runDir);
      if (stored.isComplete()) {
        return stored; // finished before Ctrl-C stopped mpirun: the non-zero exit is the stop, not the run
      }
    }
    return RunFinisher.finish(runDir, exit, launchedAt, problem);
  }

  /** On Ctrl-C: stop the ranks and mark the run failed, so that no half-run looks complete. */
  private static void stop(Process process, Path runDir, Instant launchedAt) {
    if (!process.isAlive()) {
      return;
    }
    kill(process);
    if (org.scalebench.results.ResultStore.read(runDir).isComplete()) {
      return; // the ranks had finished and rank 0 had written run.json: only mpirun's exit was cut short
    }
    try {
      RunFinisher.finish(runDir, 130, launchedAt, "the run was interrupted (Ctrl-C or a kill signal)");
    } catch (IOException | RuntimeException e) {
      // run.json stays missing: readers report the run as incomplete
    }
  }

  private static void kill(Process process) {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Thread pump(InputStream in, Path log, PrintStream echo) {
    Thread t = new Thread(() -> {
      try (in; OutputStream file = Files.newOutputStream(log)) {
        byte[] buf = new byte[8192];
        int n;
        while ((n = in.read(buf)) > 0) {
          file.write(buf, 0, n);
          if (echo != null) {
            echo.write(buf, 0, n);
            echo.flush();
          }
        }
      } catch (IOException e) {
        // the log is best effort; the run's result files are written by the ranks
      }
    }, "mpirun-stdout");
    t.setDaemon(true);
    t.start();
    return t;
  }

  /**
   * How local runs are started.
   *
   * @param mpirun the mpirun executable
   * @param java the java executable for the ranks
   * @param classPath the ranks' class path
   * @param rankHeapMegabytes {@code -Xmx} of each rank in MiB, {@code >= 64}, or 0 for the default
   * @param timeout the time limit of one run, or null for none
   * @param echo where to copy the ranks' standard output as it comes, or null
   * @param jvmOptions further options of the rank JVMs (the class-data archive, by default)
   */
  public record LocalOptions(Path mpirun, String java, String classPath, int rankHeapMegabytes,
      Duration timeout, PrintStream echo, List<String> jvmOptions) {
    public LocalOptions {
      jvmOptions = List.copyOf(jvmOptions);
    }

    public static LocalOptions defaults() {
      String classPath = MpiEnvironment.selfClassPath();
      return new LocalOptions(MpiEnvironment.requireMpirun(), MpiEnvironment.javaExecutable(), classPath, 0, null,
          System.out, ClassDataSharing.rankOptions(classPath));
    }

    public LocalOptions withTimeout(Duration t) {
      return new LocalOptions(mpirun, java, classPath, rankHeapMegabytes, t, echo, jvmOptions);
    }

    public LocalOptions withEcho(PrintStream e) {
      return new LocalOptions(mpirun, java, classPath, rankHeapMegabytes, timeout, e, jvmOptions);
    }

    public LocalOptions withRankHeapMegabytes(int mb) {
      return new LocalOptions(mpirun, java, classPath, mb, timeout, echo, jvmOptions);
    }

    public LocalOptions withJvmOptions(List<String> options) {
      return new LocalOptions(mpirun, java, classPath, rankHeapMegabytes, timeout, echo, options);
    }
  }
}
