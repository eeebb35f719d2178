package org.scalebench.launch;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.scalebench.results.BadInputException;
import org.scalebench.results.LaunchSpec;
import org.scalebench.results.RunFinisher;
import org.scalebench.results.StoredRun;
import org.scalebench.study.Point;
import org.scalebench.study.StudyRun;
import org.scalebench.study.StudyRuns;
import org.scalebench.study.StudySpec;

/**
 * Runs a study on this machine, one point after the other with {@code mpirun}, under the same resume
 * rule as Slurm: complete runs are skipped, failed or interrupted ones are set aside and run again.
 *
 * <p>One machine has one node: a point of {@code nodes x ntasksPerNode} starts {@code nodes *
 * ntasksPerNode} ranks here, and run.json keeps the nodes asked for. A point that asks for more
 * ranks x cpus than this machine has cores is oversubscribed, and run.json says so; one that does not
 * fit at all ({@link LocalCapacity}) stops the study before anything runs. On Ctrl-C the running
 * point is stopped and marked failed (by {@link LocalLauncher}), and completed points stay.
 */
public final class LocalStudyRunner {
  private final StudySpec spec;
  private final Path root;
  private final String gitCommit;
  private final LocalLauncher.LocalOptions options;

  /**
   * @param options the launcher options; the study's time limit becomes the per-run timeout, and the
   *     spec's workload jars join the ranks' class path
   */
  public LocalStudyRunner(StudySpec spec, Path root, String gitCommit, LocalLauncher.LocalOptions options) {
    this.spec = spec;
    this.root = root;
    this.gitCommit = gitCommit;
    LocalLauncher.LocalOptions o = options.withTimeout(spec.timeLimit()).withWorkloadJars(spec.jars());
    if (spec.profile().rankHeapMb() > 0 && o.rankHeapMegabytes() == 0) {
      o = o.withRankHeapMegabytes(spec.profile().rankHeapMb());
    }
    this.options = o;
  }

  /**
   * What a local study run did.
   *
   * @param runs the runs started now, as the store holds them afterwards
   * @param skipped runs that were already complete
   */
  public record Outcome(List<StoredRun> runs, int skipped) {
    public long failed() {
      return runs.stream().filter(r -> !r.isComplete()).count();
    }
  }

  public Outcome run(List<Point> points, PrintWriter out, ProgressStyle progressStyle) throws IOException, InterruptedException {
    RunPlan.requireWritable(root);
    List<StudyRun> all = StudyRuns.all(spec, points, root);
    List<StudyRun> todo = new ArrayList<>();
    for (StudyRun r : all) {
      if (!StudyRuns.isComplete(r.runDir())) {
        todo.add(r);
      }
    }
    LocalLauncher launcher = new LocalLauncher(options);
    // a point this machine cannot carry stops the study before any run starts
    for (StudyRun r : todo) {
      try {
        launcher.requireFits(r.point().ranks(), r.point().cpusPerTask(), r.point().exec() == null);
      } catch (BadInputException e) {
        throw new BadInputException("point " + r.point().id() + " of study " + spec.name() + ": " + e.getMessage());
      }
    }
    int skipped = all.size() - todo.size();
    if (skipped > 0) {
      out.printf("scalebench: %d of %d run(s) of study %s already complete (kept); %d to run%n", skipped, all.size(),
          spec.name(), todo.size());
    }
    long oversubscribed = todo.stream().filter(r -> oversubscribes(r.point())).map(r -> r.point().id()).distinct()
        .count();
    if (oversubscribed > 0) {
      out.printf("scalebench: %d point(s) ask for more ranks x cpus than the %d cores here: oversubscribing "
          + "(noted in run.json)%n", oversubscribed, Runtime.getRuntime().availableProcessors());
    }
    if (todo.stream().anyMatch(r -> r.point().nodes() > 1)) {
      out.println("scalebench: points with several nodes run all their ranks on this machine (nodes x "
          + "ntasksPerNode ranks); run.json records the nodes asked for");
    }
    out.flush();
    List<StoredRun> done = new ArrayList<>();
    AtomicBoolean stopping = new AtomicBoolean();
    AtomicReference<Path> current = new AtomicReference<>();
    CountDownLatch loopEnded = new CountDownLatch(1);
    // On Ctrl-C: start no further run, let the running one be stopped by LocalLauncher's own hook,
    // wait for the loop to wind down, and mark a run caught between preparation and start as failed.
    Thread onInterrupt = new Thread(() -> {
      stopping.set(true);
      try {
        loopEnded.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      markInterrupted(current.get());
      System.err.printf("%nscalebench: interrupted after %d of %d run(s); completed runs are kept, rerun the same "
          + "command to resume%n", done.size(), todo.size());
    });
    Runtime.getRuntime().addShutdownHook(onInterrupt);
    try (LocalProgress progress = LocalProgress.of(progressStyle, spec.name(), todo.size(), out)) {
      for (StudyRun r : todo) {
        if (stopping.get()) {
          break;
        }
        progress.starting(r);
        StudyRuns.setAside(r.runDir());
        current.set(r.runDir());
        Files.createDirectories(r.runDir());
        LaunchSpec launch = StudyRuns.launchSpec(spec, r, "mpirun", gitCommit, oversubscribes(r.point()));
        StoredRun run;
        try {
          run = launcher.launch(launch, r.runDir());
        } catch (RunInterruptedException e) {
          stopping.set(true); // the launcher recorded the run; the hook above reports the study
          throw e;
        }
        synchronized (done) {
          done.add(run);
        }
        progress.finished(r, run);
      }
    } finally {
      loopEnded.countDown();
      if (!stopping.get()) {
        try {
          Runtime.getRuntime().removeShutdownHook(onInterrupt);
        } catch (IllegalStateException shuttingDown) {
          // the hook runs: it says what happened
        }
      }
    }
    return new Outcome(List.copyOf(done), skipped);
  }

  /**
   * A Ctrl-C between preparing a run and starting its ranks (before {@link LocalLauncher} watches
   * them) would leave the run without run.json: mark it failed like an interrupted launch.
   */
  private static void markInterrupted(Path runDir) {
    if (runDir == null || !Files.exists(runDir.resolve(LaunchSpec.FILE))
        || Files.exists(runDir.resolve(org.scalebench.results.RunLayout.RUN_JSON))) {
      return;
    }
    try {
      RunFinisher.finish(runDir, 130, null, LocalLauncher.INTERRUPTED);
    } catch (IOException | RuntimeException e) {
      // run.json stays missing: readers report the run as incomplete, and a rerun redoes it
    }
  }

  private static boolean oversubscribes(Point p) {
    return LocalLauncher.oversubscribes(p.ranks(), p.cpusPerTask());
  }

  /** The per-run time limit this runner applies. */
  public Duration timeout() {
    return options.timeout();
  }
}
