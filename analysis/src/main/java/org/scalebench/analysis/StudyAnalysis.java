package org.scalebench.analysis;

import java.util.List;
import org.scalebench.analysis.aggregate.StudyAggregate;
import org.scalebench.analysis.scaling.ScalingAnalysis;
import org.scalebench.analysis.scaling.VariantComparison;
import org.scalebench.results.Scaling;
import org.scalebench.results.Checks;

/**
 * Everything a report shows about one study.
 *
 * @param aggregate the points, skipped runs and provenance
 * @param mode strong or weak scaling
 * @param series one analysis per scaling curve
 * @param options what the analysis was asked to do (oversubscribed points in the fits, predictions)
 * @param variants the study's variants side by side; {@link VariantComparison#none()} below two variants
 */
public record StudyAnalysis(StudyAggregate aggregate, Scaling mode, List<ScalingAnalysis> series,
    AnalysisOptions options, VariantComparison variants) {
  public StudyAnalysis {
    Checks.notNull("aggregate", aggregate);
    Checks.notNull("mode", mode);
    series = List.copyOf(series);
    Checks.notNull("options", options);
    Checks.notNull("variants", variants);
  }

  /** A study whose variants (if any) are not compared. */
  public StudyAnalysis(StudyAggregate aggregate, Scaling mode, List<ScalingAnalysis> series,
      AnalysisOptions options) {
    this(aggregate, mode, series, options, VariantComparison.none());
  }

  /** The study's name: the names in run.json, or the directory name when no run has one. */
  public String studyName() {
    return aggregate.provenance().studies().isEmpty()
        ? String.valueOf(aggregate.studyDir().toAbsolutePath().normalize().getFileName())
        : String.join(", ", aggregate.provenance().studies());
  }
}
