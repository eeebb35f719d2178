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
 * @param options what the analysis was asked to do (oversubscribed points in the fits, predictions)
 */
public record StudyAnalysis(StudyAggregate aggregate, Scaling mode, List<ScalingAnalysis> series,
    AnalysisOptions options) {
  public StudyAnalysis {
    Checks.notNull("aggregate", aggregate);
    Checks.notNull("mode", mode);
    series = List.copyOf(series);
    Checks.notNull("options", options);
  }

  /** The study's name: the names in run.json, or the directory name when no run has one. */
  public String studyName() {
    return aggregate.provenance().studies().isEmpty()
        ? String.valueOf(aggregate.studyDir().toAbsolutePath().normalize().getFileName())
        : String.join(", ", aggregate.provenance().studies());
  }
}
