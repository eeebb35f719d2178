package org.scalebench.analysis.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.scalebench.analysis.aggregate.PhaseSummary;
import org.scalebench.analysis.aggregate.PointStats;
import org.scalebench.analysis.aggregate.Summary;
import org.scalebench.analysis.fit.FitParameter;
import org.scalebench.analysis.fit.FitResult;
import org.scalebench.analysis.scaling.ScalingAnalysis;
import org.scalebench.results.Scaling;
import org.scalebench.analysis.scaling.ScalingRow;

/** The report's tables as header + rows of already formatted cells, shared by HTML and Markdown. */
final class Tables {
  private Tables() {}

  record Table(List<String> header, List<List<String>> rows) {}

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
          Fmt.sec(w.median()), w.intervalIsDegenerate() ? "n/a (1 rep)" : Fmt.interval(w.ciLow(), w.ciHigh()),
          Fmt.sec(w.min()), Fmt.sec(w.max()),
          ratios ? Fmt.num(r.speedup()) : "n/a",
          ratios ? Fmt.interval(r.speedupLow(), r.speedupHigh()) : "n/a",
          ratios ? Fmt.num(r.efficiency()) : "n/a",
          Fmt.num(r.karpFlatt()),
          median(r.point().loadImbalance(), false),
          median(r.point().commFraction(), true),
          median(r.point().waitShareOfComm(), true)));
    }
    return new Table(header, rows);
  }

  private static String median(Summary s, boolean percent) {
    if (s == null) {
      return "n/a";
    }
    return percent ? Fmt.pct(s.median()) : Fmt.num(s.median());
  }

  /** Median seconds of each phase (slowest rank) per point, one column per phase. */
  static Table phases(ScalingAnalysis a) {
    Set<String> names = new LinkedHashSet<>();
    for (ScalingRow r : a.rows()) {
      r.point().phases().forEach(p -> names.add(p.phase() + " (" + p.kind().name().toLowerCase(java.util.Locale.ROOT) + ")"));
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
      if ((s.phase() + " (" + s.kind().name().toLowerCase(java.util.Locale.ROOT) + ")").equals(label)) {
        Summary x = s.seconds();
        return Fmt.sec(x.median()) + (x.intervalIsDegenerate() ? "" : " " + Fmt.interval(x.ciLow(), x.ciHigh()));
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
            f.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ": " + f.message()));
        continue;
      }
      for (FitParameter p : f.parameters()) {
        rows.add(List.of(f.model().name(), f.model().equation(), p.name(), Fmt.num(p.value()),
            Fmt.interval(p.ciLow(), p.ciHigh()), f.message() == null ? "ok" : "ok; " + f.message()));
      }
    }
    return new Table(header, rows);
  }

  static Table residuals(FitResult f) {
    List<List<String>> rows = new ArrayList<>();
    f.residuals().forEach(r -> rows.add(List.of(Fmt.num(r.x()), Fmt.num(r.observed()), Fmt.num(r.fitted()),
        Fmt.num(r.residual()), Fmt.pct(r.relativeResidual()))));
    return new Table(List.of("x", "observed", "fitted", "residual", "relative"), rows);
  }
}
