package org.scalebench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.scalebench.analysis.compare.CompareFormats;
import org.scalebench.analysis.compare.CompareInput;
import org.scalebench.analysis.compare.CompareReport;
import org.scalebench.analysis.compare.Comparer;
import org.scalebench.analysis.compare.Thresholds;
import org.scalebench.results.Scaling;
import org.scalebench.results.AtomicFiles;
import org.scalebench.results.BadInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code scalebench compare --baseline A --current B}: the regression verdict of two JMH result files
 * or two study directories (or a committed baseline directory against either).
 *
 * <p>Exit codes ({@link ExitCodes}): 0 nothing regressed (or {@code --report-only}), 1 a regression,
 * nothing could be tested (every row inconclusive, missing or new), or the report could not be
 * written; 2 bad input (missing file, not JMH's JSON, a JMH file against a study, bad thresholds).
 */
@Command(name = "compare", mixinStandardHelpOptions = true, modelTransformer = CaseInsensitiveEnums.class,
    description = {"Compare JMH results or studies against a baseline: per benchmark or point a Mann-Whitney U "
        + "test on the raw samples plus a minimum effect on the ratio of medians; for studies also the fitted "
        + "Amdahl / USL parameters.",
        "Exit codes: 0 no regression, 1 a regression or nothing could be tested, 2 bad input."})
public final class CompareCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--baseline", required = true, paramLabel = "PATH",
      description = "JMH JSON file, study directory, or baseline directory (results/baseline/NAME)")
  Path baseline;

  @Option(names = "--current", required = true, paramLabel = "PATH",
      description = "JMH JSON file or study directory of the same kind")
  Path current;

  @Option(names = "--alpha", defaultValue = "0.05", paramLabel = "P",
      description = "significance level of the two-sided rank test (default: ${DEFAULT-VALUE})")
  double alpha;

  @Option(names = "--min-effect", defaultValue = "0.10", paramLabel = "FRACTION",
      description = "smallest change of the median that counts, 0.10 = 10%% (default: ${DEFAULT-VALUE})")
  double minEffect;

  @Option(names = "--ignore-param", paramLabel = "NAME",
      description = "leave this benchmark/workload parameter out of the match (repeatable), e.g. to compare two "
          + "work sizes on purpose")
  List<String> ignoredParams = List.of();

  @Option(names = "--scaling", defaultValue = "strong", paramLabel = "MODE",
      description = "studies: strong or weak scaling curves (default: ${DEFAULT-VALUE})")
  Scaling scaling = Scaling.STRONG;

  @Option(names = "--out", paramLabel = "DIR", description = "also write compare.md and compare.json here")
  Path out;

  @Option(names = "--report-only", description = "print the verdict but exit 0 even on a regression or when "
      + "nothing could be tested")
  boolean reportOnly;

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    Thresholds thresholds;
    try {
      thresholds = new Thresholds(alpha, minEffect);
    } catch (IllegalArgumentException e) {
      throw new BadInputException("--alpha must be in (0, 0.5] and --min-effect in [0, 10]; got " + alpha
          + " and " + minEffect);
    }
    CompareInput b = CompareInput.resolve(baseline);
    CompareInput c = CompareInput.resolve(current);
    CompareReport report = new Comparer(thresholds, new LinkedHashSet<>(ignoredParams), scaling).compare(b, c);
    stdout.print(CompareFormats.table(report));
    stdout.flush();
    if (out != null) {
      AtomicFiles.writeString(out.resolve("compare.md"), CompareFormats.markdown(report));
      AtomicFiles.writeString(out.resolve("compare.json"), CompareFormats.json(report));
      stdout.println("wrote " + out.resolve("compare.md") + " and compare.json");
    }
    boolean failed = report.regressions() > 0 || report.nothingTested();
    if (failed && reportOnly) {
      stdout.println("scalebench: --report-only: exiting 0 although "
          + (report.regressions() > 0 ? "a regression was found" : "nothing could be tested"));
    }
    stdout.flush();
    return failed && !reportOnly ? ExitCodes.FAILED : ExitCodes.OK;
  }
}
