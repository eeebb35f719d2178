package org.scalebench.analysis.aggregate;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.scalebench.results.Checks;

/**
 * Every point of a study with its statistics, and the runs that could not be used.
 *
 * @param studyDir the directory that was read
 * @param points complete points, ordered by workload, parameters, cpus per task, ranks, nodes
 * @param skipped failed, incomplete or unusable runs, in directory order
 * @param missingPoints points that have runs but not one complete, usable run
 * @param provenance where the runs ran
 * @param runsRead how many run directories were found
 * @param givenParams per variant (or per workload in a study without variants, {@code
 *     LaunchSpec.seriesLabel()}), the names of the parameters some run's {@code launch.json} set (the
 *     study chose them); every other parameter took the workload's default in the ranks
 */
public record StudyAggregate(
    Path studyDir, List<PointStats> points, List<SkippedRun> skipped, List<PointKey> missingPoints,
    Provenance provenance, int runsRead, Map<String, SortedSet<String>> givenParams) {
  public StudyAggregate {
    Checks.notNull("studyDir", studyDir);
    points = List.copyOf(points);
    skipped = List.copyOf(skipped);
    missingPoints = List.copyOf(missingPoints);
    Checks.notNull("provenance", provenance);
    Map<String, SortedSet<String>> copy = new TreeMap<>();
    (givenParams == null ? Map.<String, SortedSet<String>>of() : givenParams)
        .forEach((w, names) -> copy.put(w, Collections.unmodifiableSortedSet(new TreeSet<>(names))));
    givenParams = Collections.unmodifiableMap(copy);
  }

  /**
   * The parameters the study set for {@code label}, a variant or (without variants) a workload; empty
   * when it left every one at its default.
   */
  public SortedSet<String> givenParams(String label) {
    return givenParams.getOrDefault(label, Collections.emptySortedSet());
  }

  /** The study's variants in name order; empty when it has none. */
  public List<String> variants() {
    return points.stream().map(p -> p.key().variant()).filter(java.util.Objects::nonNull).distinct().sorted()
        .toList();
  }
}
