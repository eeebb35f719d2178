package org.scalebench.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The directory layout of the store:
 * {@code <root>/<study>/<point-id>/rep-<k>/{run.json, ranks.jsonl, output/}}.
 *
 * <p>While a run is in progress each rank writes {@code parts/rank-<r>.jsonl}; rank 0 merges them
 * into {@code ranks.jsonl} and writes {@code run.json} last.
 */
public final class RunLayout {
  public static final String RUN_JSON = "run.json";
  public static final String RANKS_JSONL = "ranks.jsonl";
  public static final String OUTPUT = "output";
  public static final String PARTS = "parts";
  /** A rank that fails writes its one-sentence reason to {@code failure-rank-<r>.txt} before it aborts the job. */
  public static final String FAILURE_PREFIX = "failure-rank-";

  private RunLayout() {}

  public static Path pointDir(Path root, String study, String pointId) {
    return root.resolve(Names.checkToken("study", study)).resolve(Names.checkToken("pointId", pointId));
  }

  public static Path runDir(Path root, String study, String pointId, int repetition) {
    Checks.atLeast("repetition", repetition, 1);
    return pointDir(root, study, pointId).resolve("rep-" + repetition);
  }

  public static Path rankPart(Path runDir, int rank) {
    return runDir.resolve(PARTS).resolve(String.format(Locale.ROOT, "rank-%05d.jsonl", rank));
  }

  /** The repetition number of a {@code rep-<k>} directory, or -1 if the name is not of that form. */
  public static int repetitionOf(Path runDir) {
    String name = runDir.getFileName().toString();
    if (!name.startsWith("rep-")) {
      return -1;
    }
    try {
      int k = Integer.parseInt(name.substring(4));
      return k >= 1 ? k : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** One more than the highest existing repetition of the point (1 for a new point). */
  public static int nextRepetition(Path pointDir) throws IOException {
    if (!Files.isDirectory(pointDir)) {
      return 1;
    }
    try (Stream<Path> reps = Files.list(pointDir)) {
      return reps.mapToInt(RunLayout::repetitionOf).max().orElse(0) + 1;
    }
  }

  public static Path failureFile(Path runDir, int rank) {
    return runDir.resolve(String.format(Locale.ROOT, FAILURE_PREFIX + "%05d.txt", rank));
  }
}
