package org.scalebench.analysis.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.scalebench.analysis.aggregate.PhaseShares;
import org.scalebench.analysis.aggregate.PointStats;
import org.scalebench.analysis.aggregate.Summary;
import org.scalebench.analysis.scaling.PhaseContrast;
import org.scalebench.analysis.scaling.ScalingRow;
import org.scalebench.analysis.scaling.ShapeKey;
import org.scalebench.analysis.scaling.VariantComparison;
import org.scalebench.analysis.scaling.VariantCurve;
import org.scalebench.analysis.scaling.VariantRatio;
import org.scalebench.analysis.scaling.VariantRow;
import org.scalebench.analysis.text.Numbers;
import org.scalebench.analysis.text.Table;

/**
 * The words and tables of "Variants side by side", shared by the HTML report and summary.md: the time
 * per configuration with each variant's ratio to the fastest, the phase shares per variant, and the
 * biggest difference between them in one sentence.
 */
final class VariantSection {
  /** What stands in for the phase shares of a variant whose ranks recorded their total time only. */
  static final String NOT_INSTRUMENTED = PointStats.NOT_INSTRUMENTED;
  /** Share differences below this (half a percentage point) are no difference worth a sentence. */
  private static final double ALIKE = 0.005;

  private VariantSection() {}

  /** The opening sentences: which variants, what they run, and what the ratios are relative to. */
  static String intro(VariantComparison v) {
    String which = v.curves().stream().map(c -> c.label() + " (" + c.series().get(0).key().workload() + ")")
        .collect(Collectors.joining(", "));
    return v.curves().size() + " variants over one matrix: " + which + ". Each variant's speedup and efficiency are "
        + "relative to its own smallest configuration; a ratio is a variant's median wall time over the fastest "
        + "variant's at the same configuration, with a 95% bootstrap interval over both variants' repetitions.";
  }

  /**
   * One row per configuration: per variant its median wall time and 95% interval ({@code -} when it did
   * not run there), then each variant's ratio to the fastest, e.g. {@code mpi4py / java at 2 ranks: 31x
   * [29, 33]}.
   */
  static Table times(VariantComparison v) {
    List<String> header = new ArrayList<>(List.of("configuration", "ranks", "cores"));
    v.curves().forEach(c -> header.add(c.label() + ": median (s) [95% CI]"));
    header.add("ratio to the fastest");
    List<List<String>> rows = new ArrayList<>();
    for (VariantRow r : v.rows()) {
      ShapeKey shape = r.shape();
      List<String> row = new ArrayList<>(List.of(configuration(r), Integer.toString(shape.ranks()),
          Integer.toString(shape.cores())));
      for (VariantCurve c : v.curves()) {
        ScalingRow point = r.points().get(c.label());
        row.add(point == null ? "-" : time(point.point().wallSeconds()));
      }
      row.add(r.common() ? r.ratios().stream().map(x -> ratio(v, shape, x)).collect(Collectors.joining("; "))
          : "only " + r.points().keySet().iterator().next() + " ran here");
      rows.add(row);
    }
    return new Table(header, rows);
  }

  /** {@code 2 ranks x 1 cpu}, with its nodes when more than one, and {@code (oversubscribed)} when so. */
  private static String configuration(VariantRow r) {
    String words = r.shape().words(r.shape().nodes() > 1, true);
    return r.oversubscribed() ? words + " (" + Tables.OVERSUBSCRIBED + ")" : words;
  }

  private static String time(Summary w) {
    return Numbers.sig(w.median()) + (w.intervalIsDegenerate() ? "" : " " + Numbers.interval(w.ciLow(), w.ciHigh()));
  }

  /**
   * {@code mpi4py / java at 2 ranks: 31x [29, 33]}; no interval with one repetition, or when both its ends
   * round to the ratio itself.
   */
  static String ratio(VariantComparison v, ShapeKey shape, VariantRatio r) {
    String text = r.slower() + " / " + r.fastest() + " at " + v.words(shape) + ": " + Numbers.times(r.ratio());
    String low = Numbers.factor(r.ciLow());
    String high = Numbers.factor(r.ciHigh());
    String ratio = Numbers.factor(r.ratio());
    if (r.hasInterval() && !(low.equals(ratio) && high.equals(ratio))) {
      text += " [" + low + ", " + high + "]";
    }
    return text;
  }

  /**
   * Per configuration two variants share, per variant there: compute, wait, transfer and I/O shares of all
   * rank seconds, or {@link #NOT_INSTRUMENTED}.
   */
  static Table phases(VariantComparison v) {
    List<List<String>> rows = new ArrayList<>();
    for (VariantRow r : v.commonRows()) {
      for (Map.Entry<String, ScalingRow> e : r.points().entrySet()) {
        PointStats p = e.getValue().point();
        PhaseShares s = p.instrumented() ? p.phaseShares() : null;
        String note = !p.instrumented() ? NOT_INSTRUMENTED : s == null ? "no phases recorded" : "";
        rows.add(List.of(configuration(r), e.getKey(), share(s, s == null ? 0 : s.computeShare()),
            share(s, s == null ? 0 : s.waitShare()), share(s, s == null ? 0 : s.transferShare()),
            share(s, s == null ? 0 : s.ioShare()), note));
      }
    }
    return new Table(List.of("configuration", "variant", "compute", "wait", "transfer", "I/O", "note"), rows);
  }

  private static String share(PhaseShares s, double value) {
    return s == null ? Numbers.NONE : Numbers.percent(value);
  }

  /**
   * The biggest difference in where the variants' rank time went, as a sentence: {@code At 4 ranks,
   * mpi4py spends 52.4% of its rank time communicating, java 25.4%.}; or why there is none to tell.
   */
  static String contrast(VariantComparison v) {
    List<VariantRow> common = v.commonRows();
    if (common.isEmpty()) {
      return "No configuration was run by two variants, so their times and phases cannot be compared.";
    }
    PhaseContrast c = v.contrast();
    if (c == null) {
      VariantRow largest = v.contrastRow();
      List<String> blind = largest.points().entrySet().stream().filter(e -> !e.getValue().point().instrumented())
          .map(Map.Entry::getKey).toList();
      return "At " + v.words(largest.shape()) + ", " + String.join(" and ", blind)
          + (blind.size() == 1 ? " is" : " are") + " not instrumented (the ranks recorded their total time only), "
          + "so where " + (blind.size() == 1 ? "its" : "their") + " time went cannot be compared with the other "
          + "variants'.";
    }
    String at = "At " + v.words(c.shape()) + ", ";
    if (c.difference() < ALIKE) {
      return at + "the instrumented variants split their rank time alike: no share of compute, communication or "
          + "I/O differs by half a percentage point.";
    }
    return at + c.most() + " spends " + Numbers.percent(c.mostShare()) + " of its rank time " + c.kind().doing()
        + ", " + c.least() + " " + Numbers.percent(c.leastShare()) + ".";
  }
}
