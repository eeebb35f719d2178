package org.scalebench.analysis.scaling;

import java.util.List;
import java.util.Optional;
import org.scalebench.analysis.aggregate.PointStats;
import org.scalebench.results.Checks;

/**
 * One line of the side-by-side comparison: a variant, or one curve of a variant whose curves share a
 * configuration (two parameter sets of one variant over one matrix).
 *
 * @param label what the tables, legends and sentences call it: the variant's name, or the curve's short
 *     name when the variant has several curves at one configuration
 * @param variant the variant's name
 * @param series its curves, at least one; no two have a point at the same configuration
 */
public record VariantCurve(String label, String variant, List<ScalingAnalysis> series) {
  public VariantCurve {
    Checks.nonBlank("label", label);
    Checks.nonBlank("variant", variant);
    series = List.copyOf(series);
    if (series.isEmpty()) {
      throw new IllegalArgumentException("variant curve " + label + " needs at least one series");
    }
  }

  /** Every point of its curves, in their order. */
  public List<ScalingRow> rows() {
    return series.stream().flatMap(s -> s.rows().stream()).toList();
  }

  /** Its point at {@code shape}, if it measured one (the first, when runs with and without barrier both did). */
  public Optional<ScalingRow> at(ShapeKey shape) {
    return rows().stream().filter(r -> ShapeKey.of(r.point().key()).equals(shape)).findFirst();
  }

  /** False when some point's ranks recorded their total time only (an uninstrumented exec program). */
  public boolean instrumented() {
    return rows().stream().map(ScalingRow::point).allMatch(PointStats::instrumented);
  }
}
