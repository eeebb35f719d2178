package org.scalebench.analysis;

import java.io.IOException;
import java.nio.file.Path;
import org.scalebench.analysis.aggregate.Aggregator;
import org.scalebench.analysis.aggregate.Bootstrap;
import org.scalebench.analysis.aggregate.StudyAggregate;
import java.util.List;
import org.scalebench.analysis.scaling.ScalingAnalysis;
import org.scalebench.analysis.scaling.ScalingAnalyzer;
import org.scalebench.analysis.scaling.VariantComparer;
import org.scalebench.results.Scaling;
import org.scalebench.results.ResultStore;

/** Reads a study directory and computes everything the report shows. */
public final class Analyzer {
  private final Bootstrap bootstrap;
  private final AnalysisOptions options;

  public Analyzer(Bootstrap bootstrap, AnalysisOptions options) {
    this.bootstrap = bootstrap;
    this.options = options;
  }

  public Analyzer(Bootstrap bootstrap) {
    this(bootstrap, AnalysisOptions.withDefaults());
  }

  public Analyzer(AnalysisOptions options) {
    this(new Bootstrap(), options);
  }

  public Analyzer() {
    this(new Bootstrap());
  }

  /**
   * @throws java.nio.file.NoSuchFileException when {@code studyDir} is not a directory
   */
  public StudyAnalysis analyze(Path studyDir, Scaling mode) throws IOException {
    StudyAggregate aggregate = new Aggregator(bootstrap).aggregate(studyDir, ResultStore.runsUnder(studyDir));
    List<ScalingAnalysis> series = new ScalingAnalyzer(mode, bootstrap, options).analyze(aggregate);
    return new StudyAnalysis(aggregate, mode, series, options, new VariantComparer(bootstrap).compare(series));
  }
}
