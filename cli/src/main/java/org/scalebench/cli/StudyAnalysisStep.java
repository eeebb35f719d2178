package org.scalebench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.scalebench.analysis.chart.ChartFormat;
import org.scalebench.analysis.Analyzer;
import org.scalebench.analysis.report.ReportWriter;
import org.scalebench.analysis.StudyAnalysis;
import org.scalebench.results.Scaling;
import org.scalebench.results.Scaling;

/** The analysis after a study: report.html, summary.md and summary.csv in the study folder. */
final class StudyAnalysisStep {
  private StudyAnalysisStep() {}

  static void analyze(Path studyDir, Scaling scaling, PrintWriter out, PrintWriter err) throws IOException {
    StudyAnalysis analysis = new Analyzer().analyze(studyDir, scaling);
    List<Path> written = new ReportWriter(EnumSet.of(ChartFormat.PNG), null).write(analysis, studyDir);
    written.forEach(p -> out.println("wrote " + p));
    if (analysis.series().isEmpty()) {
      err.println("scalebench: no complete run in " + studyDir + " yet; the report lists the skipped runs");
    }
  }
}
