package org.scalebench.analysis.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.scalebench.analysis.StudyAnalysis;
import org.scalebench.analysis.aggregate.PhaseShares;
import org.scalebench.analysis.aggregate.PhaseSummary;
import org.scalebench.analysis.aggregate.PointStats;
import org.scalebench.analysis.aggregate.RankTimes;
import org.scalebench.analysis.aggregate.RunBreakdown;
import org.scalebench.analysis.aggregate.SkippedRun;
import org.scalebench.analysis.aggregate.StudyAggregate;
import org.scalebench.analysis.aggregate.Summary;
import org.scalebench.analysis.fit.FitParameter;
import org.scalebench.analysis.fit.FitResult;
import org.scalebench.analysis.scaling.Axis;
import org.scalebench.analysis.scaling.ScalingAnalysis;
import org.scalebench.analysis.scaling.ScalingRow;
import org.scalebench.analysis.text.Numbers;
import org.scalebench.analysis.text.Table;
import org.scalebench.results.Scaling;

/** The report's tables, shared by HTML and Markdown. */
final class Tables {
  private Tables() {}

  /** The tag of an oversubscribed point, after its shape in every table. */
  static final String OVERSUBSCRIBED = "oversubscribed";

  /** {@code n1-t4-c1}, or {@code n1-t4-c1 (oversubscribed)}. */
  static String shape(PointStats p) {
    return p.oversubscribed() ? p.key().shape() + " (" + OVERSUBSCRIBED + ")" : p.key().shape();
  }

  /**
   * The configuration table the seed ends with: one row per (nodes, ranks per node, cpus per rank), named
   * in words ({@code 2 nodes x 4 ranks x 1 cpu}, ranks per node),
   * median time, speedup and efficiency against the smallest configuration (per core when the curve
   * varies cpus per task), where the ranks' time went, and the best configuration marked.
   */
  static Table configurations(ScalingAnalysis a) {
    boolean strong = a.mode() == Scaling.STRONG;
    String per = a.axis() == Axis.CORES ? " per core" : "";
    List<String> header = List.of("configuration", "ranks", "cores", "reps",
        "median (s)", "95% CI (s)", (strong ? "speedup" : "scaled speedup") + per, "speedup 95% CI",
        (strong ? "efficiency" : "weak efficiency") + per, "compute", "wait", "transfer", "I/O", "note");
    boolean ratios = a.hasScaling();
    ScalingRow best = a.best();
    List<List<String>> rows = new ArrayList<>();
    for (ScalingRow r : a.rows()) {
      var k = r.point().key();
      Summary w = r.point().wallSeconds();
      // the wrapper's whole-process time of an uninstrumented program is not compute: no split to show
      PhaseShares shares = r.point().instrumented() ? r.point().phaseShares() : null;
      List<String> notes = new ArrayList<>();
      if (ratios && r == best) {
        notes.add(BEST);
      }
      if (!r.point().instrumented()) {
        notes.add(VariantSection.NOT_INSTRUMENTED);
      }
      if (r.oversubscribed()) {
        notes.add(OVERSUBSCRIBED + (r.inFits() ? "" : ", not fitted"));
      }
      rows.add(List.of(k.shapeWords(), Integer.toString(k.ranks()), Integer.toString(k.cores()),
          Integer.toString(w.count()), Numbers.sig(w.median()),
          w.intervalIsDegenerate() ? "n/a (1 rep)" : Numbers.interval(w.ciLow(), w.ciHigh()),
          ratios ? Numbers.sig(r.speedup()) : Numbers.NONE,
          ratios ? Numbers.interval(r.speedupLow(), r.speedupHigh()) : Numbers.NONE,
          ratios ? Numbers.sig(r.efficiency()) : Numbers.NONE,
          share(shares, PhaseShares::computeShare), share(shares, PhaseShares::waitShare),
          share(shares, PhaseShares::transferShare), share(shares, PhaseShares::ioShare),
          String.join("; ", notes)));
    }
    return new Table(header, rows);
  }

  /** Per curve with ratios: its best configuration, time, speedup and efficiency against its smallest one. */
  static Table overview(StudyAnalysis s) {
    List<List<String>> rows = new ArrayList<>();
    for (ScalingAnalysis a : s.series()) {
      if (!a.hasScaling()) {
        continue;
      }
      ScalingRow best = a.best();
      rows.add(List.of(a.name().text(), best.point().key().shapeWords(), Integer.toString(best.cores()),
          Numbers.sig(best.medianSeconds()), Numbers.sig(best.speedup()), Numbers.sig(best.efficiency()),
          a.baseline().key().shapeWords()));
    }
    String per = s.series().stream().anyMatch(a -> a.axis() == Axis.CORES) ? " (per core where cpus vary)" : "";
    boolean strong = s.mode() == Scaling.STRONG;
    return new Table(List.of("series", "best configuration", "cores", "median (s)",
        (strong ? "speedup" : "scaled speedup") + per, (strong ? "efficiency" : "weak efficiency") + per,
        "relative to"), rows);
  }

