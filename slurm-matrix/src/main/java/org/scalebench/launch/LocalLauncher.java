package org.scalebench.launch;

import java.io.File;
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
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.scalebench.exec.ExecFinisher;
import org.scalebench.exec.ExecWrapper;
import org.scalebench.results.AtomicFiles;
import org.scalebench.results.BadInputException;
import org.scalebench.results.IoProblems;
import org.scalebench.results.LaunchSpec;
import org.scalebench.results.ResultStore;
import org.scalebench.results.RunFiles;
import org.scalebench.results.RunFinisher;
import org.scalebench.results.StoredRun;
import org.scalebench.study.MpiImplementation;
import org.scalebench.study.TransportChoice;

/**
 * Runs a point with {@code mpirun} on this machine. The ranks' standard output goes to {@code
 * stdout.log} in the run directory (and, when echoing, to the terminal); their standard error,
 * where MPI prints its banners, only to {@code stderr.log}.
 *
 * <p>Limits: a job must fit this machine ({@link LocalCapacity}: at most 8 rank cpus per core by
 * default, and the ranks' heaps in its memory), and a run has a time limit ({@link
 * #DEFAULT_TIMEOUT} unless one is given).
 *
 * <p>Binding: Open MPI binds each rank to one core by default, so a rank's worker threads would
 * share it. With more than one cpu per task, or when oversubscribing, ranks are
 * started with {@code --bind-to none}.
 */
public final class LocalLauncher implements Launcher {
  private final LocalOptions options;

