package org.scalebench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.scalebench.analysis.AnalysisOptions;
import org.scalebench.analysis.Analyzer;
import org.scalebench.analysis.StudyAnalysis;
import org.scalebench.analysis.aggregate.SkippedRun;
import org.scalebench.analysis.aggregate.StudyAggregate;
import org.scalebench.analysis.chart.ChartFormat;
import org.scalebench.analysis.report.ReportWriter;
import org.scalebench.results.BadInputException;
import org.scalebench.results.Scaling;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code scalebench analyze STUDY_DIR}: aggregates the study's runs, fits the scaling laws and writes
 * {@code report.html}, {@code summary.md} and {@code summary.csv}; names on standard error every run
 * it left out, with the reason.
 *
 * <p>Exit codes ({@link ExitCodes}): 0 written, 2 bad input (no such directory, unreadable store),
 * 1 the report could not be written.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true, modelTransformer = CaseInsensitiveEnums.class,
    description = "Aggregate a study's runs, fit Amdahl/Gustafson/Karp-Flatt/USL, write report.html, "
        + "summary.md and summary.csv.")
public final class AnalyzeCommand implements Callable<Integer> {
  /** Runs left out that are named on the terminal; summary.md lists every one. */
  static final int MAX_SKIPPED_LINES = 20;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "STUDY_DIR", description = "The study directory: <point>/rep-<k>/run.json.")
  Path studyDir;

  @Option(names = "--out", paramLabel = "DIR", description = "Where to write the report (default: STUDY_DIR).")
  Path out;

  @Option(names = "--scaling", paramLabel = "MODE", defaultValue = "strong",
      description = "strong (fixed problem) or weak (problem grows with ranks); default ${DEFAULT-VALUE}.")
  Scaling scaling = Scaling.STRONG;

  @Option(names = "--formats", split = ",", paramLabel = "FORMAT",
      description = "Chart formats embedded in the HTML: png, svg (default png).")
  List<ChartFormat> formats = List.of(ChartFormat.PNG);

  @Option(names = "--breakdown-ranks", paramLabel = "N",
      description = "Rank count whose per-rank time bars to show (default: the largest).")
  Integer breakdownRanks;

  @Option(names = "--include-oversubscribed",
      description = "Fit oversubscribed points (more ranks x cpus than cores) too; by default they are "
          + "marked in the tables and charts and left out of the fits.")
  boolean includeOversubscribed;

  @Option(names = "--predict", split = ",", paramLabel = "LIST",
      description = "Rank counts (total cores on a series that varies cpus per task) at which to predict "
          + "time, speedup and efficiency from the chosen model, e.g. 8,16,32.")
  List<Integer> predict = List.of();

  @Option(names = "--predict-up-to", paramLabel = "N",
      description = "Predict up to N ranks (total cores on a series that varies cpus per task).")
  Integer predictUpTo;

  /** For picocli and the top-level CLI. */
  public AnalyzeCommand() {}

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    AnalysisOptions options = options();
    if (!Files.isDirectory(studyDir)) {
      throw new BadInputException(studyDir + " is not a directory; give the study directory that holds the "
          + "point directories (e.g. results/runs/<study>).");
    }
    Path outDir = out == null ? studyDir : out;
    StudyAnalysis analysis = new Analyzer(options).analyze(studyDir, scaling);
    List<Path> written = new ReportWriter(EnumSet.copyOf(formats), breakdownRanks).write(analysis, outDir);
    written.forEach(p -> stdout.println("wrote " + p));
    stdout.flush();
    leftOut(err, analysis.aggregate(), outDir.resolve(ReportWriter.SUMMARY_MD));
    if (analysis.series().isEmpty()) {
      err.println("scalebench: no complete run in " + studyDir + "; the report lists the skipped runs.");
    }
    err.flush();
    return ExitCodes.OK;
  }

  /** The analysis options of the command line; a rank count below 1 is bad input. */
  AnalysisOptions options() {
    for (int p : predict) {
      if (p < 1) {
        throw new BadInputException("--predict takes rank counts of at least 1, got " + p);
      }
    }
    if (predictUpTo != null && predictUpTo < 1) {
      throw new BadInputException("--predict-up-to takes a rank count of at least 1, got " + predictUpTo);
    }
    return AnalysisOptions.withDefaults().withIncludeOversubscribed(includeOversubscribed)
        .withPredictRanks(predict).withPredictUpToRanks(predictUpTo);
  }

  /** Names the runs the statistics leave out, so that a damaged run is never dropped in silence. */
  private static void leftOut(PrintWriter err, StudyAggregate a, Path summary) {
    List<SkippedRun> skipped = a.skipped();
    if (skipped.isEmpty()) {
      return;
    }
    err.println("scalebench: " + skipped.size() + (skipped.size() == 1 ? " run" : " runs")
        + " left out of the analysis:");
    skipped.stream().limit(MAX_SKIPPED_LINES).forEach(r -> err.println("  " + r.line(a.studyDir())));
    if (skipped.size() > MAX_SKIPPED_LINES) {
      err.println("  ... and " + (skipped.size() - MAX_SKIPPED_LINES) + " more; " + summary + " lists every one.");
    }
  }
}
