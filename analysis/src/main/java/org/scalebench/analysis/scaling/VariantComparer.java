package org.scalebench.analysis.scaling;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.scalebench.analysis.aggregate.Bootstrap;
import org.scalebench.analysis.aggregate.PhaseShares;
import org.scalebench.analysis.aggregate.PointStats;

/**
 * Puts the variants of a study side by side ({@link VariantComparison}): one line per variant (one per
 * curve when a variant ran several parameter sets over the same configurations), the fastest per
 * configuration and every other variant's ratio to it, and the biggest difference in phase shares.
 */
public final class VariantComparer {
  /** Shares closer than this are a tie, broken by {@link PhaseContrast.Work}'s order. */
  private static final double TIE = 1e-9;

  private final Bootstrap bootstrap;

  public VariantComparer(Bootstrap bootstrap) {
    this.bootstrap = bootstrap;
  }

  /** The comparison of {@code series} (every curve of a study); {@link VariantComparison#none()} below two variants. */
  public VariantComparison compare(List<ScalingAnalysis> series) {
    List<VariantCurve> curves = curves(series);
    if (curves.size() < 2) {
      return VariantComparison.none();
    }
    TreeSet<ShapeKey> shapes = new TreeSet<>();
    curves.forEach(c -> c.rows().forEach(r -> shapes.add(ShapeKey.of(r.point().key()))));
    List<VariantRow> rows = new ArrayList<>();
    for (ShapeKey shape : shapes) {
      Map<String, ScalingRow> points = new LinkedHashMap<>();
      curves.forEach(c -> c.at(shape).ifPresent(r -> points.put(c.label(), r)));
      rows.add(new VariantRow(shape, points, ratios(points)));
    }
    boolean withNodes = shapes.stream().anyMatch(s -> s.nodes() > 1);
    boolean withCpus = shapes.stream().mapToInt(ShapeKey::cpusPerTask).distinct().count() > 1;
    VariantRow at = VariantComparison.contrastRow(rows);
    PhaseContrast contrast = at == null ? null : contrast(at);
    return new VariantComparison(curves, rows, withCpus ? Axis.CORES : Axis.RANKS, withNodes, withCpus, contrast);
  }

  /**
   * The lines: per variant in name order, one labelled by the variant, or one per curve (labelled by its
   * short name) when two of the variant's curves measured the same configuration.
   */
  static List<VariantCurve> curves(List<ScalingAnalysis> series) {
    Map<String, List<ScalingAnalysis>> byVariant = new LinkedHashMap<>();
    series.stream().filter(s -> s.key().variant() != null)
        .sorted(Comparator.comparing((ScalingAnalysis s) -> s.key().variant()))
        .forEach(s -> byVariant.computeIfAbsent(s.key().variant(), v -> new ArrayList<>()).add(s));
    List<VariantCurve> curves = new ArrayList<>();
    Set<String> labels = new HashSet<>();
    byVariant.forEach((variant, list) -> {
      if (list.size() == 1 || !overlap(list)) {
        curves.add(new VariantCurve(unique(variant, labels), variant, list));
      } else {
        list.forEach(s -> curves.add(new VariantCurve(unique(s.name().text(), labels), variant, List.of(s))));
      }
    });
    return curves;
  }

  private static boolean overlap(List<ScalingAnalysis> list) {
    Set<ShapeKey> seen = new HashSet<>();
    for (ScalingAnalysis s : list) {
      Set<ShapeKey> mine = new HashSet<>();
      s.rows().forEach(r -> mine.add(ShapeKey.of(r.point().key())));
      for (ShapeKey k : mine) {
        if (!seen.add(k)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Labels head table columns and legend entries, which must differ: a repeated one gets {@code #2}, ... */
  private static String unique(String label, Set<String> taken) {
    String name = label;
    for (int i = 2; !taken.add(name); i++) {
      name = label + " #" + i;
    }
    return name;
  }

  /** Every other variant against the fastest (the lowest median; the first on a tie). */
  private List<VariantRatio> ratios(Map<String, ScalingRow> points) {
    if (points.size() < 2) {
      return List.of();
    }
    Map.Entry<String, ScalingRow> fastest = points.entrySet().stream()
        .min(Comparator.comparingDouble(e -> e.getValue().medianSeconds())).orElseThrow();
    PointStats fast = fastest.getValue().point();
    List<VariantRatio> ratios = new ArrayList<>();
    points.forEach((label, row) -> {
      if (label.equals(fastest.getKey())) {
        return;
      }
      PointStats slow = row.point();
      double ratio = Math.max(1, slow.wallSeconds().median() / fast.wallSeconds().median());
      double low = Double.NaN;
      double high = Double.NaN;
      if (slow.runs().size() >= 2 && fast.runs().size() >= 2) {
        Bootstrap.Interval ci = bootstrap.ratioOfMediansInterval(slow.wallSamples(), fast.wallSamples());
        low = ci.low();
        high = ci.high();
      }
      ratios.add(new VariantRatio(label, fastest.getKey(), ratio, low, high));
    });
    return ratios;
  }

  /**
   * The kind of work whose share differs most among the instrumented variants of {@code row}; null with
   * fewer than two of them.
   */
  static PhaseContrast contrast(VariantRow row) {
    Map<String, PhaseShares> shares = new LinkedHashMap<>();
    row.points().forEach((label, r) -> {
      PhaseShares s = r.point().phaseShares();
      if (r.point().instrumented() && s != null) {
        shares.put(label, s);
      }
    });
    if (shares.size() < 2) {
      return null;
    }
    PhaseContrast best = null;
    for (PhaseContrast.Work work : PhaseContrast.Work.values()) {
      Map.Entry<String, PhaseShares> most = null;
      Map.Entry<String, PhaseShares> least = null;
      for (Map.Entry<String, PhaseShares> e : shares.entrySet()) {
        double v = work.share(e.getValue());
        most = most == null || v > work.share(most.getValue()) ? e : most;
        least = least == null || v <= work.share(least.getValue()) ? e : least;
      }
      PhaseContrast c = new PhaseContrast(row.shape(), work, most.getKey(), work.share(most.getValue()),
          least.getKey(), Math.min(work.share(least.getValue()), work.share(most.getValue())));
      if (best == null || c.difference() > best.difference() + TIE) {
        best = c;
      }
    }
    return best;
  }
}
