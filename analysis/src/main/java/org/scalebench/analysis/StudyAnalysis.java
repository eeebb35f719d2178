package org.scalebench.analysis;

import java.util.List;
import org.scalebench.analysis.aggregate.StudyAggregate;
import org.scalebench.analysis.scaling.ScalingAnalysis;
import org.scalebench.results.Scaling;
import org.scalebench.results.Checks;

/**
 * Everything a report shows about one study.
 *
 * @param aggregate the points, skipped runs and provenance
 * @param mode strong or weak scaling
 * @param series one analysis per scaling curve
 */
public record StudyAnalysis(StudyAggregate aggregate, Scaling mode, List<ScalingAnalysis> series) {
  public StudyAnalysis {
    Checks.notNull("aggregate", aggregate);
    Checks.notNull("mode", mode);
    series = List.copyOf(series);
  }

  /** The study's name: the names in run.json, or the directory name when no run has one. */
  public String studyName() {
    return aggregate.provenance().studies().isEmpty()
        ? String.valueOf(aggregate.studyDir().toAbsolutePath().normalize().getFileName())
        : String.join(", ", aggregate.provenance().studies());
  }
}
