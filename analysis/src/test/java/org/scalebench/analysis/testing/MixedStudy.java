package org.scalebench.analysis.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The seed's question as a synthetic study: matching on two files at 1, 2 and 4 ranks x 1 and 2 cpus
 * per rank on a 4-core machine (so 4 ranks x 2 cpus is oversubscribed), the files given as long paths
 * and the other parameters left to the workload's defaults.
 *
 * <p>Without noise or imbalance the wall time is {@code T1 f + T1 (1 - f) / (p c) + comm log2(p)} with
 * {@code T1 = 100 s, f = 0.1, comm = 0.5 s} (doubled compute at 8 cpus on 4 cores), so: 1x1 100 s, 1x2
 * 55 s, 2x1 55.5 s, 2x2 33 s, 4x1 33.5 s, 4x2 33.5 s.
 */
public final class MixedStudy {
  public static final String LEFT = "/long/path/to/the/inputs/strings_left_17250.csv";
  public static final String RIGHT = "/long/path/to/the/inputs/strings_right_17250.csv";
  /** What the study set. */
  public static final Map<String, String> GIVEN = Map.of("left", LEFT, "right", RIGHT, "strategy", "tiles");
  /** What the ranks filled in from the workload's defaults. */
  public static final Map<String, String> DEFAULTS = Map.of("column", "name", "format", "auto", "generate", "0",
      "header", "true", "left-size", "0", "metric", "ratio", "threshold", "0.8");

  private MixedStudy() {}

  /** Writes the study under {@code root} with {@code repetitions} runs per point and {@code commSeconds}; returns its directory. */
  public static Path write(Path root, int repetitions, double commSeconds) throws IOException {
    SyntheticStore store = new SyntheticStore(root, "mixed", 7).model(100, 0.1, commSeconds, 0, 0).cores(4)
        .defaults(DEFAULTS);
    for (int cpus : new int[] {1, 2}) {
      for (int ranks : new int[] {1, 2, 4}) {
        store.point("matching", GIVEN, 1, ranks, cpus, repetitions);
      }
    }
    return store.studyDir();
  }
}