  /** The mark of the best configuration in {@link #configurations}. */
  static final String BEST = "best";

  /** The index of the best configuration's row in {@link #configurations}, or -1 without ratios. */
  static int bestRow(ScalingAnalysis a) {
    return a.hasScaling() ? a.rows().indexOf(a.best()) : -1;
  }

  private static String share(PhaseShares shares, ToDoubleFunction<PhaseShares> part) {
    return shares == null ? Numbers.NONE : Numbers.percent(part.applyAsDouble(shares));
  }

  /**
   * What a curve of a variant, or of a program of the user's, runs, in a sentence; null for a workload of
   * a study without variants (its name says it).
   */
  static String whatRuns(ScalingAnalysis a) {
    boolean exec = a.name().command() != null;
    String what = exec ? "its own program (exec), one process per rank" : "the workload " + a.name().workload();
    if (a.key().variant() != null) {
      return "Variant " + a.key().variant() + " runs " + what + ".";
    }
    return exec ? "The study runs its own program (exec), one process per rank." : null;
  }

  /** Every parameter of the curve, its full value, and whether the study set it or it is the default. */
  static Table parameters(ScalingAnalysis a) {
    List<List<String>> rows = new ArrayList<>();
    a.name().parameters().forEach((name, value) -> rows.add(List.of(name, value,
        a.name().given().contains(name) ? "set by the study" : "workload default",
        a.name().shown().contains(name) ? "yes" : "")));
    return new Table(List.of("parameter", "value", "source", "in the name"), rows);
  }

  /** Per rank of the representative run of {@code point}: where its time went; the first {@code limit} ranks. */
  static Table perRank(PointStats point, int limit) {
    RunBreakdown run = point.representative();
    boolean split = point.instrumented();
    List<List<String>> rows = new ArrayList<>();
    for (RankTimes r : run.ranks().subList(0, Math.min(limit, run.ranks().size()))) {
      rows.add(List.of(Integer.toString(r.rank()), r.host(), split ? Numbers.sig(r.computeSeconds()) : Numbers.NONE,
          split ? Numbers.sig(r.waitSeconds()) : Numbers.NONE, split ? Numbers.sig(r.transferSeconds()) : Numbers.NONE,
          split ? Numbers.sig(r.ioSeconds()) : Numbers.NONE, Numbers.sig(r.totalSeconds()),
          !split || Double.isNaN(r.waitShare()) ? Numbers.NONE : Numbers.percent(r.waitShare())));
    }
    return new Table(List.of("rank", "host", "compute (s)", "wait (s)", "transfer (s)", "I/O (s)", "total (s)",
        "waiting share"), rows);
  }

  /** One sentence under the per-rank view: which run it is, the imbalance, who waited most. */
  static String perRankSummary(PointStats point) {
    RunBreakdown run = point.representative();
    RankTimes most = run.mostWaiting();
    double imbalance = run.loadImbalance();
    String which = "Repetition " + run.repetition() + " of " + point.runs().size() + " (the median wall time, "
        + Numbers.sig(run.wallSeconds()) + " s) of " + point.key().shapeWords()
        + (point.oversubscribed() ? " (" + OVERSUBSCRIBED + ")" : "") + ".";
    if (!point.instrumented()) {
      return which + " Not instrumented: each rank recorded its total time only, so there is no split into "
          + "compute, communication and I/O.";
    }
    return which + " Compute imbalance (max/mean over ranks): "
        + (Double.isNaN(imbalance) ? Numbers.NONE : Numbers.sig(imbalance))
        + (most.waitSeconds() > 0 ? "; rank " + most.rank() + " waited longest, " + Numbers.sig(most.waitSeconds())
            + " s (" + Numbers.percent(most.waitShare()) + " of its time)" : "; no rank waited") + ".";
  }

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
          Integer.toString(r.ranks()), shape(r.point()), Integer.toString(w.count()),
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
      row.add(shape(r.point()));
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
        .map(k -> k.label() + " " + k.shape() + " (" + k.paramsText() + ")").toList()) + ".";
  }
}
