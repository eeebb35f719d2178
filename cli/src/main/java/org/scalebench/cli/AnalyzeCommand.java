package org.scalebench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.scalebench.analysis.chart.ChartFormat;
import org.scalebench.analysis.Analyzer;
import org.scalebench.analysis.report.ReportWriter;
import org.scalebench.analysis.StudyAnalysis;
import org.scalebench.results.Scaling;
import org.scalebench.results.StoreFormatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code scalebench analyze STUDY_DIR}: aggregates the study's runs, fits the scaling laws and writes
 * {@code report.html}, {@code summary.md} and {@code summary.csv}.
 *
 * <p>Exit codes: 0 written, 2 bad input (no such directory, unreadable store). Register it as a
 * subcommand: {@code new CommandLine(top).addSubcommand(new AnalyzeCommand())}.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = "Aggregate a study's runs, fit Amdahl/Gustafson/Karp-Flatt/USL, write report.html, "
        + "summary.md and summary.csv.")
public final class AnalyzeCommand implements Callable<Integer> {
  public static final int OK = 0;
  public static final int BAD_INPUT = 2;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "STUDY_DIR", description = "The study directory: <point>/rep-<k>/run.json.")
  Path studyDir;

  @Option(names = "--out", paramLabel = "DIR", description = "Where to write the report (default: STUDY_DIR).")
  Path out;

  @Option(names = "--scaling", paramLabel = "MODE", defaultValue = "STRONG",
      converter = ScalingModeConverter.class,
      description = "strong (fixed problem) or weak (problem grows with ranks); default ${DEFAULT-VALUE}.")
  Scaling scaling = Scaling.STRONG;

  @Option(names = "--formats", split = ",", paramLabel = "FORMAT", converter = ChartFormatConverter.class,
      description = "Chart formats embedded in the HTML: png, svg (default png).")
  List<ChartFormat> formats = List.of(ChartFormat.PNG);

  @Option(names = "--breakdown-ranks", paramLabel = "N",
      description = "Rank count whose per-rank time bars to show (default: the largest).")
  Integer breakdownRanks;

  /** For picocli and the top-level CLI. */
  public AnalyzeCommand() {}

  @Override
  public Integer call() {
    PrintWriter err = spec == null ? new PrintWriter(System.err, true) : spec.commandLine().getErr();
    PrintWriter stdout = spec == null ? new PrintWriter(System.out, true) : spec.commandLine().getOut();
    if (!Files.isDirectory(studyDir)) {
      err.println("analyze: " + studyDir + " is not a directory; give the study directory that holds the "
          + "point directories (e.g. results/runs/<study>).");
      return BAD_INPUT;
    }
    Path outDir = out == null ? studyDir : out;
    try {
      StudyAnalysis analysis = new Analyzer().analyze(studyDir, scaling);
      List<Path> written = new ReportWriter(EnumSet.copyOf(formats), breakdownRanks).write(analysis, outDir);
      written.forEach(p -> stdout.println("wrote " + p));
      if (analysis.series().isEmpty()) {
        err.println("analyze: no complete run in " + studyDir + "; the report lists the skipped runs.");
      }
      return OK;
    } catch (IOException | UncheckedIOException | StoreFormatException e) {
      err.println("analyze: cannot analyze " + studyDir + ": " + e.getMessage());
      return BAD_INPUT;
    }
  }

  /** Accepts {@code strong} / {@code weak} in any case. */
  static final class ScalingModeConverter implements picocli.CommandLine.ITypeConverter<Scaling> {
    @Override
    public Scaling convert(String value) {
      try {
        return Scaling.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException("expected strong or weak, got '" + value + "'");
      }
    }
  }

  /** Accepts {@code png} / {@code svg} in any case. */
  static final class ChartFormatConverter implements picocli.CommandLine.ITypeConverter<ChartFormat> {
    @Override
    public ChartFormat convert(String value) {
      try {
        return ChartFormat.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException("expected png or svg, got '" + value + "'");
      }
    }
  }
}
