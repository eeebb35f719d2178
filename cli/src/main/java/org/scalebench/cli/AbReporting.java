package org.scalebench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.scalebench.ab.AbRunner;
import org.scalebench.ab.AcceptedSlowdowns;
import org.scalebench.ab.Sampler;
import org.scalebench.ab.VariantBuild;
import org.scalebench.analysis.ab.AbReport;
import org.scalebench.analysis.ab.AbResult;
import org.scalebench.analysis.ab.AbSettings;
import org.scalebench.analysis.ab.AbVariant;
import org.scalebench.analysis.ab.AbVerdicts;
import org.scalebench.analysis.ab.PairedComparison;
import org.scalebench.analysis.ab.PairedVerdict;
import org.scalebench.analysis.compare.Verdict;

/** Turns an A/B outcome into its verdicts, prints and writes them, and decides the exit code. */
final class AbReporting {
  private AbReporting() {}

  static int report(AbRunner.Outcome outcome, VariantBuild baseline, VariantBuild current, Sampler sampler,
      AcceptedSlowdowns accepted, double minEffect, double alpha, Path outDir, PrintWriter out, boolean reportOnly)
      throws IOException {
    AbSettings settings = AbSettings.withDefaults().withMinEffect(minEffect).withAlpha(alpha)
        .withSeed(outcome.seed());
    AbVerdicts verdicts = new PairedComparison(settings).compare(outcome.measurements().series());
    List<String> warnings = new ArrayList<>();
    outcome.measurements().onlyBaseline().forEach(id -> warnings.add("only the baseline has " + id + " (not judged)"));
    outcome.measurements().onlyCurrent().forEach(id -> warnings.add("only the current side has " + id + " (not judged)"));
    int failing = 0;
    for (PairedVerdict v : verdicts.verdicts()) {
      if (v.verdict() != Verdict.REGRESSION) {
        continue;
      }
      var entry = accepted.find(v.id());
      if (entry.isPresent()) {
        warnings.add("accepted slowdown of " + v.id() + ": " + entry.get().reason() + " (commit "
            + entry.get().commit().substring(0, Math.min(12, entry.get().commit().length())) + ")");
      } else {
        failing++;
      }
    }
    Map<String, String> context = new TreeMap<>();
    context.put("measured", sampler.description());
    context.put("seed", Long.toString(outcome.seed()));
    context.put("java", System.getProperty("java.version"));
    context.put("cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
    AbResult result = new AbResult(outcome.mode(), new AbVariant("baseline", baseline.description()),
        new AbVariant("current", current.description()), Instant.now(), settings, outcome.rounds(), verdicts, context,
        warnings);
    out.println();
    out.print(AbReport.table(result).text());
    out.println();
    AbReport.summary(result).forEach(line -> out.println("scalebench: ab: " + line));
    for (Path p : AbReport.write(result, outDir)) {
      out.println("wrote " + p);
    }
    if (verdicts.nothingTested()) {
      // no regression was shown, so the gate passes; it says loudly that it could not tell (too few
      // rounds, or a machine too noisy for the minimum effect) instead of reporting "unchanged"
      out.println("scalebench: ab: WARNING: nothing could be tested: every benchmark is inconclusive "
          + "(more rounds, or a quieter machine, would decide)");
      out.flush();
      return ExitCodes.OK;
    }
    if (failing > 0) {
      out.println("scalebench: ab: " + failing + " regression(s)" + (reportOnly ? "; --report-only: exit 0" : ""));
      out.flush();
      return reportOnly ? ExitCodes.OK : ExitCodes.FAILED;
    }
    out.flush();
    return ExitCodes.OK;
  }
}
