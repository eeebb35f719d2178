package org.scalebench.analysis.aggregate;

import java.nio.file.Path;
import java.util.List;
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
 */
public record StudyAggregate(
    Path studyDir, List<PointStats> points, List<SkippedRun> skipped, List<PointKey> missingPoints,
    Provenance provenance, int runsRead) {
  public StudyAggregate {
    Checks.notNull("studyDir", studyDir);
    points = List.copyOf(points);
    skipped = List.copyOf(skipped);
    missingPoints = List.copyOf(missingPoints);
    Checks.notNull("provenance", provenance);
  }
}
