package org.scalebench.analysis.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import org.scalebench.analysis.aggregate.PhaseSummary;
import org.scalebench.analysis.aggregate.PointStats;
import org.scalebench.analysis.aggregate.SkippedRun;
import org.scalebench.analysis.aggregate.StudyAggregate;
import org.scalebench.analysis.aggregate.Summary;
import org.scalebench.analysis.fit.FitParameter;
import org.scalebench.analysis.fit.FitResult;
import org.scalebench.analysis.scaling.ScalingAnalysis;
import org.scalebench.analysis.scaling.ScalingRow;
import org.scalebench.analysis.text.Numbers;
import org.scalebench.analysis.text.Table;
import org.scalebench.results.Scaling;

/** The report's tables, shared by HTML and Markdown. */
final class Tables {
  private Tables() {}

  static Table points(ScalingAnalysis a) {
    boolean strong = a.mode() == Scaling.STRONG;
    List<String> header = List.of("ranks", "shape", "reps", "median (s)", "95% CI (s)", "min (s)", "max (s)",
        strong ? "speedup" : "scaled speedup", "speedup 95% CI", strong ? "efficiency" : "weak efficiency",
        "Karp-Flatt e", "load imbalance (max/mean)", "comm fraction", "wait share of comm");
    List<List<String>> rows = new ArrayList<>();
    boolean ratios = a.hasScaling();
    for (ScalingRow r : a.rows()) {
      Summary w = r.point().wallSeconds();
      rows.add(List.of(
          Integer.toString(r.ranks()), r.point().key().shape(), Integer.toString(w.count()),
          Numbers.sig(w.median()), w.intervalIsDegenerate() ? "n/a (1 rep)" : Numbers.interval(w.ciLow(), w.ciHigh()),
          Numbers.sig(w.min()), Numbers.sig(w.max()),
          ratios ? Numbers.sig(r.speedup()) : Numbers.NONE,
          ratios ? Numbers.interval(r.speedupLow(), r.speedupHigh()) : Numbers.NONE,
          ratios ? Numbers.sig(r.efficiency()) : Numbers.NONE,
          Numbers.sig(r.karpFlatt()),
          median(r.point().loadImbalance(), false),
          median(r.point().commFraction(), true),
          median(r.point().waitShareOfComm(), true)));
    }
    return new Table(header, rows);
  }

  private static String median(Summary s, boolean percent) {
    if (s == null) {
      return Numbers.NONE;
    }
    return percent ? Numbers.percent(s.median()) : Numbers.sig(s.median());
  }

  /** Median seconds of each phase (slowest rank) per point, one column per phase. */
  static Table phases(ScalingAnalysis a) {
    Set<String> names = new LinkedHashSet<>();
    for (ScalingRow r : a.rows()) {
      r.point().phases().forEach(p -> names.add(p.phase() + " (" + p.kind().name().toLowerCase(Locale.ROOT) + ")"));
    }
    List<String> header = new ArrayList<>();
    header.add("ranks");
    header.add("shape");
    names.forEach(n -> header.add(n + " s, median [95% CI]"));
    List<List<String>> rows = new ArrayList<>();
    for (ScalingRow r : a.rows()) {
      List<String> row = new ArrayList<>();
      row.add(Integer.toString(r.ranks()));
      row.add(r.point().key().shape());
      for (String n : names) {
        row.add(phaseCell(r.point(), n));
      }
      rows.add(row);
    }
    return new Table(header, rows);
  }

  private static String phaseCell(PointStats p, String label) {
    for (PhaseSummary s : p.phases()) {
      if ((s.phase() + " (" + s.kind().name().toLowerCase(Locale.ROOT) + ")").equals(label)) {
        Summary x = s.seconds();
        return Numbers.sig(x.median())
            + (x.intervalIsDegenerate() ? "" : " " + Numbers.interval(x.ciLow(), x.ciHigh()));
      }
    }
    return "-";
  }

  static Table fits(ScalingAnalysis a) {
    List<String> header = List.of("model", "equation", "parameter", "estimate", "95% CI", "status");
    List<List<String>> rows = new ArrayList<>();
    for (FitResult f : a.fits()) {
      if (!f.ok()) {
        rows.add(List.of(f.model().name(), f.model().equation(), "-", "-", "-",
            f.status().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": " + f.message()));
        continue;
      }
      for (FitParameter p : f.parameters()) {
        rows.add(List.of(f.model().name(), f.model().equation(), p.name(), Numbers.sig(p.value()),
            Numbers.interval(p.ciLow(), p.ciHigh()), f.message() == null ? "ok" : "ok; " + f.message()));
      }
    }
    return new Table(header, rows);
  }

  static Table residuals(FitResult f) {
    List<List<String>> rows = new ArrayList<>();
    f.residuals().forEach(r -> rows.add(List.of(Numbers.sig(r.x()), Numbers.sig(r.observed()), Numbers.sig(r.fitted()),
        Numbers.sig(r.residual()), Numbers.percent(r.relativeResidual()))));
    return new Table(List.of("x", "observed", "fitted", "residual", "relative"), rows);
  }

  /** The first {@code limit} runs left out, with their state and reason; {@code run} is relative to the study. */
  static Table skipped(StudyAggregate a, int limit) {
    List<List<String>> rows = new ArrayList<>();
    for (SkippedRun r : a.skipped().subList(0, Math.min(limit, a.skipped().size()))) {
      rows.add(List.of(r.relativeDir(a.studyDir()), r.stateLabel(), r.reason()));
    }
    return new Table(List.of("run", "state", "reason"), rows);
  }

  /** How many runs the statistics leave out, as a sentence. */
  static String leftOut(StudyAggregate a) {
    int n = a.skipped().size();
    return n + (n == 1 ? " run was" : " runs were") + " left out of every statistic above (failed, incomplete or "
        + "unusable).";
  }

  /** The sentence that names the points without a usable run, or null when every point has one. */
  static String missingPoints(StudyAggregate a) {
    if (a.missingPoints().isEmpty()) {
      return null;
    }
    return "Points with no usable run at all: " + String.join("; ", a.missingPoints().stream()
        .map(k -> k.workload() + " " + k.shape() + " (" + k.paramsText() + ")").toList()) + ".";
  }
}
