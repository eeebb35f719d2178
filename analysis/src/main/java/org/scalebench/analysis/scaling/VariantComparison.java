package org.scalebench.analysis.scaling;

import java.util.List;
import org.scalebench.results.Checks;

/**
 * A study's variants side by side (variants over one matrix: e.g. a Java workload and an mpi4py program):
 * their curves on shared axes, their times per configuration with the ratio to the fastest, and the
 * biggest difference in where their ranks' time went. Computed by {@link VariantComparer}.
 *
 * @param curves the compared lines, by variant name; fewer than two when the study has fewer than two
 *     variants, and then nothing is compared
 * @param rows one per configuration any of them measured, by cores, then ranks, then nodes
 * @param axis the shared x axis: total cores when the configurations differ in cpus per rank, else ranks
 * @param withNodes configurations are named with their nodes (some use more than one)
 * @param withCpus configurations are named with their cpus per rank (they differ in them)
 * @param contrast the biggest difference in phase shares at the largest configuration two variants share
 *     (the largest not oversubscribed, when there is one); null when fewer than two variants are
 *     instrumented there
 */
public record VariantComparison(List<VariantCurve> curves, List<VariantRow> rows, Axis axis, boolean withNodes,
    boolean withCpus, PhaseContrast contrast) {

  public VariantComparison {
    curves = List.copyOf(curves);
    rows = List.copyOf(rows);
    Checks.notNull("axis", axis);
  }

  /** The comparison of a study without (or with one) variant: nothing. */
  public static VariantComparison none() {
    return new VariantComparison(List.of(), List.of(), Axis.RANKS, false, false, null);
  }

  /** True when the study has at least two variants to put side by side. */
  public boolean present() {
    return curves.size() >= 2;
  }

  /**
   * The configuration {@link #contrast()} speaks of, or would if two variants there were instrumented: the
   * largest two variants share, not oversubscribed when there is one; null when no two share any.
   */
  public VariantRow contrastRow() {
    return contrastRow(rows);
  }

  /** {@link #contrastRow()} of {@code rows} (ordered by cores, then ranks, then nodes). */
  static VariantRow contrastRow(List<VariantRow> rows) {
    // an oversubscribed configuration measures time sharing: the largest one the cores allow speaks for the study
    List<VariantRow> common = rows.stream().filter(VariantRow::common).toList();
    List<VariantRow> allowed = common.stream().filter(r -> !r.oversubscribed()).toList();
    List<VariantRow> candidates = allowed.isEmpty() ? common : allowed;
    return candidates.isEmpty() ? null : candidates.get(candidates.size() - 1);
  }

  /** The configurations at least two variants measured. */
  public List<VariantRow> commonRows() {
    return rows.stream().filter(VariantRow::common).toList();
  }

  /** {@code shape} in words, naming only what varies ({@link ShapeKey#words}). */
  public String words(ShapeKey shape) {
    return shape.words(withNodes, withCpus);
  }

  /** The x value of {@code row} on {@link #axis()}. */
  public int units(ScalingRow row) {
    return axis == Axis.CORES ? row.cores() : row.ranks();
  }
}