  /** The mpirun command line of a run, one word per line, in its run directory. */
  public static final String COMMAND_FILE = "command.txt";
  /** mpirun's and the ranks' standard error, in the run directory. */
  public static final String STDERR_LOG = "stderr.log";
  /** The failure reason of a run stopped by Ctrl-C or a kill signal. */
  public static final String INTERRUPTED = "the run was interrupted (Ctrl-C or a kill signal)";
  /** The time limit of a local run unless one is given: long enough for any study point here. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofHours(1);

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
    if (options.mpi() == MpiImplementation.MPICH) {
      // Hydra: no root guard, no binding by default, oversubscription allowed; environment by -genv.
      cmd.addAll(List.of("-n", Integer.toString(spec.ranks()), "-genv", "OMP_WAIT_POLICY", "PASSIVE",
          "-genv", RankJvm.UCX_SIGNALS, ""));
      return rankCommand(spec, runDir, cmd);
    }
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
    return rankCommand(spec, runDir, cmd);
  }

  /** {@code cmd} (the launcher and its options) followed by the rank's command line: a JVM, or an exec wrapper. */
  private List<String> rankCommand(LaunchSpec spec, Path runDir, List<String> cmd) {
    if (spec.exec() != null) {
      cmd.addAll(ExecWrapper.argv(ExecWrapper.ensureBuilt(ExecWrapper.defaultBinDir()).toString(),
          runDir.toAbsolutePath().toString(), spec.cpusPerTask(), spec.exec()));
      return cmd;
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

  /**
   * Refuses a job this machine cannot carry ({@link LocalCapacity}), with the numbers.
   *
   * @throws BadInputException saying why
   */
  public void requireFits(int ranks, int cpusPerTask) {
    requireFits(ranks, cpusPerTask, true);
  }

  /**
   * As {@link #requireFits(int, int)}; {@code jvmRanks} false for exec runs, whose ranks are the
   * user's programs: there is no rank heap to make room for, only the cores to count.
   */
  public void requireFits(int ranks, int cpusPerTask, boolean jvmRanks) {
    options.capacity().require(ranks, cpusPerTask,
        jvmRanks ? RankJvm.heapMegabytes(ranks, options.rankHeapMegabytes()) : 0);
  }

  /**
   * {@inheritDoc}
   *
   * <p>A run that exceeds its time limit is stopped and recorded as failed with a sentence saying so;
   * a rank ended by a signal is named with the signal. On Ctrl-C or a kill signal the JVM's shutdown
   * hook stops the ranks, records the run as interrupted, says so on standard error, and this method
   * throws {@link RunInterruptedException} once that is done.
   *
   * @throws BadInputException when the job does not fit this machine (nothing is written then)
   * @throws IoProblems.Described when the run folder cannot be prepared, or the failed run cannot
   *     be recorded
   */
  @Override
  public StoredRun launch(LaunchSpec asked, Path runDir) throws IOException, InterruptedException {
    // the options decide the transport of a local run (they found its JDK); launch.json records it
    LaunchSpec spec = asked.exec() != null ? asked : asked.withTransport(options.transport());
    requireFits(spec.ranks(), spec.cpusPerTask(), spec.exec() == null);
    List<String> command = command(spec, runDir);
    prepare(spec, runDir, command);
    ProcessBuilder pb = new ProcessBuilder(command)
        .redirectError(runDir.resolve(STDERR_LOG).toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    Instant launchedAt = Instant.now();
    Process process = pb.start();
    Thread pump = pump(process.getInputStream(), runDir.resolve("stdout.log"), options.echo());
    Job job = new Job(process, runDir, launchedAt, spec.exec() != null);
    Thread onInterrupt = new Thread(job::interrupt, "scalebench-interrupt");
    try {
      Runtime.getRuntime().addShutdownHook(onInterrupt);
    } catch (IllegalStateException shuttingDown) {
      // Ctrl-C came while the ranks were being started: no hook will run, so stop them here
      job.interrupt();
      throw new RunInterruptedException(runDir);
    }
    try {
      String problem = null;
      boolean done = options.timeout() == null
          ? process.waitFor(Long.MAX_VALUE, TimeUnit.DAYS)
          : process.waitFor(options.timeout().toMillis(), TimeUnit.MILLISECONDS);
      if (!done) {
        problem = "the run did not finish within its time limit of " + options.timeout().toSeconds()
            + " s and was stopped";
        kill(process);
      }
      int exit = process.waitFor();
      pump.join(5_000);
      // a rank's own sentence says more than the signal mpirun then sent the others
      if (problem == null && exit != 0 && spec.exec() == null && RunFinisher.rankSentences(runDir).isEmpty()) {
        problem = MpirunMessages.signalledRank(runDir.resolve(STDERR_LOG)).orElse(null);
      }
      Optional<StoredRun> finished = job.finishUnlessInterrupted(exit, problem);
      if (finished.isEmpty()) {
        job.awaitRecorded();
        throw new RunInterruptedException(runDir);
      }
      return finished.get();
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(onInterrupt);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running: it records the run
      }
    }
  }

  /**
   * Writes launch.json and the command line; a run folder that cannot take them (a full disk) starts
   * nothing and keeps nothing of this attempt.
   */
  private static void prepare(LaunchSpec spec, Path runDir, List<String> command) throws IOException {
    boolean created = !Files.isDirectory(runDir);
    try {
      Files.createDirectories(runDir);
      spec.write(runDir);
      // what was started, word per line, for whoever reads the run folder (and the tests)
      AtomicFiles.writeRegenerable(runDir.resolve(COMMAND_FILE), String.join("\n", command) + "\n");
    } catch (IOException e) {
      try {
        Files.deleteIfExists(runDir.resolve(COMMAND_FILE));
        Files.deleteIfExists(runDir.resolve(LaunchSpec.FILE));
        RunFiles.removeTemporaryFiles(runDir);
        if (created) {
          Files.deleteIfExists(runDir);
        }
      } catch (IOException notEmpty) {
        // what else is in the folder was there before, and stays
      }
      throw new IoProblems.Described("cannot prepare the run in " + runDir + ": " + IoProblems.describe(e)
          + "; nothing was started", e);
    }
  }

  /**
   * One started job, finished exactly once: by the launching thread when the ranks exit, or by the
   * shutdown hook on Ctrl-C or a kill signal. Whichever comes second respects the first: the hook
   * turns a run the launching thread had marked failed into an interrupted one, and the launching
   * thread leaves an interrupted run to the hook (the JVM may halt under it while it writes).
   */
  private final class Job {
    private final Process process;
    private final Path runDir;
    private final Instant launchedAt;
    private final boolean exec;
    private final Object lock = new Object();
    private final CountDownLatch recorded = new CountDownLatch(1);
    private boolean interrupted;

    Job(Process process, Path runDir, Instant launchedAt, boolean exec) {
      this.process = process;
      this.runDir = runDir;
      this.launchedAt = launchedAt;
      this.exec = exec;
    }

    /** The launching thread: finishes the run, unless an interrupt came first. */
    Optional<StoredRun> finishUnlessInterrupted(int exit, String problem) throws IOException {
      synchronized (lock) {
        if (interrupted) {
          return Optional.empty();
        }
        return Optional.of(finish(exec, runDir, exit, launchedAt, problem));
      }
    }

    /** The shutdown hook: stops the ranks and records the run as interrupted unless it had finished. */
    void interrupt() {
      synchronized (lock) {
        interrupted = true;
      }
      kill(process);
      synchronized (lock) {
        try {
          if (ResultStore.read(runDir).isComplete()) {
            System.err.println("scalebench: interrupted after the run had finished; it is kept in " + runDir);
          } else {
            finish(exec, runDir, 130, launchedAt, INTERRUPTED);
            System.err.println("scalebench: run failed: " + INTERRUPTED + "; recorded in " + runDir);
          }
        } catch (IOException e) {
          System.err.println("scalebench: " + INTERRUPTED + ", and recording it failed: " + IoProblems.describe(e));
        } catch (RuntimeException e) {
          System.err.println("scalebench: " + INTERRUPTED + ", and recording it failed: " + e.getMessage());
        } finally {
          System.err.flush();
          recorded.countDown();
        }
      }
    }

    void awaitRecorded() throws InterruptedException {
      recorded.await();
    }
  }

  /**
   * Finishes a run whose launch returned: an exec run from its wrappers' exit records and its
   * programs' phase records ({@link ExecFinisher}), a run of Java ranks, which write run.json
   * themselves when they succeed, with whatever they left ({@link RunFinisher}).
   */
  private static StoredRun finish(boolean exec, Path runDir, int exit, Instant launchedAt, String problem)
      throws IOException {
    if (exec) {
      return ExecFinisher.finish(runDir, exit, launchedAt, problem);
    }
    return RunFinisher.finish(runDir, exit, launchedAt, problem);
  }

  /**
   * Stops mpirun and its ranks: SIGTERM, then SIGKILL to whatever still runs after 5 s. The ranks
   * are taken before mpirun ends (they are its descendants only while it lives) and waited for too,
   * so that no rank outlives the run.
   */
  private static void kill(Process process) {
    List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
    all.add(process.toHandle());
    all.forEach(ProcessHandle::destroy);
    try {
      if (!awaitEnd(all, 5)) {
        all.forEach(ProcessHandle::destroyForcibly);
        awaitEnd(all, 5);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** True when every one of {@code processes} ended within {@code seconds}. */
  private static boolean awaitEnd(List<ProcessHandle> processes, long seconds) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    for (ProcessHandle p : processes) {
      long left = deadline - System.nanoTime();
      try {
        p.onExit().get(Math.max(0, left), TimeUnit.NANOSECONDS);
      } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
        return false;
      }
    }
    return true;
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
   * @param rankHeapMegabytes {@code -Xmx} of each rank in MiB, at least {@link RankJvm#MIN_HEAP_MEGABYTES},
   *     or 0 for a share of the machine's memory
   * @param timeout the time limit of one run, or null for none
   * @param echo where to copy the ranks' standard output as it comes, or null
   * @param jvmOptions further options of the rank JVMs (the class-data archive, by default)
   * @param capacity what one job may ask of this machine
   */
  public record LocalOptions(Path mpirun, String java, String classPath, int rankHeapMegabytes,
      Duration timeout, PrintStream echo, List<String> jvmOptions, LocalCapacity capacity, MpiImplementation mpi,
      String transport) {
    public LocalOptions {
      RankJvm.checkHeapMegabytes(rankHeapMegabytes);
      if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
        throw new IllegalArgumentException("timeout must be positive, got " + timeout);
      }
      jvmOptions = List.copyOf(jvmOptions);
      Objects.requireNonNull(capacity, "capacity");
      Objects.requireNonNull(mpi, "mpi");
      if (!LaunchSpec.TRANSPORTS.contains(transport)) {
        throw new IllegalArgumentException("transport must be one of " + LaunchSpec.TRANSPORTS + ", got " + transport);
      }
    }

    /** The ranks run from the jar this code was loaded from ({@link MpiEnvironment#selfClassPath()}). */
    public static LocalOptions defaults() {
      return defaults(MpiEnvironment.selfClassPath());
    }

    /**
     * The ranks run with {@code classPath} (and its class-data archive when it is one jar that has
     * one), the time limit {@link #DEFAULT_TIMEOUT}, the machine's share of heap, echo to standard output.
     */
    public static LocalOptions defaults(String classPath) {
      return new LocalOptions(MpiEnvironment.requireMpirun(), MpiEnvironment.javaExecutable(), classPath, 0,
          DEFAULT_TIMEOUT, System.out, ClassDataSharing.rankOptions(classPath), LocalCapacity.ofThisMachine(),
          MpiImplementation.OPENMPI, "jni");
    }

    public LocalOptions withTimeout(Duration t) {
      return new LocalOptions(mpirun, java, classPath, rankHeapMegabytes, t, echo, jvmOptions, capacity, mpi, transport);
    }

    public LocalOptions withEcho(PrintStream e) {
      return new LocalOptions(mpirun, java, classPath, rankHeapMegabytes, timeout, e, jvmOptions, capacity, mpi, transport);
    }

    public LocalOptions withRankHeapMegabytes(int mb) {
      return new LocalOptions(mpirun, java, classPath, mb, timeout, echo, jvmOptions, capacity, mpi, transport);
    }

    public LocalOptions withJvmOptions(List<String> options) {
      return new LocalOptions(mpirun, java, classPath, rankHeapMegabytes, timeout, echo, options, capacity, mpi, transport);
    }

    /**
     * The ranks' class path with the user's workload {@code jars} after it. The class-data archive
     * stays: the JVM maps it when the class path it was made for is a prefix of the one it runs with.
     */
    public LocalOptions withWorkloadJars(List<Path> jars) {
      if (jars.isEmpty()) {
        return this;
      }
      StringBuilder cp = new StringBuilder(classPath);
      jars.forEach(j -> cp.append(File.pathSeparator).append(j.toAbsolutePath().normalize()));
      return new LocalOptions(mpirun, java, cp.toString(), rankHeapMegabytes, timeout, echo, jvmOptions, capacity, mpi, transport);
    }

    /** Ranks started by {@code implementation}'s own launcher ({@link MpiEnvironment#requireLauncher}). */
    public LocalOptions withMpi(MpiImplementation implementation) {
      return new LocalOptions(MpiEnvironment.requireLauncher(implementation), java, classPath, rankHeapMegabytes, timeout, echo,
          jvmOptions, capacity, implementation, transport);
    }

    /**
     * The ranks on {@code choice}, resolved now ({@link TransportChoice}): on {@code ffm} they run a
     * JDK 22 or newer ({@link FfmJdk}) with native access allowed and without the class-data archive,
     * which belongs to this JVM's version.
     *
     * @throws BadInputException when the choice cannot run here: the bindings on MPICH, the bindings
     *     missing from this build, no JDK 22+, or no FFM transport in this build
     */
    public LocalOptions withTransport(TransportChoice choice) {
      boolean ffm = switch (choice) {
        case JNI -> {
          if (mpi == MpiImplementation.MPICH) {
            throw new BadInputException("transport jni is the Open MPI Java bindings, which cannot run on MPICH; "
                + "use --transport ffm (or auto)");
          }
          yield false;
        }
        case FFM -> true;
        case AUTO -> mpi == MpiImplementation.MPICH || !MpiEnvironment.hasMpiJar();
      };
      // the JDK for ffm ranks: this machine's java when it is new enough, else the newest found (one scan)
      int feature = FfmJdk.featureOfJava(java);
      Optional<String> ffmJava = !ffm ? Optional.empty()
          : feature >= FfmJdk.MIN_FEATURE ? Optional.of(java) : FfmJdk.findJava().map(Path::toString);
      if (choice == TransportChoice.AUTO && ffmJava.isEmpty() && mpi != MpiImplementation.MPICH) {
        ffm = false; // without a JDK 22+, auto falls back to the bindings (which MPICH has not)
      }
      if (!ffm) {
        MpiEnvironment.requireMpiJar();
        return new LocalOptions(mpirun, java, classPath, rankHeapMegabytes, timeout, echo, jvmOptions, capacity, mpi,
            "jni");
      }
      MpiEnvironment.requireFfmTransport();
      String rankJava = ffmJava.orElseThrow(() -> new BadInputException(
          "transport ffm needs a JDK " + FfmJdk.MIN_FEATURE + " or newer (java.lang.foreign) for the ranks, but "
              + "this machine's java is " + (feature > 0 ? feature : "of unknown version") + " (" + java
              + ") and none was found in " + String.join(", ", FfmJdk.places())
              + "; set SCALEBENCH_FFM_JDK to one, or use --transport jni"));
      return new LocalOptions(mpirun, rankJava, classPath, rankHeapMegabytes, timeout, echo,
          List.of(RankJvm.FFM_NATIVE_ACCESS), capacity, mpi, "ffm");
    }

    public LocalOptions withCapacity(LocalCapacity c) {
      return new LocalOptions(mpirun, java, classPath, rankHeapMegabytes, timeout, echo, jvmOptions, c, mpi, transport);
    }
  }
}
