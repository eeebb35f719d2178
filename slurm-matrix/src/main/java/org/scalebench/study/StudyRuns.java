package org.scalebench.study;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.scalebench.results.LaunchSpec;
import org.scalebench.results.ResultStore;
import org.scalebench.results.RunLayout;
import org.scalebench.results.StoredRun;

/**
 * The runs of a study in the store, and the resume rule shared by every launcher: a run whose
 * directory holds a complete run is done and never redone; anything else (failed, interrupted,
 * never started) is run again, after the old attempt is moved aside to {@code rep-<k>.attempt-<n>}
 * (which readers ignore), so that its logs stay available.
 */
public final class StudyRuns {
  /** What a launcher writes into a run directory before the ranks start; not a sign of an attempt. */
  private static final Set<String> PREPARED_FILES = Set.of(LaunchSpec.FILE);

  private StudyRuns() {}

  /**
   * Every run of the study, repetition by repetition (all points' first runs, then their second
   * runs, ...), so that a drift of the machine over time spreads over all points instead of biasing one.
   */
  public static List<StudyRun> all(StudySpec spec, List<Point> points, Path root) {
    List<StudyRun> runs = new ArrayList<>(points.size() * spec.repetitions());
    for (int rep = 1; rep <= spec.repetitions(); rep++) {
      for (Point p : points) {
        runs.add(new StudyRun(p, rep, RunLayout.runDir(root, spec.name(), p.id(), rep)));
      }
    }
    return runs;
  }

  public static boolean isComplete(Path runDir) {
    return Files.exists(runDir.resolve(RunLayout.RUN_JSON)) && ResultStore.read(runDir).isComplete();
  }

  /** The run as the store holds it, or null when its directory has no run.json. */
  public static StoredRun stored(Path runDir) {
    return Files.exists(runDir.resolve(RunLayout.RUN_JSON)) ? ResultStore.read(runDir) : null;
  }

  /**
   * Moves an earlier, unfinished attempt out of the way: if {@code runDir} holds anything beyond
   * the prepared files, it becomes {@code rep-<k>.attempt-<n>}. Must not be called on a complete run
   * or one that may still be running.
   *
   * @return the new place of the old attempt, or null when there was none
   */
  public static Path setAside(Path runDir) throws IOException {
    if (!Files.isDirectory(runDir)) {
      return null;
    }
    boolean attempted;
    try (Stream<Path> files = Files.list(runDir)) {
      attempted = files.anyMatch(f -> !PREPARED_FILES.contains(f.getFileName().toString()));
    }
    if (!attempted) {
      return null;
    }
    for (int n = 1; ; n++) {
      Path aside = runDir.resolveSibling(runDir.getFileName() + ".attempt-" + n);
      if (!Files.exists(aside)) {
        Files.move(runDir, aside);
        return aside;
      }
    }
  }

  /** The launch.json of {@code run}, on the profile's transport ({@link ClusterProfile#jobTransport()}). */
  public static LaunchSpec launchSpec(StudySpec spec, StudyRun run, String launcher, String gitCommit,
      boolean oversubscribed) {
    Point p = run.point();
    return new LaunchSpec(LaunchSpec.SCHEMA_VERSION, spec.name(), p.id(), run.repetition(), p.workload(),
        p.params(), p.nodes(), p.tasksPerNode(), p.cpusPerTask(), launcher, gitCommit, oversubscribed, spec.barrier(),
        spec.profile().jobTransport(), p.variant(), p.exec());
  }
}
